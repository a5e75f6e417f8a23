//! LEB128 variable-length integers: seven bits a byte, low bits first, the
//! high bit set on every byte but the last. Small numbers (gaps, lengths,
//! ids) take one or two bytes.

use super::IndexError;

/// Appends `x` as a variable-length integer.
pub fn put(out: &mut Vec<u8>, mut x: u32) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

/// Reads numbers and byte runs from a stream, never past its end.
pub struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    /// The next variable-length integer.
    pub fn get(&mut self) -> Result<u32, IndexError> {
        let mut x = 0u32;
        for shift in (0..35).step_by(7) {
            let b = *self.bytes.get(self.at).ok_or(IndexError::Truncated)?;
            self.at += 1;
            let bits = u32::from(b & 0x7F);
            if shift == 28 && bits > 0x0F {
                break;
            }
            x |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        Err(IndexError::Corrupt("a number longer than 32 bits".into()))
    }

    /// The next variable-length integer, as a count of items that each take
    /// at least `min_bytes` of what is left (so a corrupt count cannot ask
    /// for more memory than the stream could fill).
    pub fn count(&mut self, min_bytes: usize) -> Result<usize, IndexError> {
        let n = self.get()? as usize;
        if n.saturating_mul(min_bytes) > self.remaining() {
            return Err(IndexError::Truncated);
        }
        Ok(n)
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], IndexError> {
        let end = self.at.checked_add(n).ok_or(IndexError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(IndexError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_every_size_read_back() {
        let xs = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX - 1, u32::MAX];
        let mut out = Vec::new();
        xs.iter().for_each(|&x| put(&mut out, x));
        let mut c = Cursor::new(&out);
        for x in xs {
            assert_eq!(c.get().unwrap(), x);
        }
        assert_eq!(c.remaining(), 0);
        assert_eq!(c.get(), Err(IndexError::Truncated));
    }

    #[test]
    fn a_number_past_32_bits_is_corrupt() {
        let mut c = Cursor::new(&[0xFF, 0xFF, 0xFF, 0xFF, 0x7F]);
        assert!(matches!(c.get(), Err(IndexError::Corrupt(_))));
        let mut c = Cursor::new(&[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]);
        assert!(matches!(c.get(), Err(IndexError::Corrupt(_))));
    }

    #[test]
    fn a_count_larger_than_the_stream_is_truncated() {
        let mut c = Cursor::new(&[200, 1, 0, 0]);
        assert_eq!(c.count(1), Err(IndexError::Truncated));
    }
}
