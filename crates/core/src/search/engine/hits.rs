//! The hits of a page: filled in at once, or the first ones now and the
//! others later ([`Engine::search_first`]).

use crate::search::highlight::Highlighter;
use crate::search::passage::whole_words;
use crate::search::results::Hit;

use super::Engine;

/// The hits of a page that [`Engine::search_first`] left out: their
/// documents and scores, in page order, and the matched terms their
/// snippets highlight. [`Engine::more_hits`] fills them in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MoreHits {
    docs: Vec<(u32, f32)>,
    terms: Vec<u32>,
}

impl MoreHits {
    /// How many hits are left to fill in.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether the page has no hit left to fill in.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

impl Engine {
    /// The hits of the page `docs` (documents and scores, in page order):
    /// the first `first` filled in, the others left in [`MoreHits`].
    pub(super) fn page_hits(
        &self,
        mut docs: Vec<(u32, f32)>,
        terms: Vec<u32>,
        first: usize,
    ) -> (Vec<Hit>, MoreHits) {
        let rest = docs.split_off(first.min(docs.len()));
        let highlighter = Highlighter::new(&self.index, &terms);
        let hits = docs
            .iter()
            .map(|&(d, score)| self.hit(d, score, &highlighter))
            .collect();
        (hits, MoreHits { docs: rest, terms })
    }

    /// The hits [`Engine::search_first`] left out, in page order: appended
    /// to its results' hits, they are the page [`Engine::search`] gives.
    pub fn more_hits(&self, more: &MoreHits) -> Vec<Hit> {
        if more.docs.is_empty() {
            return Vec::new();
        }
        let highlighter = Highlighter::new(&self.index, &more.terms);
        more.docs
            .iter()
            .map(|&(d, score)| self.hit(d, score, &highlighter))
            .collect()
    }

    /// Hit `d`: its stored fields, a snippet and the matches highlighted.
    fn hit(&self, d: u32, score: f32, highlighter: &Highlighter<'_>) -> Hit {
        let a = self.docs.get(&self.meta, d as usize);
        let body = whole_words(a.body_text, self.options.body_bytes);
        let (snippet, snippet_matches) =
            highlighter.snippet(a.summary, body, self.options.snippet_len);
        Hit {
            doc: d,
            slug: a.slug.to_owned(),
            permalink: a.permalink.to_owned(),
            collection: a.collection.to_owned(),
            title: a.title.to_owned(),
            date: a.date,
            source: a.source_host.map(str::to_owned),
            image: a.image_url.map(str::to_owned),
            tags: a
                .tags
                .iter()
                .filter(|t| !self.meta.is_common_tag(t))
                .map(|&t| t.to_owned())
                .collect(),
            topics: a
                .topics
                .iter()
                .map(|&(id, label)| crate::ArticleTopic {
                    id: id.to_owned(),
                    label: label.to_owned(),
                })
                .collect(),
            also: a.also_hosts.iter().map(|&h| h.to_owned()).collect(),
            title_matches: highlighter.spans(a.title, a.title.len()),
            snippet,
            snippet_matches,
            score,
        }
    }
}
