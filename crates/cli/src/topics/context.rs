//! What the admission rules know about the corpus beyond each candidate:
//! the feed and publisher names, and the words seen as people and places.

use rustc_hash::{FxHashMap, FxHashSet};
use veille_core::Article;

use super::admit::Context;
use super::fold::phrase_key;
use super::mine::Mined;

/// The rules' context for `articles` and what the first pass found.
pub fn context(articles: &[Article], mined: &Mined, min_df: u32) -> Context {
    let word_counts = mined
        .candidates
        .stats
        .iter()
        .filter(|(_, s)| s.words == 1)
        .map(|(k, s)| (k.clone(), s.count))
        .collect();
    Context {
        min_df,
        feed_keys: feed_keys(articles),
        stop_keys: FxHashSet::default(),
        person_words: mined.person_words.clone(),
        place_words: mined.place_words.clone(),
        word_counts,
    }
}

/// The keys of feed and publisher names, and every run of their words:
/// source hosts (`vascularnews`), tags that nearly every article of one
/// source carries (`Vascular News — Latest`, the feed's name), tags that
/// nearly every article carries (`France`, `Actualité`), and collections.
pub fn feed_keys(articles: &[Article]) -> FxHashSet<String> {
    let mut names: Vec<String> = Vec::new();
    let mut per_host: FxHashMap<&str, usize> = FxHashMap::default();
    let mut tag_host: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    let mut per_tag: FxHashMap<&str, usize> = FxHashMap::default();
    for a in articles {
        let host = a.source_host.as_deref().unwrap_or("");
        *per_host.entry(host).or_default() += 1;
        for t in &a.tags {
            *tag_host.entry((t.as_str(), host)).or_default() += 1;
            *per_tag.entry(t.as_str()).or_default() += 1;
        }
    }
    for (host, _) in per_host.iter().filter(|(h, _)| !h.is_empty()) {
        let name = host.rsplit_once('.').map_or(*host, |(name, _)| name);
        names.push(name.replace(['.', '-'], " "));
    }
    for ((tag, host), n) in &tag_host {
        if per_host.get(host).is_some_and(|all| n * 10 >= all * 8) {
            names.push((*tag).to_owned());
        }
    }
    for (tag, n) in per_tag {
        if n * 10 >= articles.len() * 8 {
            names.push(tag.to_owned());
        }
    }
    let collections: std::collections::BTreeSet<&str> =
        articles.iter().map(|a| a.collection.as_str()).collect();
    names.extend(collections.into_iter().map(str::to_owned));
    let mut keys = FxHashSet::default();
    for name in names {
        let key = phrase_key(&name);
        let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        for i in 0..words.len() {
            for j in i + 1..=words.len() {
                keys.insert(words[i..j].join(" "));
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(slug: &str, host: &str, tags: &[&str]) -> Article {
        Article {
            source_host: Some(host.into()),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Article::new("papers", slug, "T", "", "")
        }
    }

    #[test]
    fn a_feed_tag_its_host_and_a_tag_on_every_article_are_feed_names() {
        let mut articles = Vec::new();
        for i in 0..5 {
            articles.push(article(
                &format!("a{i}"),
                "vascularnews.com",
                &["France", "Vascular News — Latest"],
            ));
            articles.push(article(
                &format!("b{i}"),
                "sirweb.org",
                &["France", if i == 0 { "Stents" } else { "SIR — News" }],
            ));
        }
        let keys = feed_keys(&articles);
        for k in [
            "vascular news latest",
            "vascular news",
            "vascular",
            "vascularnews",
            "france",
            "sir news",
            "sirweb",
            "papers",
        ] {
            assert!(keys.contains(&phrase_key(k)), "{k} in {keys:?}");
        }
        assert!(!keys.contains("stent"));
    }
}
