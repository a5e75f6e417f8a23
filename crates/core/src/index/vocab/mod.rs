//! The term dictionary: sorted stems, and the sorted surface words that
//! lead to them, for exact look-ups, prefix completion and typo tolerance.
//!
//! Typo candidates are found without computing a distance to every word:
//! the sorted surface words are walked like a trie, sharing the distance
//! rows of common prefixes and skipping every word under a prefix that is
//! already too far (see [`Vocabulary::within_edits`], in `edits.rs`).

use crate::storage::codec::blob::{Arr, Blob, Reader};
use crate::storage::codec::IndexError;

mod edits;
mod writer;
pub use writer::VocabParts;

/// Sorted stems and the surface words that lead to them, read in place:
/// each list of strings is one text with an offset array.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    blob: Option<Blob>,
    /// Where each term starts in `term_text` (one more than terms).
    term_offs: Arr<u32>,
    /// Stems, sorted, one after another; a term's id is its index. Copied
    /// out of the index at load (a few MB), so that a string is a slice of
    /// text already checked as UTF-8, not checked again on every look-up.
    term_text: Box<str>,
    /// Where each surface word starts in `surface_text`.
    surface_offs: Arr<u32>,
    /// Folded surface words, sorted (a word may appear twice when English
    /// and French stemming give it two stems). Copied out like `term_text`.
    surface_text: Box<str>,
    /// The term each surface word leads to.
    surface_terms: Arr<u32>,
    /// Where each term's surface indices start in `term_surfaces`.
    term_surface_offsets: Arr<u32>,
    /// Surface indices grouped by term.
    term_surfaces: Arr<u32>,
}

/// The `i`-th string of a text cut at `offs` (checked at load to fall on
/// character boundaries).
#[inline]
fn nth<'a>(offs: &[u32], text: &'a str, i: usize) -> &'a str {
    &text[offs[i] as usize..offs[i + 1] as usize]
}

/// Checks that `offs` cut `text` into valid UTF-8 strings.
pub(crate) fn check_strings(offs: &[u32], text: &[u8], what: &str) -> Result<(), IndexError> {
    let bad = || IndexError::Corrupt(format!("{what}: string offsets"));
    if offs.first() != Some(&0) || *offs.last().ok_or_else(bad)? as usize != text.len() {
        return Err(bad());
    }
    let s =
        std::str::from_utf8(text).map_err(|_| IndexError::Corrupt(format!("{what}: not UTF-8")))?;
    if offs.windows(2).any(|w| w[0] > w[1]) || offs.iter().any(|&o| !s.is_char_boundary(o as usize))
    {
        return Err(bad());
    }
    Ok(())
}

impl Vocabulary {
    #[cfg(test)]
    /// A vocabulary from sorted, unique `terms` and `(surface, term id)` pairs.
    pub fn new(terms: Vec<Box<str>>, surfaces: Vec<(Box<str>, u32)>) -> Self {
        let mut w = crate::storage::codec::blob::Writer::new(&[], 7);
        VocabParts::new(terms, surfaces).write(&mut w);
        let blob = Blob::from_vec(w.finish(0));
        Self::read(&mut Reader::new(&blob, 0).expect("just written"), &blob).expect("just written")
    }

    /// Reads the arrays [`VocabParts::write`] wrote, checking them.
    pub fn read(r: &mut Reader<'_>, blob: &Blob) -> Result<Self, IndexError> {
        let term_offs = r.array::<u32>()?;
        let term_text = r.array::<u8>()?;
        let surface_offs = r.array::<u32>()?;
        let surface_text = r.array::<u8>()?;
        let surfaces = surface_offs.len().saturating_sub(1);
        let terms = term_offs.len().saturating_sub(1);
        let surface_terms = r.exact::<u32>(surfaces, "surface terms")?;
        let term_surface_offsets = r.exact::<u32>(terms + 1, "term surface offsets")?;
        let term_surfaces = r.exact::<u32>(surfaces, "term surfaces")?;
        check_strings(term_offs.of(blob), term_text.of(blob), "terms")?;
        check_strings(surface_offs.of(blob), surface_text.of(blob), "surfaces")?;
        let owned =
            |a: Arr<u8>| -> Box<str> { std::str::from_utf8(a.of(blob)).expect("checked").into() };
        let (term_text, surface_text) = (owned(term_text), owned(surface_text));
        let bad = |what: &str| IndexError::Corrupt(format!("vocabulary: {what}"));
        if surface_terms.of(blob).iter().any(|&t| t as usize >= terms) {
            return Err(bad("surface term ids"));
        }
        if term_surfaces
            .of(blob)
            .iter()
            .any(|&s| s as usize >= surfaces)
        {
            return Err(bad("term surface ids"));
        }
        let tso = term_surface_offsets.of(blob);
        if tso[0] != 0 || tso[terms] as usize != surfaces || tso.windows(2).any(|w| w[0] > w[1]) {
            return Err(bad("term surface offsets"));
        }
        Ok(Self {
            blob: Some(blob.clone()),
            term_offs,
            term_text,
            surface_offs,
            surface_text,
            surface_terms,
            term_surface_offsets,
            term_surfaces,
        })
    }

    fn blob(&self) -> &Blob {
        self.blob.as_ref().expect("a read vocabulary")
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.term_offs.len().saturating_sub(1)
    }

    /// The id of a stem, if indexed.
    pub fn term_id(&self, stem: &str) -> Option<u32> {
        let (offs, text) = (self.term_offs.of(self.blob()), &self.term_text);
        let n = self.len();
        let mut lo = 0;
        let mut hi = n;
        while lo < hi {
            let mid = (lo + hi) / 2;
            match nth(offs, text, mid).cmp(stem) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid as u32),
            }
        }
        None
    }

    /// Bytes used.
    pub fn heap_bytes(&self) -> usize {
        self.term_offs.len() * 4
            + self.term_text.len()
            + self.surface_offs.len() * 4
            + self.surface_text.len()
            + self.surface_terms.len() * 4
            + self.term_surface_offsets.len() * 4
            + self.term_surfaces.len() * 4
    }

    /// The number of distinct surface words.
    pub fn surface_count(&self) -> usize {
        self.surface_offs.len().saturating_sub(1)
    }

    /// The `i`-th surface word.
    #[inline]
    fn surface(&self, i: usize) -> &str {
        nth(self.surface_offs.of(self.blob()), &self.surface_text, i)
    }

    /// The first surface index whose word is not below `word` by `below`.
    fn surface_partition(&self, lo: usize, below: impl Fn(&str) -> bool) -> usize {
        let (mut lo, mut hi) = (lo, self.surface_count());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if below(self.surface(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The terms a folded surface word leads to (usually one).
    pub fn surface_terms(&self, folded: &str) -> &[u32] {
        let lo = self.surface_partition(0, |s| s < folded);
        let hi = self.surface_partition(lo, |s| s == folded);
        &self.surface_terms.of(self.blob())[lo..hi]
    }

    /// The surface words that lead to a term.
    pub fn surfaces_of(&self, term: u32) -> impl Iterator<Item = &str> + '_ {
        let offs = self.term_surface_offsets.of(self.blob());
        let (a, b) = (
            offs[term as usize] as usize,
            offs[term as usize + 1] as usize,
        );
        self.term_surfaces.of(self.blob())[a..b]
            .iter()
            .map(|&i| self.surface(i as usize))
    }

    /// The `(surface, term)` pairs whose surface starts with `prefix`.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, u32)> + 'a {
        let lo = self.surface_partition(0, |s| s < prefix);
        let terms = self.surface_terms.of(self.blob());
        (lo..self.surface_count())
            .map(move |i| (self.surface(i), terms[i]))
            .take_while(move |(s, _)| s.starts_with(prefix))
    }
}

#[cfg(test)]
mod tests;
