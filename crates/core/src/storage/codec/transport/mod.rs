//! The index as it travels and rests (format 4, and 5 with topics): the engine's in-memory
//! arrays ([`layout`](super::layout)), each encoded by a codec suited to it
//! and grouped into sections, each section brotli-compressed.
//!
//! Container, all numbers little-endian `u32`: the 16-byte header
//! ([`MAGIC`](super::MAGIC), the version, the length of the first part),
//! the number of sections, a checksum of the rest (FNV-1a of its bytes),
//! per section its id ([`SECTIONS`]), the byte offset and length of its
//! compressed payload and the length of the decompressed stream, the
//! in-memory byte length of every array; then the payloads in order. A
//! section is decoded from its own payload plus arrays of earlier sections
//! (the postings' term starts, the position counts).
//!
//! The file is cut in two after the first [`FIRST_SECTIONS`] sections'
//! payloads ([`parts`]): the first part (`index.bin`) holds everything a
//! search needs to show its cards, the rest (`index-rest.bin`) the
//! positions (phrases) and the related terms. An engine opens from the
//! first part alone and is completed when the rest arrives.
//!
//! Loading inflates each section, decodes its arrays into the same aligned
//! buffer [`layout::write`](super::layout::write) produces, and hands that
//! to the reader that validates it: a corrupt file is an [`IndexError`],
//! whatever the codec produced.

mod assembly;
mod codec;
pub(crate) mod parts;
#[cfg(test)]
mod tests;

use super::blob::{Blob, Reader};
use super::layout::ARRAYS;
use super::{check_header, header, IndexError, HEADER_LEN};
use assembly::Assembly;
use codec::{decode_section, encode_section, Codec};

/// Brotli quality for sections up to [`BEST_UP_TO`] bytes (the best).
const BEST: i32 = 11;
/// Larger sections (a site of tens of thousands of articles) get quality 9,
/// many times faster to write and a few percent larger.
const BEST_UP_TO: usize = 4 << 20;
/// Brotli window: 4 MB (log 2).
const WINDOW: i32 = 22;

/// A section: its name and its arrays (the first array each codec covers).
pub struct Section {
    /// The section's name in size reports.
    pub name: &'static str,
    items: &'static [(usize, Codec)],
}

/// The sections of a format-3 index, in order; a section's id is its index.
/// The order is the one a reader wants them in while the file arrives: what
/// matches, counts and ranks (dictionary, facets, doc ids, impacts), then
/// what shows hits (stored text), then what only phrases and related
/// articles need (positions, related terms).
pub const SECTIONS: [Section; 8] = [
    Section {
        name: "options",
        items: &[(0, Codec::Raw)],
    },
    Section {
        name: "dictionary",
        items: &[
            (1, Codec::SortedStrings),
            (3, Codec::SortedStrings),
            (5, Codec::Zigzag),
            (6, Codec::SurfaceOffsets(5, 1)),
            (7, Codec::SurfacesByTerm(5, 1)),
        ],
    },
    Section {
        name: "facets and dates",
        items: &[
            (15, Codec::Strings),
            (17, Codec::Strings),
            (19, Codec::Strings),
            (21, Codec::Delta),
            (22, Codec::Plus1),
            (23, Codec::Plus1),
            (24, Codec::Plus1),
            (25, Codec::Plus1),
            (26, Codec::Raw),
            (27, Codec::Plus1),
            (28, Codec::Plus1),
            (29, Codec::Plus1),
            (35, Codec::Strings),
            (37, Codec::Strings),
            (39, Codec::Strings),
            (41, Codec::Strings),
            (43, Codec::Delta),
            (44, Codec::Plus1),
            (45, Codec::Plus1),
            (46, Codec::Plus1),
        ],
    },
    Section {
        name: "doc ids",
        items: &[
            (9, Codec::Delta),
            (8, Codec::IdfByDf(9)),
            (10, Codec::Segmented(9)),
        ],
    },
    Section {
        name: "impacts",
        items: &[(11, Codec::HighByte)],
    },
    Section {
        name: "stored text",
        items: &[
            (30, Codec::DocStrings),
            (32, Codec::Plus1),
            (47, Codec::Strings),
        ],
    },
    Section {
        name: "positions",
        items: &[
            (12, Codec::Raw),
            (13, Codec::PositionBlocks(12)),
            (14, Codec::Runs(12)),
        ],
    },
    Section {
        name: "related terms",
        items: &[(33, Codec::Delta), (34, Codec::Segmented(33))],
    },
];

/// How many sections the first part holds: everything up to the stored
/// text; the positions and the related terms are the rest.
pub const FIRST_SECTIONS: usize = 6;

/// Bytes before the section table: the header, the section count and the
/// rest's checksum.
const TABLE_AT: usize = HEADER_LEN + 8;

/// Where the in-memory byte length of each array is (after the section
/// table), so that loading can lay the arrays out before decoding them.
const SIZES_AT: usize = TABLE_AT + SECTIONS.len() * 16;

/// Where the first payload starts.
const PAYLOADS_AT: usize = SIZES_AT + ARRAYS * 4;

/// The most memory a file may ask for, as a multiple of its own length
/// (real indexes: 4–6 times), so that a corrupt length cannot make loading
/// allocate without bound.
const MAX_EXPANSION: usize = 64;

/// One section's bytes at each stage, for size reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionBytes {
    /// Its name.
    pub name: &'static str,
    /// Its arrays in memory, one after another (the engine's layout, as
    /// format 2 stored them but for alignment padding).
    pub memory: Vec<u8>,
    /// Its stream once encoded, before compression.
    pub stream: Vec<u8>,
    /// The size of its compressed payload in the file.
    pub stored: usize,
}

/// The file's bytes for the engine's in-memory `blob`.
pub fn encode(blob: &Blob) -> Vec<u8> {
    let arrays = arrays_of(blob).expect("the engine's own arrays");
    let streams: Vec<Vec<u8>> = SECTIONS
        .iter()
        .map(|s| encode_section(s, &arrays))
        .collect();
    let payloads: Vec<Vec<u8>> = streams.iter().map(|s| compress(s, None)).collect();
    let lens: Vec<usize> = streams.iter().map(Vec::len).collect();
    let sizes: Vec<usize> = arrays.iter().map(|a| a.len()).collect();
    container(&sizes, &lens, &payloads)
}

/// The file holding the arrays' byte lengths `sizes` and the sections'
/// compressed `payloads`, whose streams have lengths `lens`.
fn container(sizes: &[usize], lens: &[usize], payloads: &[Vec<u8>]) -> Vec<u8> {
    let mut out = header().to_vec();
    let first: usize = PAYLOADS_AT
        + payloads[..FIRST_SECTIONS]
            .iter()
            .map(Vec::len)
            .sum::<usize>();
    out[HEADER_LEN - 4..].copy_from_slice(&(first as u32).to_le_bytes());
    out.extend_from_slice(&(SECTIONS.len() as u32).to_le_bytes());
    let rest = fnv1a(payloads[FIRST_SECTIONS..].iter().flatten().copied());
    out.extend_from_slice(&rest.to_le_bytes());
    let mut at = PAYLOADS_AT;
    for (id, (len, payload)) in lens.iter().zip(payloads).enumerate() {
        for x in [id, at, payload.len(), *len] {
            out.extend_from_slice(&(x as u32).to_le_bytes());
        }
        at += payload.len();
    }
    sizes
        .iter()
        .for_each(|&x| out.extend_from_slice(&(x as u32).to_le_bytes()));
    payloads.iter().for_each(|p| out.extend_from_slice(p));
    out
}

/// The engine's in-memory bytes for a file's `bytes`.
///
/// Memory: the in-memory buffer, allocated once at its final size, plus one
/// section's stream and one array at a time.
pub fn decode(bytes: &[u8]) -> Result<Blob, IndexError> {
    let table = table_of(bytes)?;
    if file_len(&table) != bytes.len() {
        return Err(IndexError::Truncated);
    }
    let (first, rest) = parts::split(bytes)?;
    parts::check_rest(first, rest)?;
    let mut asm = Assembly::new(&sizes_of(bytes)?, bytes.len())?;
    for (id, (section, &(off, len, want))) in SECTIONS.iter().zip(&table).enumerate() {
        let stream = stream_of(id, &bytes[off..off + len], want)?;
        decode_section(section, &stream, &mut asm)?;
    }
    asm.finish()
}

/// Each section's bytes in the file `bytes`: in memory, encoded, stored.
pub fn sections(bytes: &[u8]) -> Result<Vec<SectionBytes>, IndexError> {
    let streams = streams_of(bytes)?;
    let blob = decode(bytes)?;
    let arrays = arrays_of(&blob)?;
    let table = table_of(bytes)?;
    Ok(SECTIONS
        .iter()
        .zip(streams)
        .zip(table)
        .map(|((s, stream), (_, len, _))| SectionBytes {
            name: s.name,
            memory: s
                .items
                .iter()
                .flat_map(|&(i, c)| i..i + c.arrays())
                .flat_map(|i| arrays[i].iter().copied())
                .collect(),
            stream,
            stored: len,
        })
        .collect())
}

/// The arrays of an in-memory blob, as bytes.
fn arrays_of(blob: &Blob) -> Result<Vec<&[u8]>, IndexError> {
    let mut r = Reader::new(blob, HEADER_LEN)?;
    (0..ARRAYS)
        .map(|_| r.array::<u8>().map(|a| a.of(blob)))
        .collect()
}

/// Each section's payload (offset and length in the whole file) and
/// inflated length, after checking the header, read from `bytes` (the whole
/// file or its first part): the payloads follow each other from the end of
/// the table on, and the first part ends where the rest's payloads start.
fn table_of(bytes: &[u8]) -> Result<Vec<(usize, usize, usize)>, IndexError> {
    check_header(bytes)?;
    if word(bytes, TABLE_AT - 8)? != SECTIONS.len() {
        return Err(IndexError::Corrupt("section count".into()));
    }
    let mut table: Vec<(usize, usize, usize)> = Vec::with_capacity(SECTIONS.len());
    for id in 0..SECTIONS.len() {
        let at = TABLE_AT + id * 16;
        let [sid, off, len, stream] = [0, 4, 8, 12].map(|d| word(bytes, at + d));
        let (sid, off, len, stream) = (sid?, off?, len?, stream?);
        if sid != id {
            return Err(IndexError::Corrupt(format!("section {id} has id {sid}")));
        }
        let expected = table.last().map_or(PAYLOADS_AT, |&(o, l, _)| o + l);
        if off != expected || off.checked_add(len).is_none() {
            return Err(IndexError::Corrupt(format!("section {id}: offset")));
        }
        table.push((off, len, stream));
    }
    if table[FIRST_SECTIONS].0 != word(bytes, HEADER_LEN - 4)? {
        return Err(IndexError::Corrupt("first part length".into()));
    }
    Ok(table)
}

/// The whole file's length, as its table says.
fn file_len(table: &[(usize, usize, usize)]) -> usize {
    table.last().map_or(PAYLOADS_AT, |&(o, l, _)| o + l)
}

/// The word at byte `at` of `bytes`.
fn word(bytes: &[u8], at: usize) -> Result<usize, IndexError> {
    bytes
        .get(at..at + 4)
        .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
        .ok_or(IndexError::Truncated)
}

/// The in-memory byte length of every array, as the file declares them.
fn sizes_of(bytes: &[u8]) -> Result<Vec<usize>, IndexError> {
    (0..ARRAYS).map(|i| word(bytes, SIZES_AT + i * 4)).collect()
}

/// FNV-1a (32 bits) of `bytes`: ties the rest to its first part.
fn fnv1a(bytes: impl Iterator<Item = u8>) -> u32 {
    bytes.fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Each section's decompressed stream.
fn streams_of(bytes: &[u8]) -> Result<Vec<Vec<u8>>, IndexError> {
    let table = table_of(bytes)?;
    if file_len(&table) != bytes.len() {
        return Err(IndexError::Truncated);
    }
    table
        .into_iter()
        .enumerate()
        .map(|(id, (off, len, want))| stream_of(id, &bytes[off..off + len], want))
        .collect()
}

/// Section `id`'s stream, decompressed from `payload`: `want` bytes.
fn stream_of(id: usize, payload: &[u8], want: usize) -> Result<Vec<u8>, IndexError> {
    let s = decompress(payload, want)
        .map_err(|_| IndexError::Corrupt(format!("section {id}: bad compressed data")))?;
    if s.len() != want {
        return Err(IndexError::Corrupt(format!("section {id}: stream length")));
    }
    Ok(s)
}

/// `stream`, brotli-compressed.
fn compress(stream: &[u8], quality: Option<i32>) -> Vec<u8> {
    let best = if stream.len() <= BEST_UP_TO { BEST } else { 9 };
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality.unwrap_or(best),
        lgwin: WINDOW,
        size_hint: stream.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &stream[..], &mut out, &params).expect("writing to memory");
    out
}

/// The stream in `payload`, read up to one byte past `want` (so that a
/// corrupt payload cannot make it allocate more than announced).
fn decompress(payload: &[u8], want: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::with_capacity(want.min(payload.len().saturating_mul(64)));
    brotli_decompressor::Decompressor::new(payload, 4096)
        .take(want as u64 + 1)
        .read_to_end(&mut out)?;
    Ok(out)
}
