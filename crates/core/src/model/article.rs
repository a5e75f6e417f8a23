//! One article as the explorer shows it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ArticleDate;

/// An article, normalized by the builder and ready to display and index.
///
/// Every text field is plain, decoded text (no HTML entities), except
/// [`body_html`](Self::body_html), which the builder has already sanitized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The last segment of the article's URL, unique within its collection.
    pub slug: String,
    /// The group the article belongs to (`papers`, `articles`, ...): the first
    /// segment of its permalink, else the folder it was found in.
    pub collection: String,
    /// The path the explorer shows it at: `/<collection>/<slug>`.
    pub permalink: String,
    /// The title, trimmed, with runs of whitespace collapsed.
    pub title: String,
    /// When the article was first published; `None` for undated documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ArticleDate>,
    /// The publication date as the site wrote it, such as `14 décembre 2023`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_label: Option<String>,
    /// A short summary in plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The original article this one reports on (an `http` or `https` URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The host of [`source_url`](Self::source_url), without `www.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_host: Option<String>,
    /// Tags in their first-seen spelling, without duplicates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// An illustration (an `http` or `https` URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Who the illustration belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_credit: Option<String>,
    /// The body rendered to sanitized HTML: safe to insert into the page.
    pub body_html: String,
    /// The body as plain text, for search and snippets.
    pub body_text: String,
    /// Frontmatter keys Veille does not interpret, kept as written.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
    /// The other copies of the same story the builder merged into this one
    /// (the same source, or a sister publication's cross-post), oldest
    /// first: their permalinks still lead here, and their sources are shown
    /// beside this one's. Absent from bundles without merges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<AlsoOn>,
    /// What the article is about, derived by the builder from the whole
    /// corpus (devices, conditions, companies, trials), best first; empty in
    /// bundles written before topics existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<ArticleTopic>,
}

/// A copy of a story merged into another article ([`Article::also`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlsoOn {
    /// The copy's own permalink, which now shows the article it was merged into.
    pub permalink: String,
    /// The copy's collection (the first segment of the path of its file).
    pub collection: String,
    /// The copy's slug (the last segment of the path of its file).
    pub slug: String,
    /// The copy's source URL, when it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The host of [`source_url`](Self::source_url), without `www.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_host: Option<String>,
}

/// One of an article's topics: a stable id (what a URL keeps) and its label.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleTopic {
    /// The topic's stable id: `tavi`, `drug-coated-balloon`.
    pub id: String,
    /// What readers see: `transcatheter aortic valve implantation (TAVI)`.
    pub label: String,
}

impl Article {
    /// The hosts this story is also on, besides its own source: each once,
    /// in the order of [`also`](Self::also).
    pub fn also_hosts(&self) -> Vec<(&str, &str)> {
        let mut seen: Vec<&str> = self.source_host.as_deref().into_iter().collect();
        let mut out = Vec::new();
        for a in &self.also {
            if let (Some(host), Some(url)) = (a.source_host.as_deref(), a.source_url.as_deref()) {
                if !seen.contains(&host) {
                    seen.push(host);
                    out.push((host, url));
                }
            }
        }
        out
    }
}

impl Article {
    /// An undated article at `/<collection>/<slug>` with only a title and a
    /// body; every optional field is empty.
    pub fn new(
        collection: &str,
        slug: &str,
        title: &str,
        body_html: &str,
        body_text: &str,
    ) -> Self {
        Self {
            slug: slug.to_owned(),
            collection: collection.to_owned(),
            permalink: crate::site::permalink(collection, slug),
            title: title.to_owned(),
            date: None,
            published_label: None,
            summary: None,
            source_url: None,
            source_host: None,
            tags: Vec::new(),
            image_url: None,
            image_credit: None,
            body_html: body_html.to_owned(),
            body_text: body_text.to_owned(),
            extra: BTreeMap::new(),
            also: Vec::new(),
            topics: Vec::new(),
        }
    }

    /// The year the article was published, if it is dated.
    pub fn year(&self) -> Option<i32> {
        self.date.map(|d| d.year)
    }

    /// Whether the body already shows [`image_url`](Self::image_url), as many
    /// sites' bodies open with their illustration; a page then need not show it twice.
    pub fn image_in_body(&self) -> bool {
        self.image_url.as_deref().is_some_and(|url| {
            self.body_html.contains(url) || self.body_html.contains(&url.replace('&', "&amp;"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_image(url: &str, body_html: &str) -> Article {
        Article {
            image_url: Some(url.into()),
            ..Article::new("papers", "s", "T", body_html, "")
        }
    }

    #[test]
    fn an_image_the_body_already_shows_is_recognised_even_with_escaped_ampersands() {
        let url = "https://i0.wp.com/x.jpg?resize=1200&quality=82";
        let body =
            r#"<p><img src="https://i0.wp.com/x.jpg?resize=1200&amp;quality=82" alt=""></p>"#;
        assert!(with_image(url, body).image_in_body());
        assert!(!with_image(url, "<p>No picture here</p>").image_in_body());
    }
}
