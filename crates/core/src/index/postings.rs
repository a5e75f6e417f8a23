//! Per-term postings: which documents hold a term, how strongly, and where.

/// Scale of the quantized saturated frequencies stored in [`Postings::sat`].
pub const SAT_SCALE: f32 = 65535.0;

/// The documents holding one term, in increasing doc id order.
///
/// Stored as parallel arrays (structure of arrays) so a scan over doc ids
/// and scores touches only the bytes it needs: 6 bytes per posting plus
/// 4 per occurrence for positions.
#[derive(Debug, Default, Clone)]
pub struct Postings {
    /// Dense doc ids, increasing.
    pub docs: Vec<u32>,
    /// BM25F saturated pseudo frequency `tf~ / (k1 + tf~)`, times [`SAT_SCALE`].
    pub sat: Vec<u16>,
    /// Where each posting's positions start in `positions`; one more entry
    /// than `docs`, the last being `positions.len()`.
    pub pos_offsets: Vec<u32>,
    /// Token positions of every occurrence, posting after posting, increasing
    /// within a posting.
    pub positions: Vec<u32>,
}

impl Postings {
    /// The number of documents holding the term.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no document holds the term.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The saturated frequency of the `i`-th posting, in `0..1`.
    pub fn saturation(&self, i: usize) -> f32 {
        f32::from(self.sat[i]) / SAT_SCALE
    }

    /// The positions of the `i`-th posting.
    pub fn positions(&self, i: usize) -> &[u32] {
        &self.positions[self.pos_offsets[i] as usize..self.pos_offsets[i + 1] as usize]
    }

    /// The index of `doc`'s posting, if the term occurs in it.
    pub fn find(&self, doc: u32) -> Option<usize> {
        self.docs.binary_search(&doc).ok()
    }

    /// Heap bytes used.
    pub fn heap_bytes(&self) -> usize {
        self.docs.capacity() * 4
            + self.sat.capacity() * 2
            + self.pos_offsets.capacity() * 4
            + self.positions.capacity() * 4
    }
}
