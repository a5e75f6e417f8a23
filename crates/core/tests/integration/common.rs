//! Small hand-made articles for the engine's tests.

use std::collections::BTreeMap;

use veille_core::{Article, ArticleDate, Engine, Query, Results};

/// An article with a title, a body, and everything else empty.
pub fn article(slug: &str, title: &str, body: &str) -> Article {
    Article {
        slug: slug.into(),
        collection: "papers".into(),
        permalink: format!("/papers/{slug}"),
        title: title.into(),
        date: None,
        published_label: None,
        summary: None,
        source_url: None,
        source_host: None,
        tags: vec![],
        image_url: None,
        image_credit: None,
        body_html: String::new(),
        body_text: body.into(),
        extra: BTreeMap::new(),
        also: Vec::new(),
        topics: Vec::new(),
    }
}

/// Builder-style helpers on articles.
pub trait With {
    fn dated(self, date: &str) -> Self;
    fn tagged(self, tags: &[&str]) -> Self;
    fn sourced(self, host: &str) -> Self;
    fn in_collection(self, c: &str) -> Self;
    fn summarized(self, s: &str) -> Self;
}

impl With for Article {
    fn dated(mut self, date: &str) -> Self {
        self.date = Some(date.parse::<ArticleDate>().unwrap());
        self
    }
    fn tagged(mut self, tags: &[&str]) -> Self {
        self.tags = tags.iter().map(|t| t.to_string()).collect();
        self
    }
    fn sourced(mut self, host: &str) -> Self {
        self.source_host = Some(host.into());
        self
    }
    fn in_collection(mut self, c: &str) -> Self {
        self.collection = c.into();
        self.permalink = format!("/{c}/{}", self.slug);
        self
    }
    fn summarized(mut self, s: &str) -> Self {
        self.summary = Some(s.into());
        self
    }
}

/// The slugs of the hits of a text search, in order.
pub fn slugs(engine: &Engine, text: &str) -> Vec<String> {
    slugs_of(&engine.search(&Query::text(text)))
}

/// The slugs of a text search in alphabetical order, for tests about which
/// articles match rather than how they rank.
pub fn sorted_slugs(engine: &Engine, text: &str) -> Vec<String> {
    let mut slugs = slugs(engine, text);
    slugs.sort();
    slugs
}

/// The slugs of some results, in order.
pub fn slugs_of(results: &Results) -> Vec<String> {
    results.hits.iter().map(|h| h.slug.clone()).collect()
}
