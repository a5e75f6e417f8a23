//! Disjunctive facet counts.
//!
//! For each document that matches the text, [`FacetCounter::add`] receives
//! its filter mask (see [`crate::filter`]) and counts its values in each
//! facet whose *other* filters it passes. A facet's counts therefore ignore
//! its own selection (so other values stay selectable, OR within a facet)
//! and honour every other facet (AND across facets).

use crate::filter::{ALL, COLLECTION, SOURCE, TAG, YEAR};
use crate::meta::{DocMeta, NONE};
use crate::query::Query;
use crate::results::{FacetValue, Facets};

/// Counts per value id for each facet.
#[derive(Debug)]
pub struct FacetCounter {
    tag: Vec<u32>,
    source: Vec<u32>,
    collection: Vec<u32>,
    year: Vec<u32>,
}

impl FacetCounter {
    /// Zero counts for the facets of `meta`.
    pub fn new(meta: &DocMeta) -> Self {
        Self {
            tag: vec![0; meta.tags.len()],
            source: vec![0; meta.sources.len()],
            collection: vec![0; meta.collections.len()],
            year: vec![0; meta.years.len()],
        }
    }

    /// Counts `doc`, whose filter mask is `mask`, where it belongs.
    #[inline]
    pub fn add(&mut self, meta: &DocMeta, doc: u32, mask: u8) {
        let missing = ALL & !mask;
        let d = doc as usize;
        if missing & !TAG == 0 {
            for &t in meta.doc_tags(doc) {
                self.tag[t as usize] += 1;
            }
        }
        if missing & !SOURCE == 0 && meta.doc_source[d] != NONE {
            self.source[meta.doc_source[d] as usize] += 1;
        }
        if missing & !COLLECTION == 0 {
            self.collection[meta.doc_collection[d] as usize] += 1;
        }
        if missing & !YEAR == 0 && meta.doc_year[d] != NONE {
            self.year[meta.doc_year[d] as usize] += 1;
        }
    }

    /// The facet lists: non-zero values and selected ones.
    pub fn finish(self, meta: &DocMeta, q: &Query) -> Facets {
        let years: Vec<String> = meta.years.iter().map(i32::to_string).collect();
        let selected_years: Vec<String> = q.years.iter().map(i32::to_string).collect();
        let mut year = list(&years, &self.year, &selected_years);
        year.sort_by(|a, b| {
            let (ya, yb) = (a.value.parse::<i32>(), b.value.parse::<i32>());
            yb.ok().cmp(&ya.ok())
        });
        Facets {
            tag: list(&meta.tags.names, &self.tag, &q.tags),
            source: list(&meta.sources.names, &self.source, &q.sources),
            collection: list(&meta.collections.names, &self.collection, &q.collections),
            year,
        }
    }
}

fn list(names: &[String], counts: &[u32], selected: &[String]) -> Vec<FacetValue> {
    let mut out: Vec<FacetValue> = names
        .iter()
        .zip(counts)
        .filter(|(n, &c)| c > 0 || selected.contains(n))
        .map(|(n, &c)| FacetValue {
            value: n.clone(),
            count: c as usize,
            selected: selected.contains(n),
        })
        .collect();
    for s in selected {
        if !names.contains(s) && !out.iter().any(|v| &v.value == s) {
            out.push(FacetValue {
                value: s.clone(),
                count: 0,
                selected: true,
            });
        }
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out
}
