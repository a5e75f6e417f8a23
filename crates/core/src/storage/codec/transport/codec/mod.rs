//! How each array of a format-3 section is encoded and decoded: the
//! codecs [`SECTIONS`](super::SECTIONS) names.

mod decode;
mod encode;

pub(super) use decode::decode_section;
pub(super) use encode::encode_section;

/// Strings stored per document (see [`crate::storage::stored`]).
const DOC_FIELDS: usize = 6;

/// How one array (or a pair: offsets and text) is encoded. Array numbers
/// are positions in [`layout`](super::super::layout)'s order.
#[derive(Clone, Copy, Debug)]
pub(super) enum Codec {
    /// The bytes as they are.
    Raw,
    /// Increasing `u32`s: the gaps.
    Delta,
    /// `u32`s (ids, counts, [`NONE`](crate::counting::doc_values::NONE)):
    /// each plus one, so that `NONE` takes one byte.
    Plus1,
    /// `u32`s that move little from one to the next (each surface word's
    /// term, the surface words being sorted like the terms): the zigzagged
    /// differences.
    Zigzag,
    /// `u32`s increasing within each segment cut by the offsets in array
    /// `.0` (doc ids of each term): the first, then each gap minus one.
    Segmented(usize),
    /// `u16` impacts quantized to 256 levels (`q · 257`): `q`.
    HighByte,
    /// `u16` positions in runs whose lengths are the `u8`s of array `.0`:
    /// the first of each run, then the gaps.
    Runs(usize),
    /// Position block offsets: derived from the counts in array `.0`.
    PositionBlocks(usize),
    /// Idf per term: a table from document frequency (from the term starts
    /// in array `.0`) to the value's bits, or the raw values if they are not
    /// a function of the frequency.
    IdfByDf(usize),
    /// Sorted strings (offsets in this array, text in the next),
    /// front-coded: per string the bytes it shares with the previous one and
    /// the rest's length, then the rests.
    SortedStrings,
    /// Strings in any order (offsets here, text in the next): lengths, then
    /// the text.
    Strings,
    /// The documents' six strings (offsets here, text in the next): each
    /// field's strings together (titles with titles), the permalink without
    /// its final slug when it ends with it.
    DocStrings,
    /// Each term's first surface word offset: derived by counting the terms
    /// of the surface words in array `.0` (there are `len(array .1) - 1`
    /// terms).
    SurfaceOffsets(usize, usize),
    /// Surface words grouped by term: derived from array `.0`.
    SurfacesByTerm(usize, usize),
}

impl Codec {
    /// How many arrays the codec writes.
    pub(super) fn arrays(self) -> usize {
        match self {
            Codec::SortedStrings | Codec::Strings | Codec::DocStrings => 2,
            _ => 1,
        }
    }
}

fn u32s(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect()
}

fn u32_bytes(xs: &[u32]) -> Vec<u8> {
    xs.iter().flat_map(|x| x.to_le_bytes()).collect()
}
