//! The inverted index: term dictionary, postings with BM25F frequencies and
//! positions, and each document's language.
//!
//! Documents get dense `u32` ids (their index in the article list). Fields
//! are indexed one after another in a single position space, title first,
//! then summary, tags and body, with a gap of [`FIELD_GAP`] positions
//! between them so that a phrase never spans two fields.

pub mod build;
pub mod postings;
pub mod vocab;

pub use postings::Postings;
pub use vocab::Vocabulary;

use crate::text::Language;

/// Positions left empty between two fields (and between two tags).
pub const FIELD_GAP: u32 = 8;

/// The inverted index of a list of articles.
#[derive(Debug, Default)]
pub struct Index {
    /// Terms and the surface words leading to them.
    pub vocab: Vocabulary,
    /// Postings per term id.
    pub postings: Vec<Postings>,
    /// Inverse document frequency per term id.
    pub idf: Vec<f32>,
    /// The language each document was stemmed in.
    pub languages: Vec<Language>,
    /// The number of documents.
    pub doc_count: usize,
}

impl Index {
    /// An estimate of the heap bytes the postings use.
    pub fn postings_bytes(&self) -> usize {
        self.postings
            .iter()
            .map(Postings::heap_bytes)
            .sum::<usize>()
            + self.postings.capacity() * std::mem::size_of::<Postings>()
    }
}
