//! The engine's in-memory buffer as an index file is decoded into it.

use super::super::blob::{Blob, Writer};
use super::super::layout::ARRAYS;
use super::super::{header, IndexError, HEADER_LEN};
use super::MAX_EXPANSION;

/// The in-memory buffer being filled: the header and array table written,
/// each array's place fixed by the lengths the file declares.
pub(super) struct Assembly {
    buf: Vec<u8>,
    places: Vec<(usize, usize)>,
    filled: [bool; ARRAYS],
}

impl Assembly {
    /// A buffer for arrays of byte lengths `sizes`, declared by a file of
    /// `file_len` bytes (which bounds them).
    pub(super) fn new(sizes: &[usize], file_len: usize) -> Result<Self, IndexError> {
        let mut w = Writer::new(&header(), ARRAYS);
        let mut at = w.written();
        let mut places = Vec::with_capacity(ARRAYS);
        for &len in sizes.iter().take(ARRAYS) {
            places.push((at, len));
            at = at
                .checked_add(len)
                .map(|end| end.next_multiple_of(8))
                .filter(|&end| end <= file_len.saturating_mul(MAX_EXPANSION))
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

    /// The byte length the file declares for array `i`.
    pub(super) fn declared_len(&self, i: usize) -> usize {
        self.places[i].1
    }

    /// Array `i`, decoded before the one asking.
    pub(super) fn get(&self, i: usize) -> Result<&[u8], IndexError> {
        if !self.filled[i] {
            return Err(IndexError::Corrupt(format!("array {i} is needed first")));
        }
        let (at, len) = self.places[i];
        Ok(&self.buf[at..at + len])
    }

    /// Array `i`'s place, to be written once, which must hold `len` bytes.
    pub(super) fn slot(&mut self, i: usize, len: usize) -> Result<&mut [u8], IndexError> {
        let (at, size) = self.places[i];
        if size != len || self.filled[i] {
            return Err(IndexError::Corrupt(format!("array {i}: length")));
        }
        self.filled[i] = true;
        Ok(&mut self.buf[at..at + len])
    }

    /// Puts array `i` in its place, which must fit it exactly.
    pub(super) fn set(&mut self, i: usize, bytes: &[u8]) -> Result<(), IndexError> {
        self.slot(i, bytes.len())?.copy_from_slice(bytes);
        Ok(())
    }

    pub(super) fn finish(self) -> Result<Blob, IndexError> {
        if let Some(i) = self.filled.iter().position(|&f| !f) {
            return Err(IndexError::Corrupt(format!("array {i} is missing")));
        }
        Ok(Blob::from_vec(self.buf))
    }
}
