//! The first view, precomputed: what the explorer shows for the empty query
//! (the newest articles, every facet, the timeline). The builder writes it
//! next to the index as `head.json`, a few kilobytes, so that a page opened
//! on the default view shows its results before the index (which grows with
//! the corpus: about 240 MB at 100,000 articles) has arrived.

use serde::{Deserialize, Serialize};

use crate::{Engine, Query, Results, INDEX_FORMAT_VERSION};

/// The results of the empty query, tied to the index they came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirstView {
    /// The [`INDEX_FORMAT_VERSION`] of the index written with it.
    pub index_format_version: u32,
    /// The number of articles in that index.
    pub articles: usize,
    /// The results of [`Query::default`], page 1.
    pub results: Results,
}

impl FirstView {
    /// The first view of `engine`.
    pub fn of(engine: &Engine) -> Self {
        Self {
            index_format_version: INDEX_FORMAT_VERSION,
            articles: engine.len(),
            results: engine.search(&Query::default()),
        }
    }

    /// As JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("results always serialize")
    }

    /// Reads a head written by this version, or `None`: the head only saves
    /// time, so an unreadable or older one is skipped, never an error.
    pub fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str::<Self>(text)
            .ok()
            .filter(|h| h.index_format_version == INDEX_FORMAT_VERSION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Article;

    #[test]
    fn the_head_is_the_empty_query_and_reads_back_only_for_this_index_version() {
        let mut a = Article::new("papers", "a", "Stent trial", "<p>x</p>", "x");
        a.image_url = Some("https://example.com/a.jpg".into());
        let engine = Engine::new(vec![a, Article::new("papers", "b", "Valve", "", "")]);
        let head = FirstView::of(&engine);
        assert_eq!(head.results, engine.search(&Query::default()));
        assert_eq!(
            head.results.hits[0].image.as_deref(),
            Some("https://example.com/a.jpg")
        );
        assert_eq!(FirstView::from_json(&head.to_json()), Some(head.clone()));
        let other = head.to_json().replacen(
            &format!("\"index_format_version\":{INDEX_FORMAT_VERSION}"),
            "\"index_format_version\":999",
            1,
        );
        assert_eq!(FirstView::from_json(&other), None);
        assert_eq!(FirstView::from_json("<html>"), None);
    }
}
