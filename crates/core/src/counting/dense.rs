//! Facet counts, timeline and totals of large result sets, with bitsets.
//!
//! When a query matches a good part of the documents, counting each
//! match's facet values one by one (tens of thousands of matches times a
//! few values) dominates the search. Then the matches become a bitset, each
//! filter the bitset of the documents passing it, and a value's count is the
//! size of an intersection: with the value's own bitset (values held by at
//! least [`BITSET_SHARE`]⁻¹ of the documents; an AND and a popcount per 64
//! documents) or by testing the value's document list against the bitset
//! (rarer values), or, whichever is cheaper, by walking the documents of
//! the set, or those *outside* it when it holds most documents (counts are
//! then each value's total minus the outsiders'; the timeline likewise
//! starts from every document's bucket). Values' documents and bitsets are derived when the
//! engine is loaded, not stored in the index. The counts are exactly those
//! of [`crate::counting::facets`] and [`crate::counting::timeline`] (tests compare both paths).

use std::borrow::Cow;

pub use crate::counting::bitset::Bitset;
use crate::counting::doc_values::{DocValues, NONE};
use crate::counting::facets::FacetCounter;
use crate::counting::filter::{ALL, COLLECTION, RANGE, SOURCE, TAG, TOPIC, YEAR};
use crate::counting::timeline::{Buckets, TimelineCounter};

/// Values held by at least one document in this many get a bitset.
pub const BITSET_SHARE: usize = 64;

/// The documents of each value of one facet: lists, and bitsets for the
/// frequent values.
#[derive(Debug, Default)]
pub struct ValueDocs {
    /// Documents in all.
    n: usize,
    offsets: Vec<u32>,
    docs: Vec<u32>,
    bits: Vec<Option<Bitset>>,
    /// About what counting every value costs (bitset words plus list
    /// entries), to compare with counting the base's documents one by one.
    value_cost: usize,
}

impl ValueDocs {
    /// From `(value, doc)` pairs in increasing doc order, `values` values.
    fn new(n: usize, values: usize, pairs: impl Iterator<Item = (u32, u32)> + Clone) -> Self {
        let mut offsets = vec![0u32; values + 1];
        for (v, _) in pairs.clone() {
            offsets[v as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut next = offsets.clone();
        let mut docs = vec![0u32; offsets[values] as usize];
        for (v, d) in pairs {
            docs[next[v as usize] as usize] = d;
            next[v as usize] += 1;
        }
        let bits: Vec<Option<Bitset>> = (0..values)
            .map(|v| {
                let list = &docs[offsets[v] as usize..offsets[v + 1] as usize];
                (list.len() * BITSET_SHARE >= n).then(|| Bitset::of(n, list))
            })
            .collect();
        let value_cost = (0..values)
            .map(|v| match &bits[v] {
                Some(b) => b.words().len(),
                None => (offsets[v + 1] - offsets[v]) as usize,
            })
            .sum();
        Self {
            n,
            offsets,
            docs,
            bits,
            value_cost,
        }
    }

    fn list(&self, v: usize) -> &[u32] {
        &self.docs[self.offsets[v] as usize..self.offsets[v + 1] as usize]
    }

    /// How many documents of `base` have value `v`.
    fn count(&self, base: &Bitset, v: usize) -> usize {
        match &self.bits[v] {
            Some(bits) => base.and_count(bits),
            None => self.list(v).iter().filter(|&&d| base.contains(d)).count(),
        }
    }

    /// The counts of every value within `base` (`values(doc)` lists the
    /// values of `doc`), the cheapest of three ways: value by
    /// value (intersections), document by document over `base`, or, when
    /// `base` holds most documents, over the documents *not* in `base`,
    /// whose counts are then taken from each value's total.
    fn counts<I: IntoIterator<Item = u32>>(
        &self,
        base: &Bitset,
        values: impl Fn(u32) -> I,
    ) -> Vec<u32> {
        let n = self.n;
        let inside = base.len();
        let walk_in = walk_cost(inside, self.docs.len(), n);
        let walk_out = walk_cost(n - inside, self.docs.len(), n) + self.bits.len() as u64;
        if walk_in.min(walk_out) >= self.value_cost as u64 {
            return (0..self.bits.len())
                .map(|v| self.count(base, v) as u32)
                .collect();
        }
        let mut counts = vec![0u32; self.bits.len()];
        if walk_in <= walk_out {
            base.for_each(|d| values(d).into_iter().for_each(|v| counts[v as usize] += 1));
            return counts;
        }
        base.for_each_absent(n, |d| {
            values(d).into_iter().for_each(|v| counts[v as usize] += 1)
        });
        for (v, c) in counts.iter_mut().enumerate() {
            *c = self.offsets[v + 1] - self.offsets[v] - *c;
        }
        counts
    }

    /// Adds the documents having any of `values` to `set`.
    fn add_to(&self, set: &mut Bitset, values: impl Iterator<Item = usize>) {
        for v in values {
            match &self.bits[v] {
                Some(bits) => set.or(bits),
                None => self.list(v).iter().for_each(|&d| set.insert(d)),
            }
        }
    }
}

/// About what walking `docs` of `n` documents costs, when the `n` hold
/// `pairs` (value, document) pairs: one step per document and per value it
/// has (a bitset word or a list entry costs about as much as one such
/// step). In `u64`: the product overflows a 32-bit `usize` (wasm) at 100k
/// documents, which made the choice of a way to count arbitrary there.
fn walk_cost(docs: usize, pairs: usize, n: usize) -> u64 {
    docs as u64 * (pairs + n) as u64 / n.max(1) as u64
}

/// The documents of every facet value and timeline bucket.
#[derive(Debug, Default)]
pub struct DenseFacets {
    n: usize,
    tags: ValueDocs,
    sources: ValueDocs,
    collections: ValueDocs,
    years: ValueDocs,
    topics: ValueDocs,
}

impl DenseFacets {
    /// The values' documents, from the per-document arrays.
    pub fn new(meta: &DocValues) -> Self {
        let n = meta.len();
        let docs = 0..n as u32;
        let tags = ValueDocs::new(
            n,
            meta.tags.len(),
            docs.clone()
                .flat_map(|d| meta.doc_tags(d).iter().map(move |&t| (t, d))),
        );
        let single = |values: usize, ids: &[u32]| {
            ValueDocs::new(
                n,
                values,
                docs.clone()
                    .filter(|&d| ids[d as usize] != NONE)
                    .map(|d| (ids[d as usize], d)),
            )
        };
        let topics = ValueDocs::new(
            n,
            meta.topics.len(),
            docs.clone()
                .flat_map(|d| meta.topics.of_doc(d).iter().map(move |&t| (t, d))),
        );
        Self {
            n,
            tags,
            topics,
            sources: single(meta.sources.len(), &meta.doc_source),
            collections: single(meta.collections.len(), &meta.doc_collection),
            years: single(meta.years.len(), &meta.doc_year),
        }
    }

    /// The documents passing each filter of `sel` (`None`: not filtered).
    pub fn passes(&self, sel: &Selected<'_>, meta: &DocValues) -> [Option<Bitset>; 6] {
        let set = |vd: &ValueDocs, ids: Option<&[u32]>| {
            ids.map(|ids| {
                let mut b = Bitset::empty(self.n);
                vd.add_to(&mut b, ids.iter().map(|&i| i as usize));
                b
            })
        };
        let range = sel.range.map(|(from, to)| {
            let mut b = Bitset::empty(self.n);
            for (d, &day) in meta.doc_day.iter().enumerate() {
                if day != 0 && day >= from && day <= to {
                    b.insert(d as u32);
                }
            }
            b
        });
        [
            set(&self.tags, sel.tags),
            set(&self.sources, sel.sources),
            set(&self.collections, sel.collections),
            set(&self.years, sel.years),
            range,
            set(&self.topics, sel.topics),
        ]
    }

    /// Facet and timeline counts of the documents in `matches`; returns the
    /// results (the matches passing every filter). `all` is the timeline of
    /// every document.
    pub fn count<'m>(
        &self,
        meta: &DocValues,
        matches: &'m Bitset,
        passes: &[Option<Bitset>; 6],
        facets: &mut FacetCounter,
        timeline: &mut TimelineCounter<'_>,
        all: &Buckets,
    ) -> Cow<'m, Bitset> {
        // Bits of the filters in `passes` order.
        const BITS: [u8; 6] = [TAG, SOURCE, COLLECTION, YEAR, RANGE, TOPIC];
        // The matches passing every filter but the `ignore`d ones.
        let within = |ignore: u8| {
            let mut b = Cow::Borrowed(matches);
            for (p, bit) in passes.iter().zip(BITS) {
                if let Some(p) = p.as_ref().filter(|_| ignore & bit == 0) {
                    b.to_mut().and(p);
                }
            }
            b
        };
        let counts = [
            self.tags
                .counts(&within(TAG), |d| meta.doc_tags(d).iter().copied()),
            self.sources
                .counts(&within(SOURCE), single(&meta.doc_source)),
            self.collections
                .counts(&within(COLLECTION), single(&meta.doc_collection)),
            self.years.counts(&within(YEAR), single(&meta.doc_year)),
            self.topics
                .counts(&within(TOPIC), |d| meta.topics.of_doc(d).iter().copied()),
        ];
        facets.set_counts(counts);
        // The timeline's context: every filter but the year and range ones;
        // the results are a subset of it. When it holds most documents, the
        // documents outside it are taken away from the counts of all.
        let context = within(YEAR | RANGE);
        let dated_filter = passes[3].is_some() || passes[4].is_some();
        let results = if dated_filter {
            within(0)
        } else {
            context.clone()
        };
        if context.len() * 2 > self.n {
            timeline.start_from(all);
            context.for_each_absent(self.n, |d| timeline.remove(d));
            if dated_filter {
                timeline.clear_counts();
                results.for_each(|d| timeline.add_result(d));
            }
        } else if dated_filter {
            context.for_each(|d| {
                let m = if results.contains(d) {
                    ALL
                } else {
                    ALL & !YEAR
                };
                timeline.add(d, m);
            });
        } else {
            context.for_each(|d| timeline.add(d, ALL));
        }
        results
    }
}

/// The values of a single-valued facet (`ids` by document, [`NONE`] for none).
fn single(ids: &[u32]) -> impl Fn(u32) -> Option<u32> + '_ {
    move |d| Some(ids[d as usize]).filter(|&v| v != NONE)
}

/// The value ids a query selects per facet (`None`: no selection).
#[derive(Debug, Default)]
pub struct Selected<'a> {
    /// Selected topic ids.
    pub topics: Option<&'a [u32]>,
    /// Selected tag ids.
    pub tags: Option<&'a [u32]>,
    /// Selected source ids.
    pub sources: Option<&'a [u32]>,
    /// Selected collection ids.
    pub collections: Option<&'a [u32]>,
    /// Selected year ids.
    pub years: Option<&'a [u32]>,
    /// The day range, when one is set.
    pub range: Option<(u32, u32)>,
}

#[cfg(test)]
mod tests {
    use super::walk_cost;

    #[test]
    fn the_walking_cost_of_a_large_base_does_not_overflow_32_bits() {
        // 85,000 of 100,000 documents with 350,000 tags: the product is
        // 3.8e10, past u32::MAX (a wasm usize).
        assert_eq!(walk_cost(85_000, 350_000, 100_000), 382_500);
        assert_eq!(walk_cost(0, 10, 0), 0);
    }
}
