//! The engine: an index over articles, answering [`Query`]s.

use std::sync::Mutex;

use serde::Serialize;

use crate::counting::dense::{Bitset, DenseFacets};
use crate::counting::doc_values::DocValues;
use crate::counting::facets::FacetCounter;
use crate::counting::filter::{Filters, ALL};
use crate::counting::timeline::{Buckets, TimelineCounter};
use crate::index::{build, Index};
use crate::query::{parse::parse, Query, Sort};
use crate::search::matcher::Scratch;
use crate::search::relax::{match_text, TextMatch};
use crate::search::resolve::exact_terms;
use crate::search::results::{Facets, Results, Timeline};
use crate::search::synonyms::Synonyms;
use crate::search::topk::{sort_key, TopK};
use crate::storage::codec::blob::{Arr, Blob};
use crate::storage::codec::layout;
use crate::storage::codec::transport::parts::RestPlan;
use crate::storage::stored::{DocStore, StoredArticle};
use crate::text::Stemmers;
use crate::{Article, Bundle, Topic};

mod load;

mod hits;
pub use hits::MoreHits;

mod options;
pub use options::EngineOptions;

/// Results are counted with bitsets when at least one document in this
/// many matches the text ([`crate::counting::dense`]).
const DENSE_SHARE: usize = 16;

/// ... and at least this many: below, counting match by match is cheaper.
const DENSE_MIN_MATCHES: usize = 2048;

#[cfg(test)]
thread_local! {
    /// Tests force one counting path or the other to compare them.
    pub(crate) static DENSE_OVERRIDE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Sizes of an engine's index, for reports and benchmarks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct EngineStats {
    /// Articles indexed.
    pub docs: usize,
    /// Distinct terms (stems).
    pub terms: usize,
    /// Distinct folded surface words.
    pub surfaces: usize,
    /// (term, document) pairs.
    pub postings: usize,
    /// Stored positions.
    pub positions: usize,
    /// Estimated heap bytes of the index (postings, vocabulary and per-document
    /// arrays), not counting the articles themselves.
    pub index_bytes: usize,
}

/// An article similar to another one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Related {
    /// Its index in the engine.
    pub doc: u32,
    /// Its path in the explorer.
    pub permalink: String,
    /// Its title.
    pub title: String,
    /// Its date.
    pub date: Option<crate::ArticleDate>,
    /// How much it shares (rare terms and tags).
    pub score: f32,
}

/// A search engine over a list of articles.
///
/// Build it once ([`Engine::new`]), or load one built before
/// ([`Engine::from_bytes`]); every search then reads it. Articles are
/// referred to by their index in the list (`doc`). The engine keeps only
/// what it searches and shows (see [`StoredArticle`]), in the bytes [`Engine::to_bytes`]
/// returns, read in place.
#[derive(Debug)]
pub struct Engine {
    pub(crate) blob: Blob,
    pub(crate) docs: DocStore,
    pub(crate) related: (Arr<u32>, Arr<u32>),
    pub(crate) index: Index,
    pub(crate) meta: DocValues,
    pub(crate) options: EngineOptions,
    pub(crate) stemmers: Stemmers,
    /// The topics' forms, joined at search time.
    pub(crate) synonyms: Synonyms,
    /// Each document's timeline bucket (see [`crate::counting::timeline`]).
    slots: Vec<u32>,
    /// How many documents each timeline bucket has.
    all_buckets: Buckets,
    /// Facet values' documents, for large result sets.
    dense: DenseFacets,
    /// Facets and timeline of the unfiltered empty query (the first screen),
    /// computed once; and every doc newest first.
    browse: Option<(Facets, Timeline)>,
    newest_first: Vec<u32>,
    dated: usize,
    scratch: Mutex<Scratch>,
    /// For an engine opened from the first part of its index: what the rest
    /// completes (`None`: complete).
    pub(crate) rest: Option<RestPlan>,
}

impl Engine {
    /// Indexes `articles` (a `Vec` is taken over, a slice is cloned) with
    /// the default options.
    pub fn new(articles: impl Into<Vec<Article>>) -> Self {
        Self::with_options(articles, EngineOptions::default())
    }

    /// Indexes the articles of a bundle, with its topics.
    pub fn from_bundle(bundle: Bundle) -> Self {
        Self::with_topics(bundle.articles, &bundle.topics, EngineOptions::default())
    }

    /// Indexes `articles` with the given options.
    pub fn with_options(articles: impl Into<Vec<Article>>, options: EngineOptions) -> Self {
        Self::with_topics(articles, &[], options)
    }

    /// Indexes `articles` with the given options; `topics` gives the
    /// Topics facet its labels and the search its synonyms (the forms).
    pub fn with_topics(
        articles: impl Into<Vec<Article>>,
        topics: &[Topic],
        options: EngineOptions,
    ) -> Self {
        let articles = articles.into();
        let parts = build::build(&articles, &options.rank, &Stemmers::default());
        let bytes = layout::write(&articles, topics, &options, parts);
        drop(articles);
        Self::from_blob(Blob::from_vec(bytes)).expect("an index just written reads back")
    }

    /// The indexed articles, by doc, as the engine keeps them.
    pub fn articles(&self) -> impl ExactSizeIterator<Item = StoredArticle<'_>> + '_ {
        (0..self.docs.len()).map(|d| self.docs.get(&self.meta, d))
    }

    /// Where each document's rare terms start in [`Self::related_term_ids`].
    pub(crate) fn related_offsets(&self) -> &[u32] {
        self.related.0.of(&self.blob)
    }

    /// Every document's rare terms, by increasing term id.
    pub(crate) fn related_term_ids(&self) -> &[u32] {
        self.related.1.of(&self.blob)
    }

    /// The number of indexed articles.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The article `doc`, if any, as the engine keeps it.
    pub fn article(&self, doc: usize) -> Option<StoredArticle<'_>> {
        (doc < self.docs.len()).then(|| self.docs.get(&self.meta, doc))
    }

    /// The doc of the article at `permalink`, if any.
    pub fn doc_of(&self, permalink: &str) -> Option<usize> {
        (0..self.docs.len()).find(|&d| self.docs.permalink(d) == permalink)
    }

    /// Whether `tag` is carried by nearly every article (more than 80 % of
    /// them, in a corpus of at least 20): the facets do not list it unless
    /// it is selected, hits leave it out, and the explorer shows no pill for it.
    pub fn is_common_tag(&self, tag: &str) -> bool {
        self.meta.is_common_tag(tag)
    }

    /// The corpus's topics (labels and forms), by id.
    pub fn topics(&self) -> Vec<Topic> {
        (0..self.meta.topics.len() as u32)
            .map(|t| self.meta.topics.topic(t))
            .collect()
    }

    /// The options the engine was built with.
    pub fn options(&self) -> &EngineOptions {
        &self.options
    }

    /// Sizes of the index.
    pub fn stats(&self) -> EngineStats {
        let m = &self.meta;
        let meta_bytes = m.tag_ids.len() * 4
            + (m.tag_offsets.len() + m.doc_source.len() + m.doc_collection.len()) * 4
            + (m.doc_year.len() + m.doc_day.len() + m.date_rank.len()) * 4;
        let scratch_bytes = self.docs.len() * 15;
        EngineStats {
            docs: self.docs.len(),
            terms: self.index.vocab.len(),
            surfaces: self.index.vocab.surface_count(),
            postings: self.index.store.posting_count(),
            positions: self.index.store.position_count(),
            index_bytes: self.index.postings_bytes()
                + self.docs.heap_bytes()
                + (self.related.0.len() + self.related.1.len()) * 4
                + self.index.vocab.heap_bytes()
                + self.index.idf.len() * 4
                + meta_bytes
                + scratch_bytes,
        }
    }

    /// In how many articles a word occurs (as typed, after folding and
    /// stemming); 0 for stop words and unknown words.
    pub fn document_frequency(&self, word: &str) -> usize {
        let folded = crate::text::fold(word);
        exact_terms(&self.index, &self.stemmers, &folded)
            .iter()
            .map(|&t| self.index.postings(t).len())
            .max()
            .unwrap_or(0)
    }

    /// Searches with a query string as the app keeps it in its URL.
    pub fn search_query_string(&self, query_string: &str) -> Results {
        self.search(&Query::from_query_string(query_string))
    }

    /// Answers a query: the page of hits, facet counts and the timeline.
    pub fn search(&self, q: &Query) -> Results {
        self.search_first(q, usize::MAX).0
    }

    /// Answers a query as [`Engine::search`] does, but fills in only the
    /// first `first` hits of the page: the others, which take most of a
    /// search's time (their snippets and highlights), are left in the
    /// [`MoreHits`] returned with it, for [`Engine::more_hits`]. The total,
    /// the facets and the timeline are those of the whole query. The
    /// explorer asks for the hits the window shows while the user types, and
    /// for the rest once that frame is painted.
    pub fn search_first(&self, q: &Query, first: usize) -> (Results, MoreHits) {
        let browsing = parse(&q.text).is_empty() && Filters::new(q, &self.meta).is_empty();
        match (&self.browse, browsing) {
            (Some((facets, timeline)), true) => self.browse_page(q, facets, timeline, first),
            _ => self.search_uncached(q, first),
        }
    }

    /// The unfiltered empty query, from the cached facets and timeline.
    fn browse_page(
        &self,
        q: &Query,
        facets: &Facets,
        timeline: &Timeline,
        first: usize,
    ) -> (Results, MoreHits) {
        let page_size = self.options.page_size.max(1);
        let start = q.page_index().saturating_mul(page_size);
        let n = self.newest_first.len();
        let dated = self.dated;
        let doc_at = |i: usize| match q.sort {
            Sort::Relevance | Sort::Newest => self.newest_first[i],
            // Dated ones reversed, then undated ones in their usual order.
            Sort::Oldest if i < dated => self.newest_first[dated - 1 - i],
            Sort::Oldest => self.newest_first[i],
        };
        let page = (start.min(n)..start.saturating_add(page_size).min(n))
            .map(|i| (doc_at(i), 0.0))
            .collect();
        let (hits, more) = self.page_hits(page, Vec::new(), first);
        let results = Results {
            total: n,
            page: q.page.max(1),
            page_size,
            hits,
            facets: facets.clone(),
            timeline: timeline.clone(),
            relaxed: None,
        };
        (results, more)
    }

    /// Answers a query without the browse cache.
    pub(crate) fn search_uncached(&self, q: &Query, first: usize) -> (Results, MoreHits) {
        let expr = parse(&q.text);
        let mut fallback;
        let mut guard = self.scratch.try_lock();
        let scratch: &mut Scratch = match guard.as_deref_mut() {
            Ok(s) => s,
            Err(_) => {
                fallback = Scratch::new(self.docs.len());
                &mut fallback
            }
        };
        let TextMatch {
            docs: text_docs,
            terms,
            relaxed,
        } = match_text(
            &self.index,
            &self.stemmers,
            &self.options.rank,
            &self.synonyms,
            &expr,
            scratch,
        );

        let meta = &self.meta;
        let filters = Filters::new(q, meta);
        let mut facets = FacetCounter::new(meta);
        let mut timeline = TimelineCounter::new(meta, self.options.plausible_years, &self.slots);
        let page_size = self.options.page_size.max(1);
        let start = q.page_index().saturating_mul(page_size);
        let scored = text_docs.is_some();
        let mut top = TopK::new(start.saturating_add(page_size).min(self.docs.len()));
        let mut total = 0usize;
        let scratch_ref: &Scratch = scratch;
        let n = self.docs.len() as u32;
        let matched = text_docs.as_ref().map_or(n as usize, Vec::len);
        if self.dense_mode(matched) {
            let matches = match &text_docs {
                Some(docs) => Bitset::of(n as usize, docs),
                None => Bitset::full(n as usize),
            };
            let passes = self.dense.passes(&filters.selected(), meta);
            let results = self.dense.count(
                meta,
                &matches,
                &passes,
                &mut facets,
                &mut timeline,
                &self.all_buckets,
            );
            total = results.len();
            top.push_all(&results, q.sort, scored, scratch_ref, meta);
        } else {
            // One loop per case, everything inlined: this runs once per match.
            macro_rules! visit {
                ($docs:expr, $mask:expr) => {
                    for d in $docs {
                        let m: u8 = $mask(d);
                        facets.add(meta, d, m);
                        timeline.add(d, m);
                        if m == ALL {
                            total += 1;
                            top.push(sort_key(q.sort, scored, scratch_ref, meta, d), d);
                        }
                    }
                };
            }
            match (&text_docs, filters.is_empty()) {
                (Some(docs), true) => visit!(docs.iter().copied(), |_| ALL),
                (Some(docs), false) => visit!(docs.iter().copied(), |d| filters.mask(meta, d)),
                (None, true) => visit!(0..n, |_| ALL),
                (None, false) => visit!(0..n, |d| filters.mask(meta, d)),
            }
        }
        let page = top
            .into_sorted()
            .iter()
            .skip(start)
            .map(|&d| (d, if scored { scratch_ref.score(d) } else { 0.0 }))
            .collect();
        let (hits, more) = self.page_hits(page, terms, first);
        let results = Results {
            total,
            page: q.page.max(1),
            page_size,
            hits,
            facets: facets.finish(meta, q),
            timeline: timeline.finish(meta),
            relaxed,
        };
        (results, more)
    }

    /// Whether a query matching `matched` documents (before filters) is
    /// counted with bitsets ([`crate::counting::dense`]) rather than match by match.
    fn dense_mode(&self, matched: usize) -> bool {
        #[cfg(test)]
        if let Some(forced) = DENSE_OVERRIDE.with(std::cell::Cell::get) {
            return forced;
        }
        matched * DENSE_SHARE >= self.docs.len() && matched >= DENSE_MIN_MATCHES
    }
}

#[cfg(test)]
pub(crate) mod tests;
