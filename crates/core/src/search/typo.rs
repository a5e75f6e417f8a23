//! Typo tolerance: how many edits a query word is allowed, and which
//! dictionary words within that distance it also matches, and how.
//!
//! A word gets one edit from [`RankParams::typo1_min_len`] letters (4 by
//! default) and two from [`RankParams::typo2_min_len`] (8); a word one
//! letter shorter than the first gets one edit only when it matches nothing
//! as typed (three letters have many neighbours: `cat`, `car`, `can`), and
//! numbers never get any (`2023` is not a typo of `2024`), though words
//! with digits do (`dtour1` finds `detour1`). Corrections keep the first
//! letter as typed (it is rarely the mistyped one, and the dictionary walk
//! then covers that letter's words only). Only words found in fewer than
//! [`RankParams::typo_df_threshold`] articles as typed get corrections at
//! first. When a query finds nothing, the engine asks again with
//! [`Tolerance::Relaxed`]: corrections for every word, one more edit,
//! short words always one, and the first letter may be wrong too (with
//! one edit).
//!
//! Corrections rank below the word as typed (a lower tier), except when the
//! word as typed is itself rare and the correction far more common: a
//! misspelling that a few articles share (`stnet`) should not bury the word
//! meant (`stent`), so such a correction ranks in the same tier, on its
//! (lower) weight.

use crate::index::Index;
use crate::search::rank::RankParams;
use crate::search::resolve::TermAlt;

/// How far from the words as typed a search looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tolerance {
    /// The usual budget (see the module documentation).
    Normal,
    /// After a search that found nothing: corrections for every word, one
    /// more edit, one for every word of three letters or more, and the
    /// first letter may differ (with one edit).
    Relaxed,
}

/// A correction found in at least this many times as many articles as the
/// word as typed, when that word is rare ([`is_rare`]), ranks in the same
/// tier as the word as typed: the word then looks like a misspelling that
/// a few articles share.
pub const COMMON_CORRECTION_RATIO: usize = 8;

/// Whether a word found in `df` of `n` articles is rare enough to be taken
/// for a misspelling: in at most 3 articles, or one in 500 (`news`, in a
/// tenth of a corpus, is no misspelling of `new`).
pub fn is_rare(df: usize, n: usize) -> bool {
    df <= 3.max(n / 500)
}

/// The number of edits a folded query word may be from the words it
/// matches. `has_exact`: the word matches an index term as typed.
pub fn max_edits(params: &RankParams, word: &str, has_exact: bool, tolerance: Tolerance) -> u32 {
    if !word.chars().any(char::is_alphabetic) {
        return 0;
    }
    let len = word.chars().count();
    let short = params.typo1_min_len.saturating_sub(1).max(3);
    let normal = if len >= params.typo2_min_len {
        2
    } else if len >= params.typo1_min_len || (len >= short && !has_exact) {
        1
    } else {
        0
    };
    match tolerance {
        Tolerance::Normal => normal,
        Tolerance::Relaxed if len >= short + 2 => (normal + 1).min(2),
        Tolerance::Relaxed if len >= short => normal.max(1),
        Tolerance::Relaxed => 0,
    }
}

/// The corrections of `word`: the terms of the dictionary words within its
/// edit budget that are not among `exact` (its terms as typed and
/// completed), each weighted by its distance, in the tier of
/// corrections unless it is far more common than the word as typed.
/// `attested`: the articles the word matches as typed.
pub fn corrections(
    index: &Index,
    params: &RankParams,
    word: &str,
    exact: &[TermAlt],
    attested: usize,
    tolerance: Tolerance,
) -> Vec<TermAlt> {
    let has_exact = !exact.is_empty();
    let rare = has_exact && is_rare(attested, index.doc_count);
    let max = max_edits(params, word, has_exact, tolerance);
    // A well-attested word gets its look-alikes only when nothing matches.
    if max == 0 || (tolerance == Tolerance::Normal && attested >= params.typo_df_threshold) {
        return Vec::new();
    }
    let mut found = match tolerance {
        Tolerance::Normal => index.vocab.within_edits_same_start(word, max),
        // The first letter may be wrong too, with one edit (the walk over
        // the whole dictionary costs most at two).
        Tolerance::Relaxed => {
            let mut all = index.vocab.within_edits_same_start(word, max);
            all.extend(index.vocab.within_edits(word, 1));
            all
        }
    };
    // A term reached from several surface words keeps its closest.
    found.sort_unstable_by_key(|&(term, dist)| (term, dist));
    found.dedup_by_key(|&mut (term, _)| term);
    found
        .into_iter()
        .filter(|&(term, _)| !exact.iter().any(|a| a.term == term))
        .map(|(term, dist)| {
            let weight = if dist == 1 {
                params.typo1_weight
            } else {
                params.typo2_weight
            };
            let df = index.postings(term).len();
            TermAlt {
                term,
                weight,
                typo_free: rare && df >= COMMON_CORRECTION_RATIO * attested.max(1),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> RankParams {
        RankParams::default()
    }

    #[test]
    fn four_letters_get_one_edit_and_eight_two() {
        assert_eq!(max_edits(&p(), "plug", true, Tolerance::Normal), 1);
        assert_eq!(max_edits(&p(), "catheter", true, Tolerance::Normal), 2);
        assert_eq!(max_edits(&p(), "cathete", true, Tolerance::Normal), 1);
    }

    #[test]
    fn three_letters_get_one_edit_only_when_they_match_nothing() {
        assert_eq!(max_edits(&p(), "cer", false, Tolerance::Normal), 1);
        assert_eq!(max_edits(&p(), "cat", true, Tolerance::Normal), 0);
        assert_eq!(max_edits(&p(), "cat", true, Tolerance::Relaxed), 1);
        assert_eq!(max_edits(&p(), "ab", false, Tolerance::Relaxed), 0);
    }

    #[test]
    fn numbers_get_no_edit_but_words_with_digits_do() {
        assert_eq!(max_edits(&p(), "2023", false, Tolerance::Relaxed), 0);
        assert_eq!(max_edits(&p(), "dtour1", false, Tolerance::Normal), 1);
    }

    #[test]
    fn a_search_that_found_nothing_allows_one_more_edit() {
        assert_eq!(max_edits(&p(), "plugs", true, Tolerance::Relaxed), 2);
        assert_eq!(max_edits(&p(), "plug", true, Tolerance::Relaxed), 1);
    }
}
