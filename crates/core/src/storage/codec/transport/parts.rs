//! The index file's two parts. The first (the header, the tables and the
//! first [`FIRST_SECTIONS`] sections) holds what matching, counting,
//! ranking and the cards need; the rest (positions and related terms) only
//! phrases and related articles. An engine opens from the first part with
//! empty stand-ins for the rest's arrays (no positions, no related terms:
//! a valid index on which a phrase matches nothing), and is completed when
//! the rest arrives, without decoding the first part again.

use super::super::blob::Blob;
use super::super::IndexError;
use super::assembly::Assembly;
use super::codec::decode_section;
use super::{
    arrays_of, file_len, fnv1a, sizes_of, stream_of, table_of, word, FIRST_SECTIONS, SECTIONS,
    TABLE_AT,
};
use crate::index::postings::POS_BLOCK;

/// What completing an engine opened from a first part needs: the arrays'
/// real lengths, where the rest's sections are and the rest's checksum.
#[derive(Clone, Debug)]
pub struct RestPlan {
    sizes: Vec<usize>,
    table: Vec<(usize, usize, usize)>,
    first_len: usize,
    checksum: u32,
}

impl RestPlan {
    /// The rest's length in bytes.
    fn rest_len(&self) -> usize {
        file_len(&self.table) - self.first_len
    }
}

/// The arrays the rest's sections hold, in layout order.
fn rest_arrays() -> impl Iterator<Item = usize> {
    SECTIONS[FIRST_SECTIONS..]
        .iter()
        .flat_map(|s| s.items.iter().flat_map(|&(i, c)| i..i + c.arrays()))
}

/// The byte length of the stand-in for the rest's array `i`, from the real
/// lengths `sizes`: no position for any posting (a count of zero each, the
/// block offsets all zero), no related term for any document.
fn stand_in_len(i: usize, sizes: &[usize]) -> usize {
    // Arrays 10 (doc ids of the postings, `u32`) and 32 (each document's
    // time, `u32`) give the postings' and the documents' counts.
    let postings = sizes[10] / 4;
    let docs = sizes[32] / 4;
    match i {
        12 => postings,
        13 => (postings.div_ceil(POS_BLOCK) + 1) * 4,
        33 => (docs + 1) * 4,
        _ => 0,
    }
}

/// The whole file `bytes` cut into its first part and its rest.
pub fn split(bytes: &[u8]) -> Result<(&[u8], &[u8]), IndexError> {
    let cut = first_len(bytes)?;
    if cut > bytes.len() {
        return Err(IndexError::Truncated);
    }
    Ok(bytes.split_at(cut))
}

/// The length of the first part, as the header of `bytes` declares it.
pub fn first_len(bytes: &[u8]) -> Result<usize, IndexError> {
    Ok(table_of(bytes)?[FIRST_SECTIONS].0)
}

/// Checks that `rest` is the rest that belongs with `first`.
pub fn check_rest(first: &[u8], rest: &[u8]) -> Result<(), IndexError> {
    if word(first, TABLE_AT - 4)? != fnv1a(rest.iter().copied()) as usize {
        return Err(IndexError::Corrupt(
            "the rest of the index does not belong to its first part (were they built together?)"
                .into(),
        ));
    }
    Ok(())
}

/// The in-memory arrays of the first part `first`, the rest's arrays
/// stood in for, and what completing them needs.
pub fn decode_first(first: &[u8]) -> Result<(Blob, RestPlan), IndexError> {
    let table = table_of(first)?;
    let first_len = table[FIRST_SECTIONS].0;
    if first.len() != first_len {
        return Err(IndexError::Truncated);
    }
    let sizes = sizes_of(first)?;
    let mut placed = sizes.clone();
    rest_arrays().for_each(|i| placed[i] = stand_in_len(i, &sizes));
    let mut asm = Assembly::new(&placed, file_len(&table))?;
    for (id, section) in SECTIONS.iter().enumerate().take(FIRST_SECTIONS) {
        let (off, len, want) = table[id];
        decode_section(
            section,
            &stream_of(id, &first[off..off + len], want)?,
            &mut asm,
        )?;
    }
    for i in rest_arrays() {
        asm.slot(i, placed[i])?;
    }
    let plan = RestPlan {
        sizes,
        table,
        first_len,
        checksum: word(first, TABLE_AT - 4)? as u32,
    };
    Ok((asm.finish()?, plan))
}

/// The whole index's in-memory arrays: those of `blob` (decoded from a
/// first part by [`decode_first`], which gave `plan`) and the rest's,
/// decoded from `rest`.
pub fn decode_rest(blob: &Blob, plan: &RestPlan, rest: &[u8]) -> Result<Blob, IndexError> {
    if rest.len() != plan.rest_len() {
        return Err(IndexError::Truncated);
    }
    if fnv1a(rest.iter().copied()) != plan.checksum {
        return Err(IndexError::Corrupt(
            "the rest of the index does not belong to its first part (were they built together?)"
                .into(),
        ));
    }
    let mut asm = Assembly::new(&plan.sizes, file_len(&plan.table))?;
    let arrays = arrays_of(blob)?;
    let later: Vec<usize> = rest_arrays().collect();
    for (i, a) in arrays.iter().enumerate() {
        if !later.contains(&i) {
            asm.set(i, a)?;
        }
    }
    for (id, section) in SECTIONS.iter().enumerate().skip(FIRST_SECTIONS) {
        let (off, len, want) = plan.table[id];
        let at = off - plan.first_len;
        decode_section(
            section,
            &stream_of(id, &rest[at..at + len], want)?,
            &mut asm,
        )?;
    }
    asm.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stand_ins_are_sized_from_the_postings_and_documents_counts() {
        let mut sizes = vec![0; 35];
        sizes[10] = 40 * 4;
        sizes[32] = 7 * 4;
        assert_eq!(stand_in_len(12, &sizes), 40);
        assert_eq!(
            stand_in_len(13, &sizes),
            (40usize.div_ceil(POS_BLOCK) + 1) * 4
        );
        assert_eq!(stand_in_len(14, &sizes), 0);
        assert_eq!(stand_in_len(33, &sizes), 8 * 4);
        assert_eq!(stand_in_len(34, &sizes), 0);
        assert_eq!(rest_arrays().collect::<Vec<_>>(), [12, 13, 14, 33, 34]);
    }
}
