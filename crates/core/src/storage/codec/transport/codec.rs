//! How each array of a format-3 section is encoded and decoded: the
//! codecs [`SECTIONS`](super::SECTIONS) names.

use super::super::varint::{self, Cursor};
use super::super::IndexError;
use super::assembly::Assembly;
use super::Section;
use crate::index::postings::POS_BLOCK;

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

pub(super) fn encode_section(s: &Section, arrays: &[&[u8]]) -> Vec<u8> {
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

pub(super) fn decode_section(
    s: &Section,
    stream: &[u8],
    asm: &mut Assembly,
) -> Result<(), IndexError> {
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
            let limit = asm.declared_len(i + 1);
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
