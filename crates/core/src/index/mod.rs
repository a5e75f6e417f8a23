//! The inverted index: term dictionary and postings with BM25F frequencies
//! and positions.
//!
//! Documents get dense `u32` ids (their index in the article list). Fields
//! are indexed one after another in a single position space, title first,
//! then summary, tags and body, with a gap of [`FIELD_GAP`] positions
//! between them so that a phrase never spans two fields.

pub(crate) mod build;
pub(crate) mod postings;
pub(crate) mod related_terms;
pub(crate) mod vocab;

pub use postings::{PostingStore, Postings, PostingsBuilder};
pub use vocab::{VocabParts, Vocabulary};

/// Positions left empty between two fields (and between two tags).
pub const FIELD_GAP: u32 = 8;

/// The inverted index of a list of articles.
#[derive(Debug, Default, Clone)]
pub struct Index {
    /// Terms and the surface words leading to them.
    pub vocab: Vocabulary,
    /// Postings of every term.
    pub store: PostingStore,
    /// Inverse document frequency per term id.
    pub idf: Vec<f32>,
    /// The number of documents.
    pub doc_count: usize,
}

impl Index {
    /// The postings of term `t`.
    #[inline]
    pub fn postings(&self, t: u32) -> Postings<'_> {
        self.store.get(t)
    }

    /// Bytes used by the postings.
    pub fn postings_bytes(&self) -> usize {
        self.store.heap_bytes()
    }
}

/// An index being written (see [`crate::storage::codec`]).
pub struct IndexParts {
    /// The dictionary.
    pub vocab: VocabParts,
    /// The postings, in term order.
    pub postings: PostingsBuilder,
    /// Inverse document frequency per term id.
    pub idf: Vec<f32>,
    /// The number of documents.
    pub doc_count: usize,
}
