//! Matching a query's text, and relaxing a query that nothing matches
//! instead of answering nothing.
//!
//! When no article matches every word (with the usual typo tolerance),
//! the words may be further from what was typed ([`Tolerance::Relaxed`]);
//! when that still finds nothing and there are several words, each is left
//! out in turn, and the one whose leaving out gives the best first result
//! (tier, then score) is left out. The answer says what was done
//! ([`Relaxation`]), for the page to say it.

use crate::index::Index;
use crate::query::{Atom, Group, SearchExpr};
use crate::search::matcher::{match_groups, Scratch};
use crate::search::rank::RankParams;
use crate::search::resolve::{resolve_with, AltMemo, Resolved};
use crate::search::results::Relaxation;
use crate::search::synonyms::Synonyms;
use crate::search::typo::Tolerance;
use crate::text::Stemmers;

/// The documents a query's text matches (`None`: no text, every
/// document), the terms to highlight, and how the query was relaxed.
pub struct TextMatch {
    /// The matching documents, unsorted; their scores are in the scratch.
    pub docs: Option<Vec<u32>>,
    /// Every term matched, sorted (for highlighting).
    pub terms: Vec<u32>,
    /// What was relaxed, if anything.
    pub relaxed: Option<Relaxation>,
}

/// A group as the reader typed it: `a OR b`, `"a b"`.
fn group_text(g: &Group) -> String {
    let atoms: Vec<String> = g
        .atoms
        .iter()
        .map(|a| match a {
            Atom::Word { text, .. } => text.clone(),
            Atom::Phrase(words) => {
                let words: Vec<&str> = words.iter().map(|w| w.as_deref().unwrap_or("…")).collect();
                format!("\"{}\"", words.join(" "))
            }
        })
        .collect();
    atoms.join(" OR ")
}

/// Matches the text of `expr`, relaxing it when nothing matches.
pub fn match_text(
    index: &Index,
    stemmers: &Stemmers,
    rank: &RankParams,
    synonyms: &Synonyms,
    expr: &SearchExpr,
    scratch: &mut Scratch,
) -> TextMatch {
    let mut memo = AltMemo::default();
    let mut run = |expr: &SearchExpr, tolerance, scratch: &mut Scratch| {
        let Resolved {
            mut groups,
            excluded,
            terms,
        } = resolve_with(index, stemmers, rank, synonyms, expr, tolerance, &mut memo);
        (match_groups(index, &mut groups, &excluded, scratch), terms)
    };
    if expr.is_empty() {
        return TextMatch {
            docs: None,
            terms: Vec::new(),
            relaxed: None,
        };
    }
    let (docs, terms) = run(expr, Tolerance::Normal, scratch);
    let found = |docs: Vec<u32>, terms, relaxed| TextMatch {
        docs: Some(docs),
        terms,
        relaxed,
    };
    if !docs.is_empty() {
        return found(docs, terms, None);
    }
    let words: Vec<String> = expr.groups.iter().map(group_text).collect();
    let (wide, wide_terms) = run(expr, Tolerance::Relaxed, scratch);
    if !wide.is_empty() {
        return found(wide, wide_terms, Some(Relaxation::WiderTypos { words }));
    }
    if expr.groups.len() < 2 {
        return found(docs, terms, None);
    }
    let without = |i: usize| SearchExpr {
        groups: [&expr.groups[..i], &expr.groups[i + 1..]].concat(),
        excluded: expr.excluded.clone(),
    };
    let mut best: Option<(u64, usize)> = None;
    for i in 0..expr.groups.len() {
        let (docs, _) = run(&without(i), Tolerance::Normal, scratch);
        let top = docs.iter().map(|&d| scratch.rank_bits(d)).max();
        if let Some(top) = top {
            if best.is_none_or(|(b, _)| top > b) {
                best = Some((top, i));
            }
        }
    }
    let Some((_, dropped)) = best else {
        return found(docs, terms, None);
    };
    let (docs, terms) = run(&without(dropped), Tolerance::Normal, scratch);
    let mut kept = words.clone();
    kept.remove(dropped);
    found(docs, terms, Some(Relaxation::DroppedWord { words, kept }))
}
