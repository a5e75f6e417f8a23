//! Postings: which documents hold a term, how strongly, and where.
//!
//! Every term's postings live in a few flat arrays shared by all terms
//! (structure of arrays, read in place from the index's bytes): doc ids
//! (`u32`), quantized saturated frequencies (`u16`), the number of
//! positions of each posting (`u8`), and the positions themselves (`u16`).
//! Position offsets are block-sparse: one `u32` every [`POS_BLOCK`]
//! postings, the rest summed from the counts.

use crate::storage::codec::blob::{Arr, Blob, Reader, Writer};
use crate::storage::codec::IndexError;

/// Scale of the quantized saturated frequencies stored in [`Postings::sat`].
pub const SAT_SCALE: f32 = 65535.0;

/// Postings per stored position offset.
pub const POS_BLOCK: usize = 16;

/// The most positions kept per posting (further occurrences of a word in
/// one document still count in its frequency, but phrases do not see them).
pub const MAX_POSITIONS: usize = u8::MAX as usize;

/// Positions past this are not stored (a document of more than 65,535
/// tokens: phrases are not found beyond it).
pub const MAX_POSITION: u32 = u16::MAX as u32;

/// The postings of every term, read in place.
#[derive(Debug, Clone, Default)]
pub struct PostingStore {
    blob: Option<Blob>,
    starts: Arr<u32>,
    docs: Arr<u32>,
    sat: Arr<u16>,
    lens: Arr<u8>,
    blocks: Arr<u32>,
    positions: Arr<u16>,
}

/// The documents holding one term, in increasing doc id order.
#[derive(Debug, Clone, Copy)]
pub struct Postings<'a> {
    /// Dense doc ids, increasing.
    pub docs: &'a [u32],
    /// BM25F saturated pseudo frequency `tf~ / (k1 + tf~)`, times [`SAT_SCALE`].
    pub sat: &'a [u16],
    first: usize,
    lens: &'a [u8],
    blocks: &'a [u32],
    positions: &'a [u16],
}

impl<'a> Postings<'a> {
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

    /// The positions of the `i`-th posting, increasing.
    pub fn positions(&self, i: usize) -> &'a [u16] {
        self.positions_at(i, self.position_start(i))
    }

    /// Where the positions of the `i`-th posting start in the shared
    /// positions array (for walking postings in order with
    /// [`Self::positions_at`], adding [`Self::position_count`] each step).
    pub fn position_start(&self, i: usize) -> usize {
        let g = self.first + i;
        let b = g / POS_BLOCK;
        let skipped: usize = self.lens[b * POS_BLOCK..g]
            .iter()
            .map(|&l| usize::from(l))
            .sum();
        self.blocks[b] as usize + skipped
    }

    /// The positions of the `i`-th posting, which start at `start`
    /// ([`Self::position_start`]).
    #[inline]
    pub fn positions_at(&self, i: usize, start: usize) -> &'a [u16] {
        &self.positions[start..start + usize::from(self.lens[self.first + i])]
    }

    /// How many positions the `i`-th posting has (at most [`MAX_POSITIONS`]).
    pub fn position_count(&self, i: usize) -> usize {
        usize::from(self.lens[self.first + i])
    }

    /// The index of `doc`'s posting, if the term occurs in it.
    pub fn find(&self, doc: u32) -> Option<usize> {
        self.docs.binary_search(&doc).ok()
    }
}

impl PostingStore {
    /// The postings of term `t`.
    #[inline]
    pub fn get(&self, t: u32) -> Postings<'_> {
        let blob = self.blob.as_ref().expect("a read store");
        let starts = self.starts.of(blob);
        let (a, b) = (starts[t as usize] as usize, starts[t as usize + 1] as usize);
        Postings {
            docs: &self.docs.of(blob)[a..b],
            sat: &self.sat.of(blob)[a..b],
            first: a,
            lens: self.lens.of(blob),
            blocks: self.blocks.of(blob),
            positions: self.positions.of(blob),
        }
    }

    /// The number of (term, document) pairs.
    pub fn posting_count(&self) -> usize {
        self.docs.len()
    }

    /// The number of stored positions.
    pub fn position_count(&self) -> usize {
        self.positions.len()
    }

    /// Bytes used.
    pub fn heap_bytes(&self) -> usize {
        self.starts.len() * 4
            + self.docs.len() * 6
            + self.lens.len()
            + self.blocks.len() * 4
            + self.positions.len() * 2
    }

    /// Reads the arrays [`PostingsBuilder::write`] wrote, checking that
    /// offsets are increasing and in bounds and doc ids below `docs`.
    pub fn read(
        r: &mut Reader<'_>,
        blob: &Blob,
        terms: usize,
        doc_count: usize,
    ) -> Result<Self, IndexError> {
        let corrupt = |what: &str| IndexError::Corrupt(format!("postings: {what}"));
        let starts = r.exact::<u32>(terms + 1, "posting starts")?;
        let docs = r.array::<u32>()?;
        let n = docs.len();
        let sat = r.exact::<u16>(n, "frequencies")?;
        let lens = r.exact::<u8>(n, "position counts")?;
        let blocks = r.exact::<u32>(n.div_ceil(POS_BLOCK) + 1, "position blocks")?;
        let positions = r.array::<u16>()?;
        let s = starts.of(blob);
        if s[0] != 0 || s[terms] as usize != n || s.windows(2).any(|w| w[0] > w[1]) {
            return Err(corrupt("term offsets"));
        }
        for t in 0..terms {
            let d = &docs.of(blob)[s[t] as usize..s[t + 1] as usize];
            if d.windows(2).any(|w| w[0] >= w[1])
                || d.last().is_some_and(|&x| x as usize >= doc_count)
            {
                return Err(corrupt("doc ids"));
            }
        }
        let (l, bl) = (lens.of(blob), blocks.of(blob));
        let mut at = 0u64;
        for (i, chunk) in l.chunks(POS_BLOCK).enumerate() {
            if u64::from(bl[i]) != at {
                return Err(corrupt("position blocks"));
            }
            at += chunk.iter().map(|&x| u64::from(x)).sum::<u64>();
        }
        if u64::from(bl[bl.len() - 1]) != at || at != positions.len() as u64 {
            return Err(corrupt("position count"));
        }
        Ok(Self {
            blob: Some(blob.clone()),
            starts,
            docs,
            sat,
            lens,
            blocks,
            positions,
        })
    }
}

/// Postings gathered term after term, in the final term order.
#[derive(Debug, Default)]
pub struct PostingsBuilder {
    starts: Vec<u32>,
    docs: Vec<u32>,
    sat: Vec<u16>,
    lens: Vec<u8>,
    positions: Vec<u16>,
}

impl PostingsBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self {
            starts: vec![0],
            ..Self::default()
        }
    }

    /// Appends one posting of the current term: `positions` increasing,
    /// kept up to [`MAX_POSITIONS`] and [`MAX_POSITION`].
    pub fn push(&mut self, doc: u32, sat: u16, positions: &[u32]) {
        self.docs.push(doc);
        self.sat.push(sat);
        let before = self.positions.len();
        self.positions.extend(
            positions
                .iter()
                .take_while(|&&p| p <= MAX_POSITION)
                .take(MAX_POSITIONS)
                .map(|&p| p as u16),
        );
        self.lens.push((self.positions.len() - before) as u8);
    }

    /// Ends the current term.
    pub fn end_term(&mut self) {
        self.starts.push(self.docs.len() as u32);
    }

    /// The doc ids and position counts so far, by global posting index,
    /// with each term's range (for computing related terms).
    pub fn view(&self) -> (&[u32], &[u32], &[u8]) {
        (&self.starts, &self.docs, &self.lens)
    }

    /// Writes the six arrays [`PostingStore::read`] reads.
    pub fn write(&self, w: &mut Writer) {
        let mut blocks = Vec::with_capacity(self.lens.len() / POS_BLOCK + 2);
        let mut at = 0u32;
        for chunk in self.lens.chunks(POS_BLOCK) {
            blocks.push(at);
            at += chunk.iter().map(|&x| u32::from(x)).sum::<u32>();
        }
        blocks.push(at);
        w.push(&self.starts);
        w.push(&self.docs);
        w.push(&self.sat);
        w.push(&self.lens);
        w.push(&blocks);
        w.push(&self.positions);
    }
}
