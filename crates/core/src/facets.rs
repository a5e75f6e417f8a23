//! Disjunctive facet counts.
//!
//! For each document that matches the text, [`FacetCounter::add`] receives
//! its filter mask (see [`crate::filter`]) and counts its values in each
//! facet whose *other* filters it passes. A facet's counts therefore ignore
//! its own selection (so other values stay selectable, OR within a facet)
//! and honour every other facet (AND across facets).

use std::sync::Arc;

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
        let selected_years: Vec<String> = q.years.iter().map(i32::to_string).collect();
        let mut year = list(&meta.year_names, &self.year, &selected_years, |s| {
            let y: i32 = s.parse().ok()?;
            meta.years.binary_search(&y).ok()
        });
        year.sort_by_key(|v| std::cmp::Reverse(v.value.parse::<i32>().ok()));
        Facets {
            tag: list(&meta.tags.names, &self.tag, &q.tags, |s| {
                meta.tags.id(s).map(|i| i as usize)
            }),
            source: list(&meta.sources.names, &self.source, &q.sources, |s| {
                meta.sources.id(s).map(|i| i as usize)
            }),
            collection: list(
                &meta.collections.names,
                &self.collection,
                &q.collections,
                |s| meta.collections.id(s).map(|i| i as usize),
            ),
            year,
        }
    }
}

/// The listed values of one facet: every value with a count, and every
/// selected one (at zero when nothing has it), by count then by name.
/// Ids follow the names' order, so ties are ordered by id; `find` gives
/// the id of a selected value.
fn list(
    names: &[Arc<str>],
    counts: &[u32],
    selected: &[String],
    find: impl Fn(&str) -> Option<usize>,
) -> Vec<FacetValue> {
    let mut ids: Vec<u32> = (0..names.len() as u32)
        .filter(|&i| counts[i as usize] > 0)
        .collect();
    let mut extra = Vec::new();
    for s in selected {
        match find(s) {
            Some(i) if counts[i] == 0 => ids.push(i as u32),
            Some(_) => {}
            None => extra.push(s),
        }
    }
    ids.sort_unstable_by(|&a, &b| counts[b as usize].cmp(&counts[a as usize]).then(a.cmp(&b)));
    ids.dedup();
    let mut out: Vec<FacetValue> = ids
        .into_iter()
        .map(|i| FacetValue {
            value: names[i as usize].clone(),
            count: counts[i as usize] as usize,
            selected: selected.iter().any(|s| **s == *names[i as usize]),
        })
        .collect();
    extra.sort();
    extra.dedup();
    out.extend(extra.into_iter().map(|s| FacetValue {
        value: Arc::from(s.as_str()),
        count: 0,
        selected: true,
    }));
    out
}
