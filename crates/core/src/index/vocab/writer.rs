//! Writing a vocabulary: sorted terms and surface words as texts with
//! offsets, and the surface words of each term.

use crate::storage::codec::blob::Writer;

/// Strings as one text and the offsets cutting it.
fn flatten<'a>(strings: impl Iterator<Item = &'a str>) -> (Vec<u32>, Vec<u8>) {
    let mut offs = vec![0u32];
    let mut text = Vec::new();
    for s in strings {
        text.extend_from_slice(s.as_bytes());
        offs.push(text.len() as u32);
    }
    (offs, text)
}

/// A vocabulary being written: sorted terms and `(surface, term)` pairs.
pub struct VocabParts {
    terms: Vec<Box<str>>,
    surfaces: Vec<(Box<str>, u32)>,
}

impl VocabParts {
    /// Sorted, unique `terms` and `(surface, term id)` pairs.
    pub fn new(terms: Vec<Box<str>>, mut surfaces: Vec<(Box<str>, u32)>) -> Self {
        surfaces.sort_unstable();
        surfaces.dedup();
        Self { terms, surfaces }
    }

    /// Writes the seven arrays [`Vocabulary::read`] reads.
    pub fn write(&self, w: &mut Writer) {
        let (term_offs, term_text) = flatten(self.terms.iter().map(|t| &**t));
        let (surface_offs, surface_text) = flatten(self.surfaces.iter().map(|(s, _)| &**s));
        let surface_terms: Vec<u32> = self.surfaces.iter().map(|&(_, t)| t).collect();
        let mut term_surface_offsets = vec![0u32; self.terms.len() + 1];
        for &t in &surface_terms {
            term_surface_offsets[t as usize + 1] += 1;
        }
        for i in 1..term_surface_offsets.len() {
            term_surface_offsets[i] += term_surface_offsets[i - 1];
        }
        let mut next = term_surface_offsets.clone();
        let mut term_surfaces = vec![0u32; surface_terms.len()];
        for (i, &t) in surface_terms.iter().enumerate() {
            term_surfaces[next[t as usize] as usize] = i as u32;
            next[t as usize] += 1;
        }
        w.push(&term_offs);
        w.push(&term_text);
        w.push(&surface_offs);
        w.push(&surface_text);
        w.push(&surface_terms);
        w.push(&term_surface_offsets);
        w.push(&term_surfaces);
    }
}
