//! Keeping the best `k` of many documents with a small heap.
//!
//! Each document gets one `u64` sort key, higher is better, so keeping the
//! top `k` of `n` results costs about one comparison per result (against
//! the heap's weakest) instead of sorting them all.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::counting::dense::Bitset;
use crate::counting::doc_values::DocValues;
use crate::query::Sort;
use crate::search::matcher::Scratch;

/// The best `k` documents seen so far.
#[derive(Debug)]
pub struct TopK {
    k: usize,
    heap: BinaryHeap<Reverse<(u64, u32)>>,
    /// The weakest kept key once `k` are kept: most documents are turned
    /// away by one comparison with it.
    floor: Option<u64>,
}

impl TopK {
    /// An empty selection of at most `k` documents.
    pub fn new(k: usize) -> Self {
        Self {
            k,
            heap: BinaryHeap::with_capacity(k.min(1 << 16)),
            floor: None,
        }
    }

    /// Offers `doc` with its `key`.
    #[inline(always)]
    pub fn push(&mut self, key: u64, doc: u32) {
        match self.floor {
            Some(floor) if key <= floor => {}
            Some(_) => {
                if let Some(mut weakest) = self.heap.peek_mut() {
                    *weakest = Reverse((key, doc));
                }
                self.floor = self.heap.peek().map(|w| w.0 .0);
            }
            None if self.heap.len() < self.k => {
                self.heap.push(Reverse((key, doc)));
                if self.heap.len() == self.k {
                    self.floor = self.heap.peek().map(|w| w.0 .0);
                }
            }
            None => {}
        }
    }

    /// Offers every document of `docs`, each with its [`sort_key`].
    ///
    /// By relevance, most documents are turned away on their tier and
    /// score alone (the key's high bits), before their date is read.
    pub fn push_all(
        &mut self,
        docs: &Bitset,
        sort: Sort,
        scored: bool,
        scratch: &Scratch,
        meta: &DocValues,
    ) {
        if !(scored && sort == Sort::Relevance) {
            docs.for_each(|d| self.push(sort_key(sort, scored, scratch, meta, d), d));
            return;
        }
        docs.for_each(|d| {
            let high = scratch.rank_bits(d);
            if self.floor.is_some_and(|f| high < f >> RECENCY_BITS) {
                return;
            }
            let key = (high << RECENCY_BITS) | recency(meta, d);
            self.push(key, d);
        });
    }

    /// The kept documents, best first.
    pub fn into_sorted(self) -> Vec<u32> {
        let mut v: Vec<(u64, u32)> = self.heap.into_iter().map(|Reverse(x)| x).collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.into_iter().map(|(_, d)| d).collect()
    }
}

/// `x`, or 0 when it is negative (or NaN). Not `f32::max`: its NaN rules
/// make it a call to `fmaxf` in wasm, once per result.
#[inline(always)]
fn non_negative(x: f32) -> f32 {
    if x > 0.0 {
        x
    } else {
        0.0
    }
}

/// Bits of recency at the bottom of a relevance sort key.
const RECENCY_BITS: u32 = 24;

/// Newer is larger: the inverted date rank, on [`RECENCY_BITS`] bits.
#[inline(always)]
fn recency(meta: &DocValues, doc: u32) -> u64 {
    let rank = meta.date_rank[doc as usize];
    0x00FF_FFFF - u64::from(rank.min(0x00FF_FFFF))
}

/// The sort key of a document: higher comes first.
///
/// * relevance with text: typo-free groups matched (8 bits), then the score
///   (its `f32` bits, which order like the non-negative value), then recency
///   (24 bits of inverted date rank);
/// * relevance without text, and newest: inverted date rank;
/// * oldest: dated documents by date rank (the oldest has the largest),
///   above undated ones.
#[inline(always)]
pub fn sort_key(sort: Sort, scored: bool, scratch: &Scratch, meta: &DocValues, doc: u32) -> u64 {
    let rank = meta.date_rank[doc as usize];
    match sort {
        Sort::Relevance if scored => {
            (u64::from(scratch.tier(doc)) << 56)
                | (u64::from(non_negative(scratch.score(doc)).to_bits()) << RECENCY_BITS)
                | recency(meta, doc)
        }
        Sort::Relevance | Sort::Newest => u64::from(u32::MAX - rank),
        Sort::Oldest => {
            if meta.doc_day[doc as usize] == 0 {
                u64::from(u32::MAX - rank)
            } else {
                (1 << 32) | u64::from(rank)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TopK;

    #[test]
    fn the_best_k_are_kept_in_order() {
        let mut top = TopK::new(3);
        for (key, doc) in [(5, 0), (1, 1), (9, 2), (7, 3), (3, 4)] {
            top.push(key, doc);
        }
        assert_eq!(top.into_sorted(), [2, 3, 0]);
    }

    #[test]
    fn fewer_than_k_are_all_kept() {
        let mut top = TopK::new(10);
        top.push(1, 7);
        assert_eq!(top.into_sorted(), [7]);
    }
}
