//! English and French stop words, in folded form.
//!
//! Stop words are not indexed (they still take a position, so phrases keep
//! their shape) and are dropped from queries. The lists are short on purpose:
//! words that carry meaning in medical news (`no`, `not` aside) are kept, and
//! words that are stop words in one language but terms in the other (`son`,
//! `us`, `est`) are left out of the lists.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// English stop words, sorted.
const ENGLISH: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "doing", "during", "each", "for", "from", "had", "has", "have", "having", "he",
    "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "of", "off", "on", "once",
    "only", "or", "other", "our", "ours", "out", "over", "own", "s", "same", "she", "should", "so",
    "some", "such", "t", "than", "that", "the", "their", "theirs", "them", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
    "with", "would", "you", "your", "yours",
];

/// French stop words, sorted, folded (`à` is `a`, `été` is `ete`).
const FRENCH: &[&str] = &[
    "a", "afin", "ai", "aille", "ainsi", "apres", "au", "aucun", "aussi", "autre", "aux", "avant",
    "avec", "avoir", "c", "ce", "ceci", "cela", "celle", "celles", "celui", "ces", "cet", "cette",
    "ceux", "chaque", "chez", "comme", "comment", "d", "dans", "de", "des", "donc", "dont", "du",
    "elle", "elles", "en", "encore", "entre", "et", "etaient", "etait", "etant", "ete", "etre",
    "eu", "fait", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lors", "lui",
    "m", "ma", "mais", "me", "meme", "mes", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont",
    "ou", "par", "pas", "peu", "peut", "plus", "pour", "qu", "quand", "que", "quel", "quelle",
    "qui", "sa", "sans", "se", "selon", "ses", "si", "sont", "sous", "sur", "ta", "te", "tes",
    "toi", "ton", "tous", "tout", "toute", "toutes", "tres", "tu", "un", "une", "unes", "uns",
    "vers", "via", "vos", "votre", "vous", "y",
];

/// Stop words of both languages, with a bit per language (1 English, 2
/// French), in a hash map built on first use: one hash look-up instead of
/// two binary searches per word.
fn table() -> &'static FxHashMap<&'static str, u8> {
    static TABLE: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        for w in ENGLISH {
            *t.entry(*w).or_insert(0) |= 1;
        }
        for w in FRENCH {
            *t.entry(*w).or_insert(0) |= 2;
        }
        t
    })
}

fn flags(folded: &str) -> u8 {
    if folded.len() > 8 {
        return 0;
    }
    table().get(folded).copied().unwrap_or(0)
}

/// Whether `folded` is an English stop word.
pub fn is_english_stop_word(folded: &str) -> bool {
    flags(folded) & 1 != 0
}

/// Whether `folded` is a French stop word.
pub fn is_french_stop_word(folded: &str) -> bool {
    flags(folded) & 2 != 0
}

/// Whether `folded` is a stop word in English or in French.
pub fn is_stop_word(folded: &str) -> bool {
    flags(folded) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_lists_are_sorted_and_no_word_is_longer_than_eight_letters() {
        assert!(ENGLISH.iter().chain(FRENCH).all(|w| w.len() <= 8));
        assert!(ENGLISH.windows(2).all(|w| w[0] < w[1]));
        assert!(FRENCH.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn common_function_words_are_stop_words_but_terms_are_not() {
        for w in ["the", "or", "de", "les", "ete"] {
            assert!(is_stop_word(w), "{w}");
        }
        for w in ["orchid", "stent", "cp", "us", "son", "tavr"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }
}
