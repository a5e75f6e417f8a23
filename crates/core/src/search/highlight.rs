//! Match ranges in titles and snippets.
//!
//! A token of the text is a match when the surface word it folds to leads
//! to one of the query's matched terms (exact, completed or typo). Ranges
//! are byte offsets into the returned strings; no markup is ever added.

use rustc_hash::FxHashSet;

use crate::index::Index;
use crate::search::passage::{window_end, window_start};
use crate::search::results::Span;
use crate::text::{tokenize_until, TokenKind};

/// How much of a body is scanned for a first match, in bytes.
pub const SNIPPET_SCAN_BYTES: usize = 16_384;

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Finds the query's matches in texts, given its matched term ids.
///
/// The terms are turned once into the set of surface words leading to them,
/// so checking a token is one look-up in a small hash set.
pub struct Highlighter<'a> {
    words: FxHashSet<&'a str>,
}

impl<'a> Highlighter<'a> {
    /// A highlighter for the matched `terms`.
    pub fn new(index: &'a Index, terms: &[u32]) -> Self {
        let words = terms
            .iter()
            .flat_map(|&t| index.vocab.surfaces_of(t))
            .collect();
        Self { words }
    }

    fn is_match(&self, folded: &str) -> bool {
        self.words.contains(folded)
    }

    /// The match ranges of a whole text, at most `limit` bytes of it.
    pub fn spans(&self, text: &str, limit: usize) -> Vec<Span> {
        let mut out = Vec::new();
        if self.words.is_empty() {
            return out;
        }
        let text = &text[..floor_boundary(text, limit)];
        tokenize_until(text, 0, |t| {
            if t.kind != TokenKind::Joined && self.is_match(&t.text) {
                out.push(Span {
                    start: t.start,
                    end: t.end,
                });
            }
            true
        });
        out
    }

    /// A passage of about `len` bytes of `body` around its first match, or
    /// of `summary` (whole if short) when the body has none, with the match
    /// ranges relative to the passage.
    pub fn snippet(&self, summary: Option<&str>, body: &str, len: usize) -> (String, Vec<Span>) {
        let scan = &body[..floor_boundary(body, SNIPPET_SCAN_BYTES)];
        let mut first = None;
        if !self.words.is_empty() {
            tokenize_until(scan, 0, |t| {
                if t.kind != TokenKind::Joined && self.is_match(&t.text) {
                    first = Some(t.start);
                    return false;
                }
                true
            });
        }
        let (text, start) = match (first, summary) {
            (Some(at), _) => (scan, window_start(scan, at, len)),
            (None, Some(s)) if !s.is_empty() => (s, 0),
            (None, _) => (scan, 0),
        };
        let end = window_end(text, start, len);
        let passage = &text[start..end];
        let spans = self.spans(passage, passage.len());
        (passage.to_owned(), spans)
    }
}
