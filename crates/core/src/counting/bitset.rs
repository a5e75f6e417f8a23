//! Sets of document ids as bitsets: one bit per document, so that
//! intersections and their sizes cost an AND and a popcount per 64
//! documents (see [`crate::counting::dense`]).

/// A set of document ids, one bit each.
#[derive(Debug, Clone)]
pub struct Bitset(Vec<u64>);

impl Bitset {
    /// The 64-document words, document `d` at bit `d % 64` of word `d / 64`.
    pub fn words(&self) -> &[u64] {
        &self.0
    }
}

impl Bitset {
    /// An empty set for `n` documents.
    pub fn empty(n: usize) -> Self {
        Bitset(vec![0; n.div_ceil(64)])
    }

    /// The set of documents `0..n`.
    pub fn full(n: usize) -> Self {
        let mut b = Bitset(vec![u64::MAX; n.div_ceil(64)]);
        if !n.is_multiple_of(64) {
            if let Some(last) = b.0.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        b
    }

    /// The set of `docs`.
    pub fn of(n: usize, docs: &[u32]) -> Self {
        let mut b = Self::empty(n);
        for &d in docs {
            b.insert(d);
        }
        b
    }

    /// Adds `doc`.
    #[inline]
    pub fn insert(&mut self, doc: u32) {
        self.0[doc as usize / 64] |= 1 << (doc % 64);
    }

    /// Whether `doc` is in the set.
    #[inline]
    pub fn contains(&self, doc: u32) -> bool {
        self.0[doc as usize / 64] & (1 << (doc % 64)) != 0
    }

    /// Keeps only the documents also in `other`.
    pub fn and(&mut self, other: &Bitset) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }

    /// Adds the documents of `other`.
    pub fn or(&mut self, other: &Bitset) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    /// The number of documents in both sets.
    pub fn and_count(&self, other: &Bitset) -> usize {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// The number of documents in the set.
    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Calls `f` for each document, in increasing order.
    #[inline]
    pub fn for_each(&self, mut f: impl FnMut(u32)) {
        for (i, &w) in self.0.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                f(i as u32 * 64 + w.trailing_zeros());
                w &= w - 1;
            }
        }
    }
}

impl Bitset {
    /// Calls `f` for each document of `0..n` *not* in the set, in
    /// increasing order (`n` at most the set's capacity).
    #[inline]
    pub fn for_each_absent(&self, n: usize, mut f: impl FnMut(u32)) {
        for (i, &w) in self.0.iter().enumerate() {
            let mut w = !w;
            let base = i * 64;
            if base + 64 > n {
                w &= if n > base {
                    (1u64 << (n - base)) - 1
                } else {
                    0
                };
            }
            while w != 0 {
                f(base as u32 + w.trailing_zeros());
                w &= w - 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bitset;

    #[test]
    fn the_absent_documents_are_the_others_below_n_in_order() {
        for n in [0, 1, 63, 64, 65, 130] {
            let docs: Vec<u32> = (0..n as u32).filter(|d| d % 3 == 1).collect();
            let set = Bitset::of(n, &docs);
            let mut absent = Vec::new();
            set.for_each_absent(n, |d| absent.push(d));
            let want: Vec<u32> = (0..n as u32).filter(|d| d % 3 != 1).collect();
            assert_eq!(absent, want, "n = {n}");
        }
    }
}
