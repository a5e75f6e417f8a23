//! Atom feeds: the newest articles, one feed per tag and one per topic.

use std::collections::BTreeMap;

use atom_syndication::{Category, Entry, Feed, FixedDateTime, Link, Person, Text};
use veille_core::{Article, ArticleDate};

use super::page::description;
use super::urls::SiteUrls;

/// The main feed, relative to the site root.
pub use veille_core::site::MAIN_FEED;
/// How many articles a feed lists.
pub const FEED_LENGTH: usize = 50;

/// One feed to write: its path relative to the site root, and its XML.
#[derive(Debug)]
pub struct FeedFile {
    /// `feeds/atom.xml`, `feeds/tags/<tag>.xml`.
    pub rel: String,
    /// The tag, for tag feeds.
    pub tag: Option<String>,
    /// The serialized feed.
    pub xml: Vec<u8>,
    /// How many entries it has.
    pub entries: usize,
}

/// The main feed and one feed per tag (tags whose slugs are equal share one,
/// named after the first spelling met). Articles come newest first; undated
/// ones are left out, since an Atom entry must have a date.
pub fn feeds(site_name: &str, urls: &SiteUrls, articles: &[Article]) -> Vec<FeedFile> {
    let dated: Vec<&Article> = articles.iter().filter(|a| a.date.is_some()).collect();
    let mut files = vec![feed_file(site_name, urls, MAIN_FEED, None, &dated)];
    let mut by_tag: BTreeMap<String, (String, Vec<&Article>)> = BTreeMap::new();
    for a in &dated {
        for t in &a.tags {
            let slug = veille_core::site::tag_slug(t);
            if slug.is_empty() {
                continue;
            }
            let entry = by_tag
                .entry(slug)
                .or_insert_with(|| (t.clone(), Vec::new()));
            if !entry.1.iter().any(|b| std::ptr::eq(*b, *a)) {
                entry.1.push(a);
            }
        }
    }
    for (slug, (tag, list)) in by_tag {
        files.push(feed_file(
            site_name,
            urls,
            &tag_feed(&slug),
            Some(&tag),
            &list,
        ));
    }
    files
}

/// One feed per topic of `topics` that a dated article carries, titled
/// with the topic's label, at [`veille_core::site::topic_feed`] of its id
/// (the app links it from the list filtered by that topic alone).
pub fn topic_feeds(
    site_name: &str,
    urls: &SiteUrls,
    articles: &[Article],
    topics: &[veille_core::Topic],
) -> Vec<FeedFile> {
    let dated: Vec<&Article> = articles.iter().filter(|a| a.date.is_some()).collect();
    let mut by_id: BTreeMap<&str, Vec<&Article>> = BTreeMap::new();
    for a in &dated {
        for t in &a.topics {
            by_id.entry(&t.id).or_default().push(a);
        }
    }
    let mut files = Vec::new();
    for (id, list) in by_id {
        let Some(rel) = veille_core::site::topic_feed(id) else {
            continue;
        };
        let label = topics
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.label.as_str())
            .or_else(|| {
                list.iter()
                    .flat_map(|a| &a.topics)
                    .find(|t| t.id == id)
                    .map(|t| t.label.as_str())
            })
            .unwrap_or(id);
        files.push(feed_file(site_name, urls, &rel, Some(label), &list));
    }
    files
}

/// A tag feed's path relative to the root, from the tag's slug
/// ([`veille_core::site::tag_slug`], the app's name for it too).
pub fn tag_feed(slug: &str) -> String {
    format!("feeds/tags/{slug}.xml")
}

fn feed_file(
    site_name: &str,
    urls: &SiteUrls,
    rel: &str,
    tag: Option<&str>,
    articles: &[&Article],
) -> FeedFile {
    let articles = &articles[..articles.len().min(FEED_LENGTH)];
    let mut feed = Feed::default();
    let title = match tag {
        None => site_name.to_owned(),
        Some(t) => format!("{site_name}: {t}"),
    };
    feed.set_title(Text::plain(title));
    feed.set_id(urls.absolute(rel));
    // The newest entry's date, never the clock: the same bundle gives the same bytes.
    let updated = articles
        .iter()
        .filter_map(|a| a.date)
        .max()
        .map(timestamp)
        .unwrap_or_else(|| timestamp(ArticleDate::from_ymd(1970, 1, 1).expect("a valid day")));
    feed.set_updated(updated);
    feed.set_authors(vec![Person {
        name: site_name.to_owned(),
        uri: Some(urls.root().to_owned()),
        ..Person::default()
    }]);
    feed.set_links(vec![
        link(&urls.absolute(rel), "self", Some("application/atom+xml")),
        link(urls.root(), "alternate", Some("text/html")),
    ]);
    feed.set_entries(articles.iter().map(|a| entry(urls, a)).collect::<Vec<_>>());
    let xml = feed
        .write_to(Vec::new())
        .expect("writing to a Vec cannot fail");
    FeedFile {
        rel: rel.to_owned(),
        tag: tag.map(str::to_owned),
        xml,
        entries: articles.len(),
    }
}

fn entry(urls: &SiteUrls, article: &Article) -> Entry {
    let page = urls.article_url(article);
    let date = timestamp(article.date.expect("feeds list dated articles only"));
    let mut e = Entry::default();
    e.set_title(Text::plain(article.title.clone()));
    e.set_id(page.clone());
    e.set_updated(date);
    e.set_published(Some(date));
    e.set_summary(Some(Text::plain(description(article))));
    let mut links = vec![link(&page, "alternate", Some("text/html"))];
    if let Some(source) = &article.source_url {
        links.push(link(source, "related", None));
    }
    e.set_links(links);
    e.set_categories(
        article
            .tags
            .iter()
            .map(|t| Category {
                term: t.clone(),
                ..Category::default()
            })
            .collect::<Vec<_>>(),
    );
    e
}

fn link(href: &str, rel: &str, mime: Option<&str>) -> Link {
    Link {
        href: href.to_owned(),
        rel: rel.to_owned(),
        mime_type: mime.map(str::to_owned),
        ..Link::default()
    }
}

/// An article date as an RFC 3339 UTC timestamp (midnight when it has no time).
fn timestamp(date: ArticleDate) -> FixedDateTime {
    let s = date.seconds.unwrap_or(0);
    let text = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year,
        date.month,
        date.day,
        s / 3600,
        s / 60 % 60,
        s % 60
    );
    FixedDateTime::parse_from_rfc3339(&text).expect("an ArticleDate is a valid RFC 3339 date")
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::{ArticleTopic, Topic};

    #[test]
    fn each_topic_of_a_dated_article_gets_a_feed_titled_with_its_label() {
        let urls = SiteUrls::new("https://example.org/", None).unwrap();
        let topic = ArticleTopic {
            id: "dcb".into(),
            label: "DCB".into(),
        };
        let mut dated = Article::new("papers", "a", "A balloon", "", "");
        dated.date = ArticleDate::from_ymd(2024, 5, 1);
        dated.topics = vec![topic.clone()];
        let mut undated = Article::new("papers", "b", "Undated", "", "");
        undated.topics = vec![ArticleTopic {
            id: "pe".into(),
            label: "PE".into(),
        }];
        let list = [Topic {
            id: "dcb".into(),
            label: "drug-coated balloon (DCB)".into(),
            label_fr: None,
            forms: Vec::new(),
        }];
        let files = topic_feeds("Veille", &urls, &[dated, undated], &list);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].rel, "feeds/topics/dcb.xml");
        assert_eq!(files[0].entries, 1);
        let xml = String::from_utf8(files[0].xml.clone()).unwrap();
        assert!(xml.contains("Veille: drug-coated balloon (DCB)"), "{xml}");
    }
}
