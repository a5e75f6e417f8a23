//! Reading a section back into the engine's arrays, checking every count
//! and bound on the way.

use super::{u32_bytes, u32s, Codec, DOC_FIELDS};
use crate::index::postings::POS_BLOCK;
use crate::storage::codec::transport::assembly::Assembly;
use crate::storage::codec::transport::Section;
use crate::storage::codec::varint::Cursor;
use crate::storage::codec::IndexError;

pub(in crate::storage::codec::transport) fn decode_section(
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
