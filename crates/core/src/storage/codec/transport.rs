//! The index as it travels and rests (`index.bin`, format 3): the engine's
//! in-memory arrays ([`layout`](super::layout)), each encoded by a codec
//! suited to it and grouped into sections, each section brotli-compressed.
//!
//! Container, all numbers little-endian `u32`: the 16-byte header
//! ([`MAGIC`](super::MAGIC), the version, four zero bytes), the number of
//! sections, and per section its id ([`SECTIONS`]), the byte offset and
//! length of its compressed payload and the length of the decompressed stream;
//! then the payloads. A section is decoded from its own payload plus
//! arrays of earlier sections (the postings' term starts, the position
//! counts), so a later version can fetch sections separately.
//!
//! Loading inflates each section, decodes its arrays into the same aligned
//! buffer [`layout::write`](super::layout::write) produces, and hands that
//! to the reader that validates it: a corrupt file is an [`IndexError`],
//! whatever the codec produced.

use super::blob::{Blob, Reader, Writer};
use super::layout::ARRAYS;
use super::varint::{self, Cursor};
use super::{check_header, header, IndexError, HEADER_LEN};
use crate::index::postings::POS_BLOCK;

/// Brotli quality for sections up to [`BEST_UP_TO`] bytes (the best).
const BEST: i32 = 11;
/// Larger sections (a site of tens of thousands of articles) get quality 9,
/// many times faster to write and a few percent larger.
const BEST_UP_TO: usize = 4 << 20;
/// Brotli window: 4 MB (log 2).
const WINDOW: i32 = 22;

/// Strings stored per document (see [`crate::storage::stored`]).
const DOC_FIELDS: usize = 6;

/// How one array (or a pair: offsets and text) is encoded. Array numbers
/// are positions in [`layout`](super::layout)'s order.
#[derive(Clone, Copy, Debug)]
enum Codec {
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
    fn arrays(self) -> usize {
        match self {
            Codec::SortedStrings | Codec::Strings | Codec::DocStrings => 2,
            _ => 1,
        }
    }
}

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
        items: &[(30, Codec::DocStrings), (32, Codec::Plus1)],
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

/// Bytes before the section table: the header and the section count.
const TABLE_AT: usize = HEADER_LEN + 4;

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
    out.extend_from_slice(&(SECTIONS.len() as u32).to_le_bytes());
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
    let mut asm = Assembly::new(bytes)?;
    for (id, (section, &(off, len, want))) in SECTIONS.iter().zip(&table).enumerate() {
        let stream = stream_of(id, &bytes[off..off + len], want)?;
        decode_section(section, &stream, &mut asm)?;
    }
    asm.finish()
}

/// The in-memory buffer being filled: the header and array table written,
/// each array's place fixed by the lengths the file declares.
struct Assembly {
    buf: Vec<u8>,
    places: Vec<(usize, usize)>,
    filled: [bool; ARRAYS],
}

impl Assembly {
    fn new(bytes: &[u8]) -> Result<Self, IndexError> {
        let word = |at: usize| -> Result<usize, IndexError> {
            bytes
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
                .ok_or(IndexError::Truncated)
        };
        let mut w = Writer::new(&header(), ARRAYS);
        let mut at = w.written();
        let mut places = Vec::with_capacity(ARRAYS);
        for i in 0..ARRAYS {
            let len = word(SIZES_AT + i * 4)?;
            places.push((at, len));
            at = at
                .checked_add(len)
                .map(|end| end.next_multiple_of(8))
                .filter(|&end| end <= bytes.len().saturating_mul(MAX_EXPANSION))
                .ok_or_else(|| IndexError::Corrupt("array lengths".into()))?;
        }
        w.reserve_to(at);
        for &(_, len) in &places {
            w.push_zeros(len);
        }
        Ok(Self {
            buf: w.finish(HEADER_LEN),
            places,
            filled: [false; ARRAYS],
        })
    }

    /// Array `i`, decoded before the one asking.
    fn get(&self, i: usize) -> Result<&[u8], IndexError> {
        if !self.filled[i] {
            return Err(IndexError::Corrupt(format!("array {i} is needed first")));
        }
        let (at, len) = self.places[i];
        Ok(&self.buf[at..at + len])
    }

    /// Array `i`'s place, to be written once, which must hold `len` bytes.
    fn slot(&mut self, i: usize, len: usize) -> Result<&mut [u8], IndexError> {
        let (at, size) = self.places[i];
        if size != len || self.filled[i] {
            return Err(IndexError::Corrupt(format!("array {i}: length")));
        }
        self.filled[i] = true;
        Ok(&mut self.buf[at..at + len])
    }

    /// Puts array `i` in its place, which must fit it exactly.
    fn set(&mut self, i: usize, bytes: &[u8]) -> Result<(), IndexError> {
        self.slot(i, bytes.len())?.copy_from_slice(bytes);
        Ok(())
    }

    fn finish(self) -> Result<Blob, IndexError> {
        if let Some(i) = self.filled.iter().position(|&f| !f) {
            return Err(IndexError::Corrupt(format!("array {i} is missing")));
        }
        Ok(Blob::from_vec(self.buf))
    }
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

/// Each section's payload (offset and length in `bytes`) and inflated
/// length, after checking the header.
fn table_of(bytes: &[u8]) -> Result<Vec<(usize, usize, usize)>, IndexError> {
    check_header(bytes)?;
    let word = |at: usize| -> Result<usize, IndexError> {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
            .ok_or(IndexError::Truncated)
    };
    if word(TABLE_AT - 4)? != SECTIONS.len() {
        return Err(IndexError::Corrupt("section count".into()));
    }
    let mut table = Vec::with_capacity(SECTIONS.len());
    for id in 0..SECTIONS.len() {
        let at = TABLE_AT + id * 16;
        let (sid, off, len, stream) = (word(at)?, word(at + 4)?, word(at + 8)?, word(at + 12)?);
        if sid != id {
            return Err(IndexError::Corrupt(format!("section {id} has id {sid}")));
        }
        if off < PAYLOADS_AT || off.checked_add(len).is_none_or(|end| end > bytes.len()) {
            return Err(IndexError::Truncated);
        }
        table.push((off, len, stream));
    }
    Ok(table)
}

/// Each section's decompressed stream.
fn streams_of(bytes: &[u8]) -> Result<Vec<Vec<u8>>, IndexError> {
    table_of(bytes)?
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

fn u32s(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect()
}

fn u32_bytes(xs: &[u32]) -> Vec<u8> {
    xs.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn encode_section(s: &Section, arrays: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for &(i, codec) in s.items {
        encode_item(codec, i, arrays, &mut out);
    }
    out
}

fn put_all(out: &mut Vec<u8>, xs: impl ExactSizeIterator<Item = u32>) {
    varint::put(out, xs.len() as u32);
    xs.for_each(|x| varint::put(out, x));
}

fn put_raw(out: &mut Vec<u8>, bytes: &[u8]) {
    varint::put(out, bytes.len() as u32);
    out.extend_from_slice(bytes);
}

fn encode_item(codec: Codec, i: usize, arrays: &[&[u8]], out: &mut Vec<u8>) {
    let a = arrays[i];
    match codec {
        Codec::Raw => put_raw(out, a),
        Codec::Delta => {
            let xs = u32s(a);
            let mut prev = 0u32;
            put_all(
                out,
                xs.iter().map(|&x| {
                    let g = x.wrapping_sub(prev);
                    prev = x;
                    g
                }),
            );
        }
        Codec::Plus1 => put_all(out, u32s(a).iter().map(|x| x.wrapping_add(1))),
        Codec::Zigzag => {
            let mut prev = 0u32;
            put_all(
                out,
                u32s(a).iter().map(|&x| {
                    let d = x.wrapping_sub(prev) as i32;
                    prev = x;
                    ((d << 1) ^ (d >> 31)) as u32
                }),
            );
        }
        Codec::Segmented(by) => {
            let (xs, cuts) = (u32s(a), u32s(arrays[by]));
            let mut prev = 0u32;
            let mut cut = 0;
            put_all(
                out,
                xs.iter().enumerate().map(|(k, &x)| {
                    while cut < cuts.len() && cuts[cut] as usize <= k {
                        cut += 1;
                    }
                    // A segment starts here: the gap is from zero.
                    let first = cut > 0 && cuts[cut - 1] as usize == k;
                    let g = if first {
                        x
                    } else {
                        x.wrapping_sub(prev).wrapping_sub(1)
                    };
                    prev = x;
                    g
                }),
            );
        }
        Codec::HighByte => {
            let hi: Vec<u8> = a.chunks_exact(2).map(|c| c[1]).collect();
            put_raw(out, &hi);
        }
        Codec::Runs(by) => {
            let xs: Vec<u16> = a
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            let mut at = 0usize;
            varint::put(out, xs.len() as u32);
            for &len in arrays[by] {
                let mut prev = 0u16;
                for &x in xs.get(at..at + usize::from(len)).unwrap_or(&[]) {
                    varint::put(out, u32::from(x.wrapping_sub(prev)));
                    prev = x;
                }
                at += usize::from(len);
            }
        }
        Codec::PositionBlocks(_) | Codec::SurfaceOffsets(..) | Codec::SurfacesByTerm(..) => {}
        Codec::IdfByDf(by) => {
            let (vals, starts) = (u32s(a), u32s(arrays[by]));
            let mut table: Vec<(u32, u32)> = starts
                .windows(2)
                .map(|w| w[1].wrapping_sub(w[0]))
                .zip(vals.iter().copied())
                .collect();
            table.sort_unstable();
            table.dedup();
            let function =
                vals.len() + 1 == starts.len() && table.windows(2).all(|w| w[0].0 != w[1].0);
            if function {
                out.push(1);
                let mut prev = 0u32;
                put_all(
                    out,
                    table.iter().map(|&(df, _)| {
                        let g = df.wrapping_sub(prev);
                        prev = df;
                        g
                    }),
                );
                table
                    .iter()
                    .for_each(|(_, bits)| out.extend_from_slice(&bits.to_le_bytes()));
            } else {
                out.push(0);
                put_raw(out, a);
            }
        }
        Codec::SortedStrings => {
            let (offs, text) = (u32s(a), arrays[i + 1]);
            let strings = cut(&offs, text);
            varint::put(out, strings.len() as u32);
            let mut prev: &[u8] = &[];
            let mut rests = Vec::new();
            for s in &strings {
                let shared = s.iter().zip(prev).take_while(|(x, y)| x == y).count();
                varint::put(out, shared as u32);
                varint::put(out, (s.len() - shared) as u32);
                rests.extend_from_slice(&s[shared..]);
                prev = s;
            }
            out.extend_from_slice(&rests);
        }
        Codec::Strings => {
            let (offs, text) = (u32s(a), arrays[i + 1]);
            let strings = cut(&offs, text);
            put_all(out, strings.iter().map(|s| s.len() as u32));
            strings.iter().for_each(|s| out.extend_from_slice(s));
        }
        Codec::DocStrings => {
            let (offs, text) = (u32s(a), arrays[i + 1]);
            let strings = cut(&offs, text);
            let n = strings.len() / DOC_FIELDS;
            varint::put(out, n as u32);
            let field = |d: usize, f: usize| strings[d * DOC_FIELDS + f];
            // The permalink's length without the slug, times two, plus one
            // when the slug was cut off.
            let stored = |d: usize, f: usize| -> &[u8] {
                let (slug, s) = (field(d, 0), field(d, f));
                if f == 1 && !slug.is_empty() && s.ends_with(slug) {
                    &s[..s.len() - slug.len()]
                } else {
                    s
                }
            };
            for f in 0..DOC_FIELDS {
                for d in 0..n {
                    let s = stored(d, f);
                    let len = s.len() as u32;
                    if f == 1 {
                        varint::put(out, len * 2 + u32::from(s.len() != field(d, 1).len()));
                    } else {
                        varint::put(out, len);
                    }
                }
            }
            for f in 0..DOC_FIELDS {
                (0..n).for_each(|d| out.extend_from_slice(stored(d, f)));
            }
        }
    }
}

/// The strings `offs` cut `text` into (the engine's own arrays: in bounds).
fn cut<'a>(offs: &[u32], text: &'a [u8]) -> Vec<&'a [u8]> {
    offs.windows(2)
        .map(|w| &text[w[0] as usize..w[1] as usize])
        .collect()
}

fn decode_section(s: &Section, stream: &[u8], asm: &mut Assembly) -> Result<(), IndexError> {
    let mut c = Cursor::new(stream);
    for &(i, codec) in s.items {
        decode_item(codec, i, &mut c, asm)?;
    }
    if c.remaining() != 0 {
        return Err(IndexError::Corrupt(format!("{}: trailing bytes", s.name)));
    }
    Ok(())
}

fn get_all(c: &mut Cursor<'_>) -> Result<Vec<u32>, IndexError> {
    let n = c.count(1)?;
    (0..n).map(|_| c.get()).collect()
}

fn get_raw<'a>(c: &mut Cursor<'a>) -> Result<&'a [u8], IndexError> {
    let n = c.count(1)?;
    c.take(n)
}

/// The offsets (one more than strings) of strings of lengths `lens`.
fn offsets(lens: impl Iterator<Item = usize>) -> Result<Vec<u32>, IndexError> {
    let mut offs = vec![0u32];
    let mut at = 0u32;
    for l in lens {
        at = u32::try_from(l)
            .ok()
            .and_then(|l| at.checked_add(l))
            .ok_or_else(|| IndexError::Corrupt("strings longer than 4 GB".into()))?;
        offs.push(at);
    }
    Ok(offs)
}

fn decode_item(
    codec: Codec,
    i: usize,
    c: &mut Cursor<'_>,
    asm: &mut Assembly,
) -> Result<(), IndexError> {
    let corrupt = |what: &str| IndexError::Corrupt(format!("array {i}: {what}"));
    let out: Vec<u8> = match codec {
        Codec::Raw => get_raw(c)?.to_vec(),
        Codec::Delta | Codec::Plus1 | Codec::Zigzag => {
            let n = c.count(1)?;
            let slot = asm.slot(i, n.saturating_mul(4))?;
            let mut prev = 0u32;
            for out in slot.chunks_exact_mut(4) {
                let x = c.get()?;
                prev = match codec {
                    Codec::Delta => prev.wrapping_add(x),
                    Codec::Zigzag => {
                        prev.wrapping_add((((x >> 1) as i32) ^ -((x & 1) as i32)) as u32)
                    }
                    _ => x.wrapping_sub(1),
                };
                out.copy_from_slice(&prev.to_le_bytes());
            }
            return Ok(());
        }
        Codec::Segmented(by) => {
            let cuts = u32s(asm.get(by)?);
            let n = c.count(1)?;
            if cuts.first().is_some_and(|&f| f != 0)
                || cuts.last().map_or(n != 0, |&l| l as usize != n)
                || cuts.windows(2).any(|w| w[0] > w[1])
            {
                return Err(corrupt("segments"));
            }
            let slot = asm.slot(i, n.saturating_mul(4))?;
            for w in cuts.windows(2) {
                let seg = &mut slot[w[0] as usize * 4..w[1] as usize * 4];
                let mut prev: Option<u32> = None;
                for out in seg.chunks_exact_mut(4) {
                    let g = c.get()?;
                    let x = match prev {
                        None => Some(g),
                        Some(p) => p.checked_add(g).and_then(|x| x.checked_add(1)),
                    }
                    .ok_or_else(|| corrupt("gap"))?;
                    out.copy_from_slice(&x.to_le_bytes());
                    prev = Some(x);
                }
            }
            return Ok(());
        }
        Codec::HighByte => {
            let qs = get_raw(c)?;
            let slot = asm.slot(i, qs.len().saturating_mul(2))?;
            for (out, &q) in slot.chunks_exact_mut(2).zip(qs) {
                out.copy_from_slice(&(u16::from(q) * 257).to_le_bytes());
            }
            return Ok(());
        }
        Codec::Runs(by) => {
            let lens = asm.get(by)?.to_vec();
            let n = c.count(1)?;
            if lens.iter().map(|&l| usize::from(l)).sum::<usize>() != n {
                return Err(corrupt("runs"));
            }
            let slot = asm.slot(i, n.saturating_mul(2))?;
            let mut outs = slot.chunks_exact_mut(2);
            for &len in &lens {
                let mut prev = 0u16;
                for _ in 0..len {
                    let g = u16::try_from(c.get()?).map_err(|_| corrupt("gap"))?;
                    prev = prev.wrapping_add(g);
                    outs.next()
                        .ok_or_else(|| corrupt("runs"))?
                        .copy_from_slice(&prev.to_le_bytes());
                }
            }
            return Ok(());
        }
        Codec::PositionBlocks(by) => {
            let lens = asm.get(by)?;
            let mut blocks = Vec::with_capacity(lens.len() / POS_BLOCK + 2);
            let mut at = 0u32;
            for chunk in lens.chunks(POS_BLOCK) {
                blocks.push(at);
                let sum: u32 = chunk.iter().map(|&x| u32::from(x)).sum();
                at = at.checked_add(sum).ok_or_else(|| corrupt("positions"))?;
            }
            blocks.push(at);
            u32_bytes(&blocks)
        }
        Codec::IdfByDf(by) => {
            let mode = c.take(1)?[0];
            if mode == 0 {
                get_raw(c)?.to_vec()
            } else {
                let starts = u32s(asm.get(by)?);
                let mut prev = 0u32;
                let dfs: Vec<u32> = get_all(c)?
                    .into_iter()
                    .map(|g| {
                        prev = prev.wrapping_add(g);
                        prev
                    })
                    .collect();
                let bits = u32s(c.take(dfs.len() * 4)?);
                let mut vals = Vec::with_capacity(starts.len());
                for w in starts.windows(2) {
                    let df = w[1].wrapping_sub(w[0]);
                    let k = dfs.binary_search(&df).map_err(|_| corrupt("idf table"))?;
                    vals.push(bits[k]);
                }
                u32_bytes(&vals)
            }
        }
        Codec::SortedStrings => {
            let n = c.count(2)?;
            let mut pairs = Vec::with_capacity(n);
            for _ in 0..n {
                pairs.push((c.get()? as usize, c.get()? as usize));
            }
            let total = pairs
                .iter()
                .try_fold(0usize, |a, p| a.checked_add(p.1))
                .ok_or_else(|| corrupt("lengths"))?;
            let rests = c.take(total)?;
            // Shared prefixes repeat bytes: the declared length bounds them.
            let limit = asm.places[i + 1].1;
            let mut text: Vec<u8> = Vec::with_capacity(total.min(limit));
            let mut lens = Vec::with_capacity(n);
            let (mut prev_at, mut prev_len, mut r) = (0usize, 0usize, 0usize);
            for (shared, rest) in pairs {
                if shared > prev_len || text.len() + shared + rest > limit {
                    return Err(corrupt("shared prefix"));
                }
                let at = text.len();
                text.extend_from_within(prev_at..prev_at + shared);
                text.extend_from_slice(&rests[r..r + rest]);
                r += rest;
                (prev_at, prev_len) = (at, shared + rest);
                lens.push(prev_len);
            }
            asm.set(i + 1, &text)?;
            u32_bytes(&offsets(lens.into_iter())?)
        }
        Codec::Strings => {
            let lens = get_all(c)?;
            let total = lens
                .iter()
                .try_fold(0usize, |a, &l| a.checked_add(l as usize))
                .ok_or_else(|| corrupt("lengths"))?;
            asm.set(i + 1, c.take(total)?)?;
            u32_bytes(&offsets(lens.iter().map(|&l| l as usize))?)
        }
        Codec::DocStrings => {
            let n = c.count(DOC_FIELDS)?;
            let mut lens = Vec::with_capacity(n * DOC_FIELDS);
            for _ in 0..n * DOC_FIELDS {
                lens.push(c.get()? as usize);
            }
            // Permalink lengths carry a flag: whether the slug follows.
            let permalinks = &mut lens[n..2 * n];
            let flags: Vec<bool> = permalinks.iter().map(|&l| l % 2 == 1).collect();
            permalinks.iter_mut().for_each(|l| *l /= 2);
            let total = lens
                .iter()
                .try_fold(0usize, |a, &l| a.checked_add(l))
                .ok_or_else(|| corrupt("lengths"))?;
            let stored = c.take(total)?;
            // Where each field's strings start in `stored`.
            let mut starts = vec![0usize; n * DOC_FIELDS];
            let mut at = 0;
            for f in 0..DOC_FIELDS {
                for d in 0..n {
                    starts[d * DOC_FIELDS + f] = at;
                    at += lens[f * n + d];
                }
            }
            let piece = |d: usize, f: usize| {
                let (s, l) = (starts[d * DOC_FIELDS + f], lens[f * n + d]);
                &stored[s..s + l]
            };
            let mut text = Vec::with_capacity(total);
            let mut doc_lens = Vec::with_capacity(n * DOC_FIELDS);
            for (d, &slug_follows) in flags.iter().enumerate() {
                for f in 0..DOC_FIELDS {
                    let before = text.len();
                    text.extend_from_slice(piece(d, f));
                    if f == 1 && slug_follows {
                        text.extend_from_slice(piece(d, 0));
                    }
                    doc_lens.push(text.len() - before);
                }
            }
            asm.set(i + 1, &text)?;
            u32_bytes(&offsets(doc_lens.into_iter())?)
        }
        Codec::SurfaceOffsets(by, terms_of) | Codec::SurfacesByTerm(by, terms_of) => {
            let surface_terms = u32s(asm.get(by)?);
            let terms = (asm.get(terms_of)?.len() / 4).saturating_sub(1);
            let mut offs = vec![0u32; terms + 1];
            for &t in &surface_terms {
                if t as usize >= terms {
                    return Err(corrupt("surface term ids"));
                }
                offs[t as usize + 1] += 1;
            }
            for k in 1..offs.len() {
                offs[k] += offs[k - 1];
            }
            if let Codec::SurfaceOffsets(..) = codec {
                u32_bytes(&offs)
            } else {
                let mut next = offs;
                let mut by_term = vec![0u32; surface_terms.len()];
                for (s, &t) in surface_terms.iter().enumerate() {
                    by_term[next[t as usize] as usize] = s as u32;
                    next[t as usize] += 1;
                }
                u32_bytes(&by_term)
            }
        }
    };
    asm.set(i, &out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Engine};

    /// An engine over a few articles with every field filled.
    fn engine() -> Engine {
        let words = [
            "stent", "valve", "aortic", "trial", "patients", "FDA", "étude",
        ];
        let articles: Vec<Article> = (0..12)
            .map(|i| {
                let body: Vec<&str> = (0..40).map(|k| words[(i * 7 + k * k) % 7]).collect();
                let mut a = Article::new(
                    if i % 3 == 0 { "papers" } else { "articles" },
                    &format!("slug-{i}"),
                    &format!("Title {} {i}", words[i % 7]),
                    "",
                    &body.join(" "),
                );
                a.summary = Some(format!("Summary {}", words[(i + 3) % 7]));
                a.image_url = (i % 2 == 0).then(|| format!("https://example.org/{i}.jpg"));
                a.date = (i % 5 != 0)
                    .then(|| format!("202{}-0{}-1{}", i % 4, 1 + i % 9, i % 10))
                    .map(|d| d.parse().expect("a date"));
                a.tags = vec![words[i % 4].to_owned()];
                a.source_host = (i % 2 == 1).then(|| "fda.gov".to_owned());
                a
            })
            .collect();
        Engine::new(articles)
    }

    #[test]
    fn decoding_gives_back_the_engine_s_arrays_byte_for_byte() {
        let e = engine();
        let decoded = decode(&encode(&e.blob)).unwrap();
        assert_eq!(decoded.bytes(), e.blob.bytes());
    }

    #[test]
    fn each_permalink_that_ends_with_its_slug_stores_only_its_start() {
        let e = engine();
        let stream = &streams_of(&e.to_bytes()).unwrap()[5];
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains("/papers/slug-0"), "{text}");
        assert!(text.contains("slug-0"));
    }

    #[test]
    fn every_changed_or_cut_stream_byte_is_refused_or_loads_without_panicking() {
        let e = engine();
        let streams = streams_of(&e.to_bytes()).unwrap();
        // Quickly compressed: only the decoders are under test.
        let sizes: Vec<usize> = arrays_of(&e.blob)
            .unwrap()
            .iter()
            .map(|a| a.len())
            .collect();
        let lens: Vec<usize> = streams.iter().map(Vec::len).collect();
        let payloads: Vec<Vec<u8>> = streams.iter().map(|s| compress(s, Some(0))).collect();
        let with_stream = |s: usize, stream: &[u8]| {
            let (mut lens, mut payloads) = (lens.clone(), payloads.clone());
            lens[s] = stream.len();
            payloads[s] = compress(stream, Some(0));
            container(&sizes, &lens, &payloads)
        };
        for (s, stream) in streams.iter().enumerate() {
            for at in 0..stream.len() {
                let mut changed = stream.clone();
                changed[at] ^= if at % 2 == 0 { 0xFF } else { 0x01 };
                if let Ok(blob) = decode(&with_stream(s, &changed)) {
                    if let Ok(e) = Engine::from_blob(blob) {
                        e.search_query_string("q=stent+valve");
                        e.related(0, 3);
                    }
                }
                let cut = with_stream(s, &stream[..at]);
                assert!(decode(&cut).is_err(), "section {s} cut at {at}");
            }
        }
    }

    #[test]
    fn a_payload_that_decompresses_past_its_announced_length_is_corrupt() {
        let e = engine();
        let mut bytes = e.to_bytes();
        // The impacts section's stream length, one less than it is.
        let at = TABLE_AT + 4 * 16 + 12;
        let len = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
        bytes[at..at + 4].copy_from_slice(&(len - 1).to_le_bytes());
        assert!(matches!(decode(&bytes), Err(IndexError::Corrupt(_))));
    }
}
