//! Disjunctive facet counts.
//!
//! For each document that matches the text, [`FacetCounter::add`] receives
//! its filter mask (see [`crate::counting::filter`]) and counts its values in each
//! facet whose *other* filters it passes. A facet's counts therefore ignore
//! its own selection (so other values stay selectable, OR within a facet)
//! and honour every other facet (AND across facets).

use std::sync::Arc;

use crate::counting::doc_values::{DocValues, NONE};
use crate::counting::filter::{ALL, COLLECTION, SOURCE, TAG, TOPIC, YEAR};
use crate::query::Query;
use crate::search::results::{FacetValue, Facets};

/// Counts are kept in this many interleaved copies, picked by doc id and
/// summed at the end: consecutive documents with the same value (two
/// collections, a popular tag) then increment different counters, instead
/// of each increment waiting for the previous one to the same address.
const LANES: usize = 4;

/// Counts per value id for each facet, in [`LANES`] copies.
#[derive(Debug)]
pub struct FacetCounter {
    tag: Vec<u32>,
    source: Vec<u32>,
    collection: Vec<u32>,
    year: Vec<u32>,
    topic: Vec<u32>,
    sizes: [usize; 5],
}

/// Sums the lanes of `counts` (lane-major, `n` values per lane).
fn sum_lanes(counts: &[u32], n: usize) -> Vec<u32> {
    (0..n)
        .map(|i| (0..LANES).map(|l| counts[l * n + i]).sum())
        .collect()
}

impl FacetCounter {
    /// Zero counts for the facets of `meta`.
    pub fn new(meta: &DocValues) -> Self {
        let sizes = [
            meta.tags.len(),
            meta.sources.len(),
            meta.collections.len(),
            meta.years.len(),
            meta.topics.len(),
        ];
        Self {
            tag: vec![0; sizes[0] * LANES],
            source: vec![0; sizes[1] * LANES],
            collection: vec![0; sizes[2] * LANES],
            year: vec![0; sizes[3] * LANES],
            topic: vec![0; sizes[4] * LANES],
            sizes,
        }
    }

    /// Counts `doc`, whose filter mask is `mask`, where it belongs.
    #[inline(always)]
    pub fn add(&mut self, meta: &DocValues, doc: u32, mask: u8) {
        let missing = ALL & !mask;
        let d = doc as usize;
        let lane = d % LANES;
        if missing & !TAG == 0 {
            let tags = &mut self.tag[lane * self.sizes[0]..];
            for &t in meta.doc_tags(doc) {
                tags[t as usize] += 1;
            }
        }
        if missing & !SOURCE == 0 && meta.doc_source[d] != NONE {
            self.source[lane * self.sizes[1] + meta.doc_source[d] as usize] += 1;
        }
        if missing & !COLLECTION == 0 {
            self.collection[lane * self.sizes[2] + meta.doc_collection[d] as usize] += 1;
        }
        if missing & !YEAR == 0 && meta.doc_year[d] != NONE {
            self.year[lane * self.sizes[3] + meta.doc_year[d] as usize] += 1;
        }
        if missing & !TOPIC == 0 {
            let topics = &mut self.topic[lane * self.sizes[4]..];
            for &t in meta.topics.of_doc(doc) {
                topics[t as usize] += 1;
            }
        }
    }

    /// Replaces the counts by `counts` (tag, source, collection, year,
    /// topic), as computed by [`crate::counting::dense`].
    pub fn set_counts(&mut self, counts: [Vec<u32>; 5]) {
        let [tag, source, collection, year, topic] = counts;
        for (mine, theirs) in [
            (&mut self.tag, tag),
            (&mut self.source, source),
            (&mut self.collection, collection),
            (&mut self.year, year),
            (&mut self.topic, topic),
        ] {
            mine.fill(0);
            mine[..theirs.len()].copy_from_slice(&theirs);
        }
    }

    /// The facet lists: non-zero values and selected ones.
    pub fn finish(self, meta: &DocValues, q: &Query) -> Facets {
        let [nt, ns, nc, ny, nk] = self.sizes;
        let (tag, source, collection, year_counts) = (
            sum_lanes(&self.tag, nt),
            sum_lanes(&self.source, ns),
            sum_lanes(&self.collection, nc),
            sum_lanes(&self.year, ny),
        );
        let selected_years: Vec<String> = q.years.iter().map(i32::to_string).collect();
        let mut year = list(&meta.year_names, &year_counts, &selected_years, |s| {
            let y: i32 = s.parse().ok()?;
            meta.years.binary_search(&y).ok()
        });
        year.sort_by_key(|v| std::cmp::Reverse(v.value.parse::<i32>().ok()));
        let topics = &meta.topics;
        let mut topic = list(
            &topics.ids.names,
            &sum_lanes(&self.topic, nk),
            &q.topics,
            |s| topics.ids.id(s).map(|i| i as usize),
        );
        for v in &mut topic {
            v.label = topics
                .ids
                .id(&v.value)
                .map(|i| topics.labels[i as usize].clone());
        }
        // Common tags are left out, unless selected (see
        // `doc_values::is_common_tag`).
        let mut tag = list(&meta.tags.names, &tag, &q.tags, |s| {
            meta.tags.id(s).map(|i| i as usize)
        });
        tag.retain(|v| v.selected || !meta.is_common_tag(&v.value));
        Facets {
            topic,
            tag,
            source: list(&meta.sources.names, &source, &q.sources, |s| {
                meta.sources.id(s).map(|i| i as usize)
            }),
            collection: list(&meta.collections.names, &collection, &q.collections, |s| {
                meta.collections.id(s).map(|i| i as usize)
            }),
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
            label: None,
        })
        .collect();
    extra.sort();
    extra.dedup();
    out.extend(extra.into_iter().map(|s| FacetValue {
        value: Arc::from(s.as_str()),
        count: 0,
        selected: true,
        label: None,
    }));
    out
}
