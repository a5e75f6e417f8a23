//! From query words to index terms: exact forms, completions and typos.
//!
//! A query word is stemmed both as English and as French (an article is
//! stemmed in its own language, and the query's language is unknown), and
//! looked up as a surface word too. Those terms match "exactly". The last
//! word, while typed, adds the terms of every surface word it begins (the
//! most frequent [`RankParams::max_prefix_terms`]); words long enough add
//! the terms of surface words one or two edits away (see
//! [`crate::search::typo`]). Each alternative carries the weight and tier
//! of how it was reached.

use crate::index::Index;
use crate::query::{Atom, SearchExpr};
use crate::search::matcher::{Alt, MAX_GROUPS};
use crate::search::rank::RankParams;
use crate::search::synonyms::{add_alternatives, Synonyms};
use crate::search::typo::{corrections, Tolerance};
use crate::text::{Language, Stemmers};

/// One index term a query word may match, and how.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TermAlt {
    /// The term id.
    pub term: u32,
    /// Score multiplier (1 for an exact match).
    pub weight: f32,
    /// Whether matching it counts as matching the word without a typo.
    pub typo_free: bool,
}

/// The terms a folded word matches exactly (its stems, and what its
/// surface form was indexed as).
pub fn exact_terms(index: &Index, stemmers: &Stemmers, word: &str) -> Vec<u32> {
    let mut out: Vec<u32> = index.vocab.surface_terms(word).to_vec();
    if !crate::text::is_stop_word(word) {
        for lang in [Language::English, Language::French] {
            if let Some(t) = index.vocab.term_id(&stemmers.stem(word, lang)) {
                out.push(t);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The one idf a word's exact terms are weighed with when it has several,
/// that of the most common: the word is scored as one term, as Lucene's
/// `SynonymQuery` does, so that a rare form does not outweigh the common
/// one. Without it a collision between languages' stems ranked the wrong
/// articles first: `news` is also the French stem `new` (some French
/// article says "news"), and "new", rarer than "news" here, made articles
/// that said "new" outrank the ones titled "Vascular News".
fn blended_idf(index: &Index, terms: &[u32]) -> Option<f32> {
    if terms.len() < 2 {
        return None;
    }
    terms
        .iter()
        .map(|&t| index.idf[t as usize])
        .min_by(f32::total_cmp)
}

/// Every term a query word may match, exact ones first. `complete`: the word
/// is still being typed and long enough to complete (the caller applies
/// [`RankParams::prefix_min_len`]). `tolerance`: how far corrections may be
/// (see [`crate::search::typo`]); `None` for none.
pub fn word_alternatives(
    index: &Index,
    stemmers: &Stemmers,
    params: &RankParams,
    word: &str,
    complete: bool,
    tolerance: Option<Tolerance>,
) -> Vec<TermAlt> {
    let exact = exact_terms(index, stemmers, word);
    let blended = blended_idf(index, &exact);
    let mut alts: Vec<TermAlt> = exact
        .into_iter()
        .map(|term| TermAlt {
            term,
            weight: blended.map_or(1.0, |b| (b / index.idf[term as usize]).min(1.0)),
            typo_free: true,
        })
        .collect();
    let has = |alts: &[TermAlt], t: u32| alts.iter().any(|a| a.term == t);
    if complete {
        let mut completions: Vec<u32> = index.vocab.with_prefix(word).map(|(_, t)| t).collect();
        completions.sort_unstable();
        completions.dedup();
        completions.retain(|&t| !has(&alts, t));
        completions.sort_by_key(|&t| std::cmp::Reverse(index.postings(t).len()));
        completions.truncate(params.max_prefix_terms);
        alts.extend(completions.into_iter().map(|term| TermAlt {
            term,
            weight: params.prefix_weight,
            typo_free: true,
        }));
    }
    if let Some(tolerance) = tolerance {
        let attested: usize = alts.iter().map(|a| index.postings(a.term).len()).sum();
        let typos = corrections(index, params, word, &alts, attested, tolerance);
        alts.extend(typos);
    }
    alts
}

/// The alternatives of the words already resolved while answering one
/// query: relaxing a query that found nothing resolves the same words
/// again (each left-out word's companions), and a typo walk is most of
/// that work. Keyed by everything [`word_alternatives`] reads besides the
/// index: the word, whether it completes, and the tolerance.
#[derive(Default)]
pub struct AltMemo {
    entries: Vec<(String, bool, Tolerance, Vec<TermAlt>)>,
}

impl AltMemo {
    /// The alternatives of `word`, from the memo or from `resolve`.
    fn get(
        &mut self,
        word: &str,
        complete: bool,
        tolerance: Tolerance,
        resolve: impl FnOnce() -> Vec<TermAlt>,
    ) -> Vec<TermAlt> {
        let same = |(w, c, t, _): &&(String, bool, Tolerance, Vec<TermAlt>)| {
            w == word && *c == complete && *t == tolerance
        };
        if let Some((.., alts)) = self.entries.iter().find(same) {
            return alts.clone();
        }
        let alts = resolve();
        self.entries
            .push((word.to_owned(), complete, tolerance, alts.clone()));
        alts
    }
}

/// A query's groups, exclusions and matched terms, resolved against the index.
pub struct Resolved {
    /// Alternatives of each group (all groups must match).
    pub groups: Vec<Vec<Alt>>,
    /// Alternatives that must not match.
    pub excluded: Vec<Alt>,
    /// Every term a kept alternative may match, sorted.
    pub terms: Vec<u32>,
}

/// Resolves a parsed query against the index: each group's alternatives
/// (with the synonyms of the words that spell a topic's form, see
/// [`crate::search::synonyms`]), the excluded alternatives (exact forms
/// only), and every matched term (for highlighting); `tolerance` says how
/// far corrections may be.
pub fn resolve_with(
    index: &Index,
    stemmers: &Stemmers,
    rank: &RankParams,
    synonyms: &Synonyms,
    expr: &SearchExpr,
    tolerance: Tolerance,
    memo: &mut AltMemo,
) -> Resolved {
    let mut terms = Vec::new();
    // A word being typed is completed once it has `prefix_min_len`
    // characters, or from its first when it is the whole query: "h" then
    // shows results, not none, on the way to "heart". After other words,
    // one still too short ("heart v" while typing "valve") is not required
    // yet (`typing_short`), so that results do not empty at the start of
    // each new word.
    let lone = matches!(expr.groups.as_slice(), [g] if g.atoms.len() == 1);
    let atom_alt = |atom: &Atom, memo: Option<&mut AltMemo>, terms: &mut Vec<u32>| -> Vec<Alt> {
        match atom {
            Atom::Word { text, prefix } => {
                let complete = *prefix && (lone || rank.completes(text));
                let alts = if let Some(memo) = memo {
                    memo.get(text, complete, tolerance, || {
                        word_alternatives(index, stemmers, rank, text, complete, Some(tolerance))
                    })
                } else {
                    exact_terms(index, stemmers, text)
                        .into_iter()
                        .map(|term| TermAlt {
                            term,
                            weight: 1.0,
                            typo_free: true,
                        })
                        .collect()
                };
                terms.extend(alts.iter().map(|a| a.term));
                alts.into_iter().map(Alt::Term).collect()
            }
            Atom::Phrase(words) => {
                let words: Vec<Option<Vec<u32>>> = words
                    .iter()
                    .map(|w| w.as_ref().map(|w| exact_terms(index, stemmers, w)))
                    .collect();
                terms.extend(words.iter().flatten().flatten());
                vec![Alt::Docs {
                    docs: crate::search::phrase::phrase_docs(index, &words),
                    typo_free: true,
                }]
            }
        }
    };
    let typing_short = |g: &&crate::query::Group| {
        expr.groups.len() > 1
            && matches!(g.atoms.as_slice(), [Atom::Word { text, prefix: true }]
                if !rank.completes(text))
    };
    let kept: Vec<&crate::query::Group> = expr
        .groups
        .iter()
        .filter(|g| !typing_short(g))
        .take(MAX_GROUPS)
        .collect();
    let mut groups: Vec<Vec<Alt>> = kept
        .iter()
        .map(|g| {
            g.atoms
                .iter()
                .flat_map(|a| atom_alt(a, Some(&mut *memo), &mut terms))
                .collect()
        })
        .collect();
    let runs = synonyms.runs(stemmers, &kept);
    add_alternatives(index, stemmers, &runs, &mut groups, &mut terms);
    let mut ignored = Vec::new();
    let excluded = expr
        .excluded
        .iter()
        .flat_map(|a| atom_alt(a, None, &mut ignored))
        .collect();
    terms.sort_unstable();
    terms.dedup();
    Resolved {
        groups,
        excluded,
        terms,
    }
}

/// The first index at or after `from` whose doc is `>= target`, found by
/// galloping (doubling steps, then a binary search): cheap for both close
/// and distant targets, so intersecting a short list with a long one costs
/// about the short one's length times a logarithm.
pub(crate) fn gallop(docs: &[u32], from: usize, target: u32) -> usize {
    let mut lo = from;
    let mut step = 1;
    let mut hi = from;
    while hi < docs.len() && docs[hi] < target {
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    let hi = hi.min(docs.len());
    lo + docs[lo..hi].partition_point(|&d| d < target)
}

#[cfg(test)]
mod tests {
    use super::{gallop, AltMemo, TermAlt, Tolerance};

    #[test]
    fn a_word_resolved_once_is_not_resolved_again_for_the_same_query() {
        let alt = |term| TermAlt {
            term,
            weight: 1.0,
            typo_free: true,
        };
        let mut memo = AltMemo::default();
        let mut calls = 0;
        let mut get = |word, complete, tolerance, term| {
            memo.get(word, complete, tolerance, || {
                calls += 1;
                vec![alt(term)]
            })
        };
        assert_eq!(get("stent", false, Tolerance::Normal, 1), [alt(1)]);
        assert_eq!(get("stent", false, Tolerance::Normal, 9), [alt(1)]);
        // Another tolerance, completion or word is another question.
        assert_eq!(get("stent", false, Tolerance::Relaxed, 2), [alt(2)]);
        assert_eq!(get("stent", true, Tolerance::Normal, 3), [alt(3)]);
        assert_eq!(get("stnt", false, Tolerance::Normal, 4), [alt(4)]);
        assert_eq!(calls, 4);
    }

    #[test]
    fn galloping_finds_the_first_doc_at_or_after_the_target() {
        let docs = [1, 3, 5, 7, 9, 11, 13, 15, 17];
        assert_eq!(gallop(&docs, 0, 0), 0);
        assert_eq!(gallop(&docs, 0, 7), 3);
        assert_eq!(gallop(&docs, 0, 8), 4);
        assert_eq!(gallop(&docs, 4, 17), 8);
        assert_eq!(gallop(&docs, 4, 18), 9);
        assert_eq!(gallop(&docs, 9, 1), 9);
    }
}
