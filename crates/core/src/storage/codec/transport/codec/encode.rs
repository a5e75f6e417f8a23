//! Writing a section: each array in its codec.

use super::{u32s, Codec, DOC_FIELDS};
use crate::storage::codec::transport::Section;
use crate::storage::codec::varint;

pub(in crate::storage::codec::transport) fn encode_section(
    s: &Section,
    arrays: &[&[u8]],
) -> Vec<u8> {
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
