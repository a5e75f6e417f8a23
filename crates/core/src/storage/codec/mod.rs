//! The prebuilt index: an engine as bytes, written by the builder
//! (`index.bin`) and loaded by the browser without re-indexing.
//!
//! Two forms. In memory ([`layout`], [`blob`]; all numbers little-endian):
//! the magic [`MAGIC`], the format version ([`INDEX_FORMAT_VERSION`],
//! `u32`), four zero bytes, the number of arrays (`u32`) and, per array, its
//! byte offset and length (`u32` each); then the arrays, each starting at a
//! multiple of 8 bytes, in the order [`layout`] fixes. Reading checks that
//! every array lies inside the bytes and the index's invariants (increasing
//! offsets, ids in range, UTF-8 strings), then reads the large arrays in
//! place. In `index.bin` ([`transport`]): the same header, then those arrays
//! encoded by codecs suited to each and grouped into brotli-compressed
//! sections, decoded into the in-memory form at load.

pub(crate) mod blob;
pub(crate) mod layout;
pub(crate) mod transport;
pub(crate) mod varint;

/// The first eight bytes of every index.
pub const MAGIC: &[u8; 8] = b"VEILLEIX";

/// The version of the index format this build writes and reads: 1 for the
/// first prebuilt index, 2 since the engine keeps each article's image URL,
/// 3 since the file is a compact transport encoding of the engine's arrays
/// ([`transport`]) and impacts are quantized to 256 levels, 4 since the file
/// can be cut into a first part that answers searches and the rest
/// ([`transport::parts`]), 5 since it holds the Topics facet and the
/// topics' forms (the search synonyms), in the first part.
///
/// Separate from the bundle's [`BUNDLE_FORMAT_VERSION`](crate::BUNDLE_FORMAT_VERSION):
/// bump it whenever the bytes change meaning (the index is rebuilt from the
/// bundle with every `veille build`), and add a golden fixture for it.
pub const INDEX_FORMAT_VERSION: u32 = 5;

/// Bytes before the array table.
pub const HEADER_LEN: usize = 16;

/// Why some bytes could not be read as an index.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    /// The bytes do not start with [`MAGIC`].
    #[error("not a Veille index (bad magic number); was it written by `veille build`?")]
    BadMagic,
    /// The index was written for another version of Veille.
    #[error("the index has format version {found}, but this engine reads version {supported}; rebuild it with the matching `veille build`")]
    UnsupportedVersion {
        /// The version the index declares.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// The bytes end too early.
    #[error("the index is truncated")]
    Truncated,
    /// The bytes are inconsistent.
    #[error("the index is corrupt: {0}")]
    Corrupt(String),
}

/// The header of an index of the current version.
pub fn header() -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(MAGIC);
    h[8..12].copy_from_slice(&INDEX_FORMAT_VERSION.to_le_bytes());
    h
}

/// Checks the header of `bytes`.
pub fn check_header(bytes: &[u8]) -> Result<(), IndexError> {
    if bytes.len() < 8 || &bytes[..8] != MAGIC {
        return Err(if MAGIC.starts_with(bytes) {
            IndexError::Truncated
        } else {
            IndexError::BadMagic
        });
    }
    let version = bytes
        .get(8..12)
        .ok_or(IndexError::Truncated)?
        .try_into()
        .map(u32::from_le_bytes)
        .expect("4 bytes");
    if version != INDEX_FORMAT_VERSION {
        return Err(IndexError::UnsupportedVersion {
            found: version,
            supported: INDEX_FORMAT_VERSION,
        });
    }
    if bytes.len() < HEADER_LEN {
        return Err(IndexError::Truncated);
    }
    Ok(())
}
