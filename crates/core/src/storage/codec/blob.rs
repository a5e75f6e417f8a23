//! The bytes of a prebuilt index, and typed views of the arrays inside.
//!
//! An index is one buffer of little-endian arrays, each starting at a
//! multiple of 8 bytes. The engine keeps the buffer and reads its arrays in
//! place ([`Arr::of`]): loading costs one validation pass, not one
//! allocation per term or document.

use std::marker::PhantomData;
use std::sync::Arc;

use bytemuck::Pod;

use super::IndexError;

#[cfg(target_endian = "big")]
compile_error!("the prebuilt index is read in place as little-endian arrays");

/// Where the bytes live: a byte vector that happens to be 8-aligned (taken
/// over without a copy), or words copied from an unaligned slice.
#[derive(Debug)]
enum Storage {
    Bytes(Vec<u8>),
    Words(Vec<u64>, usize),
}

/// The shared, immutable bytes of an index.
#[derive(Clone, Debug)]
pub struct Blob(Arc<Storage>);

impl Blob {
    /// Takes `bytes` over, copying them only when they are not 8-aligned.
    pub fn from_vec(bytes: Vec<u8>) -> Self {
        if (bytes.as_ptr() as usize).is_multiple_of(8) {
            Blob(Arc::new(Storage::Bytes(bytes)))
        } else {
            Self::copy(&bytes)
        }
    }

    /// An aligned copy of `bytes`.
    pub fn copy(bytes: &[u8]) -> Self {
        let mut words = vec![0u64; bytes.len().div_ceil(8)];
        bytemuck::cast_slice_mut::<u64, u8>(&mut words)[..bytes.len()].copy_from_slice(bytes);
        Blob(Arc::new(Storage::Words(words, bytes.len())))
    }

    /// All the bytes.
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        match &*self.0 {
            Storage::Bytes(b) => b,
            Storage::Words(w, len) => &bytemuck::cast_slice(w)[..*len],
        }
    }
}

/// An array of `T` inside a [`Blob`]: its byte offset and length.
#[derive(Debug)]
pub struct Arr<T> {
    off: usize,
    len: usize,
    _t: PhantomData<T>,
}

impl<T> Clone for Arr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Arr<T> {}

impl<T> Default for Arr<T> {
    fn default() -> Self {
        Self {
            off: 0,
            len: 0,
            _t: PhantomData,
        }
    }
}

impl<T: Pod> Arr<T> {
    /// The array's elements, read in place.
    #[inline]
    pub fn of<'a>(&self, blob: &'a Blob) -> &'a [T] {
        let size = std::mem::size_of::<T>();
        bytemuck::cast_slice(&blob.bytes()[self.off..self.off + self.len * size])
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the array is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Appends arrays, each 8-aligned, after a header of `header_len` bytes.
pub struct Writer {
    buf: Vec<u8>,
    table: Vec<(u32, u32)>,
}

impl Writer {
    /// A writer whose first array will start after `header_len` bytes plus
    /// the table of `sections` entries (offset and byte length, `u32` each).
    pub fn new(header: &[u8], sections: usize) -> Self {
        let mut buf = header.to_vec();
        buf.extend_from_slice(&(sections as u32).to_le_bytes());
        buf.resize(buf.len() + sections * 8, 0);
        pad(&mut buf);
        Self {
            buf,
            table: Vec::with_capacity(sections),
        }
    }

    /// Bytes written so far (where the next array starts).
    pub fn written(&self) -> usize {
        self.buf.len()
    }

    /// Makes room for `total` bytes in all, so that the buffer is allocated
    /// once.
    pub fn reserve_to(&mut self, total: usize) {
        self.buf.reserve(total.saturating_sub(self.buf.len()));
    }

    /// Appends an array of `len` zero bytes, to be filled in place.
    pub fn push_zeros(&mut self, len: usize) {
        let off = self.buf.len();
        self.buf.resize(off + len, 0);
        self.table.push((off as u32, len as u32));
        pad(&mut self.buf);
    }

    /// Appends one array.
    pub fn push<T: Pod>(&mut self, items: &[T]) {
        let off = self.buf.len();
        self.buf.extend_from_slice(bytemuck::cast_slice(items));
        self.table.push((off as u32, (self.buf.len() - off) as u32));
        pad(&mut self.buf);
    }

    /// The finished bytes, with the table filled in after the header.
    pub fn finish(mut self, header_len: usize) -> Vec<u8> {
        let count = u32::from_le_bytes(
            self.buf[header_len..header_len + 4]
                .try_into()
                .expect("4 bytes"),
        ) as usize;
        assert_eq!(count, self.table.len(), "as many arrays as announced");
        for (i, (off, len)) in self.table.iter().enumerate() {
            let at = header_len + 4 + i * 8;
            self.buf[at..at + 4].copy_from_slice(&off.to_le_bytes());
            self.buf[at + 4..at + 8].copy_from_slice(&len.to_le_bytes());
        }
        self.buf
    }
}

fn pad(buf: &mut Vec<u8>) {
    buf.resize(buf.len().next_multiple_of(8), 0);
}

/// Reads the arrays a [`Writer`] wrote, in the same order, checking that
/// each lies inside the bytes, is aligned and has a whole number of items.
pub struct Reader<'a> {
    blob: &'a Blob,
    table: Vec<(usize, usize)>,
    next: usize,
}

impl<'a> Reader<'a> {
    /// A reader of the table after a header of `header_len` bytes.
    pub fn new(blob: &'a Blob, header_len: usize) -> Result<Self, IndexError> {
        let bytes = blob.bytes();
        let word = |at: usize| -> Result<usize, IndexError> {
            bytes
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
                .ok_or(IndexError::Truncated)
        };
        let count = word(header_len)?;
        if count > 1024 {
            return Err(IndexError::Corrupt("too many arrays".into()));
        }
        let mut table = Vec::with_capacity(count);
        for i in 0..count {
            let at = header_len + 4 + i * 8;
            let (off, len) = (word(at)?, word(at + 4)?);
            if off % 8 != 0 {
                return Err(IndexError::Corrupt(format!("array {i} is not aligned")));
            }
            if off.checked_add(len).is_none_or(|end| end > bytes.len()) {
                return Err(IndexError::Truncated);
            }
            table.push((off, len));
        }
        Ok(Self {
            blob,
            table,
            next: 0,
        })
    }

    /// The next array, as items of `T`.
    pub fn array<T: Pod>(&mut self) -> Result<Arr<T>, IndexError> {
        let i = self.next;
        let &(off, bytes) = self
            .table
            .get(i)
            .ok_or_else(|| IndexError::Corrupt(format!("array {i} is missing")))?;
        self.next += 1;
        let size = std::mem::size_of::<T>();
        if bytes % size != 0 {
            return Err(IndexError::Corrupt(format!(
                "array {i} has {bytes} bytes, not a multiple of {size}"
            )));
        }
        Ok(Arr {
            off,
            len: bytes / size,
            _t: PhantomData,
        })
    }

    /// The next array, copied out (for small arrays the engine keeps as
    /// ordinary vectors).
    pub fn vec<T: Pod>(&mut self) -> Result<Vec<T>, IndexError> {
        Ok(self.array::<T>()?.of(self.blob).to_vec())
    }

    /// The next array, which must hold exactly `len` items.
    pub fn exact<T: Pod>(&mut self, len: usize, what: &str) -> Result<Arr<T>, IndexError> {
        let a = self.array::<T>()?;
        if a.len() != len {
            return Err(IndexError::Corrupt(format!(
                "{what}: {} items, expected {len}",
                a.len()
            )));
        }
        Ok(a)
    }
}
