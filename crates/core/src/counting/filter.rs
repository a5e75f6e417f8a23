//! Filters: which facet selections a document satisfies, as a bit mask.
//!
//! Each facet gets a bit. A document's mask has the bit set when it passes
//! that facet's filter (or the facet has no selection). A document is a
//! result when every bit is set; it counts for a facet's values when every
//! bit *but that facet's* is set, which is what makes facet counts
//! disjunctive.

use crate::counting::dense::Selected;
use crate::counting::doc_values::{day_key, DocValues, NONE};
use crate::query::Query;

/// Tag filter bit.
pub const TAG: u8 = 1;
/// Source filter bit.
pub const SOURCE: u8 = 2;
/// Collection filter bit.
pub const COLLECTION: u8 = 4;
/// Year filter bit.
pub const YEAR: u8 = 8;
/// Date range (from/to) filter bit.
pub const RANGE: u8 = 16;
/// Topic filter bit.
pub const TOPIC: u8 = 32;
/// Every bit.
pub const ALL: u8 = 63;

/// The selected values of one facet, as a lookup table by value id.
#[derive(Debug, Default)]
struct Selection {
    active: bool,
    by_id: Vec<bool>,
    ids: Vec<u32>,
}

impl Selection {
    fn new(len: usize, ids: impl IntoIterator<Item = Option<u32>>) -> Self {
        let mut s = Selection {
            active: false,
            by_id: vec![false; len],
            ids: Vec::new(),
        };
        for id in ids {
            s.active = true;
            if let Some(id) = id {
                if !s.by_id[id as usize] {
                    s.ids.push(id);
                }
                s.by_id[id as usize] = true;
            }
        }
        s
    }

    fn selected(&self) -> Option<&[u32]> {
        self.active.then_some(&self.ids[..])
    }

    fn passes(&self, id: u32) -> bool {
        !self.active || (id != NONE && self.by_id[id as usize])
    }
}

/// A query's filters, resolved against the documents' values.
#[derive(Debug, Default)]
pub struct Filters {
    topics: Selection,
    tags: Selection,
    sources: Selection,
    collections: Selection,
    years: Selection,
    from: u32,
    to: u32,
}

impl Filters {
    /// The filters of `q`. Selected values no document has match nothing.
    pub fn new(q: &Query, meta: &DocValues) -> Self {
        Filters {
            topics: Selection::new(
                meta.topics.len(),
                q.topics.iter().map(|t| meta.topics.ids.id(t)),
            ),
            tags: Selection::new(meta.tags.len(), q.tags.iter().map(|t| meta.tags.id(t))),
            sources: Selection::new(
                meta.sources.len(),
                q.sources.iter().map(|t| meta.sources.id(t)),
            ),
            collections: Selection::new(
                meta.collections.len(),
                q.collections.iter().map(|t| meta.collections.id(t)),
            ),
            years: Selection::new(
                meta.years.len(),
                q.years
                    .iter()
                    .map(|y| meta.years.binary_search(y).ok().map(|i| i as u32)),
            ),
            from: q.from.map_or(0, day_key),
            to: q.to.map_or(u32::MAX, day_key),
        }
    }

    /// Whether no filter is active.
    pub fn is_empty(&self) -> bool {
        !self.topics.active
            && !self.tags.active
            && !self.sources.active
            && !self.collections.active
            && !self.years.active
            && self.from == 0
            && self.to == u32::MAX
    }

    /// The selected value ids per facet, for [`crate::counting::dense`].
    pub fn selected(&self) -> Selected<'_> {
        let ranged = self.from != 0 || self.to != u32::MAX;
        Selected {
            topics: self.topics.selected(),
            tags: self.tags.selected(),
            sources: self.sources.selected(),
            collections: self.collections.selected(),
            years: self.years.selected(),
            range: ranged.then_some((self.from, self.to)),
        }
    }

    /// The facets whose filters `doc` passes.
    #[inline(always)]
    pub fn mask(&self, meta: &DocValues, doc: u32) -> u8 {
        let d = doc as usize;
        let mut m = 0;
        if !self.tags.active
            || meta
                .doc_tags(doc)
                .iter()
                .any(|&t| self.tags.by_id[t as usize])
        {
            m |= TAG;
        }
        if !self.topics.active
            || meta
                .topics
                .of_doc(doc)
                .iter()
                .any(|&t| self.topics.by_id[t as usize])
        {
            m |= TOPIC;
        }
        if self.sources.passes(meta.doc_source[d]) {
            m |= SOURCE;
        }
        if self.collections.passes(meta.doc_collection[d]) {
            m |= COLLECTION;
        }
        if self.years.passes(meta.doc_year[d]) {
            m |= YEAR;
        }
        let day = meta.doc_day[d];
        let ranged = self.from != 0 || self.to != u32::MAX;
        if !ranged || (day != 0 && day >= self.from && day <= self.to) {
            m |= RANGE;
        }
        m
    }
}
