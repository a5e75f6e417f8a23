//! The word lists the admission rules use: generic words of news and
//! research writing (ours), and the most common English words (SCOWL's
//! size 10 and 20 lists, `data/common-english.txt`, whose permissive notice
//! is `data/SCOWL-COPYRIGHT.txt`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::fold::word_key;

/// Words (ours, one a line in `data/edge.txt`) that make a phrase generic when they open or close it: `study
/// results`, `new data`, `BEST-CLI trial` (whose name, `BEST-CLI`, stays a
/// candidate), `Charing Cross Symposium`. Keys (singular, American).
const EDGE: &str = include_str!("data/edge.txt");

/// Words (ours, `data/alone.txt`) too vague to be a topic alone, though fine inside a phrase:
/// `therapy` (but `gene therapy`), `device` (but `closure device`).
const ALONE: &str = include_str!("data/alone.txt");

fn set(words: &str) -> FxHashSet<String> {
    words.lines().map(word_key).collect()
}

/// Whether `key` (a word key) makes a phrase that opens or closes with it generic.
pub fn is_generic_edge(key: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| set(EDGE)).contains(key)
}

/// Whether `key` is too vague to be a topic on its own.
pub fn is_generic_alone(key: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    is_generic_edge(key) || SET.get_or_init(|| set(ALONE)).contains(key)
}

/// Whether `key` is one of the most common English words (SCOWL's sizes
/// 10 and 20: about 11,000 words with their inflections).
pub fn is_common_english(key: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("data/common-english.txt")
            .lines()
            .map(word_key)
            .collect()
    })
    .contains(key)
}

/// Whether `key` is a capitalised name in SCOWL's lists up to size 50
/// (`data/proper-names.txt`): places (`Leipzig`) and first and last names,
/// but also some makers' names (`Cook`, `Gore`), which the rules keep when
/// the corpus names them as makers.
pub fn is_proper_name(key: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("data/proper-names.txt")
            .lines()
            .map(word_key)
            .collect()
    })
    .contains(key)
}

/// Whether a lower-case single word looks like an adjective, adverb or
/// past participle rather than a thing (`vascular`, `aortic`, `rapidly`,
/// `treated`): such words open topics (`aortic stenosis`) but are none.
pub fn is_modifier(key: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "al", "ar", "ac", "ic", "ous", "ive", "ary", "ly", "ed", "ible", "able",
    ];
    key.len() > 4 && SUFFIXES.iter().any(|s| key.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_hold_keys() {
        assert!(is_generic_edge("study"));
        assert!(is_generic_edge(&word_key("studies")));
        assert!(is_generic_alone("therapy"));
        assert!(!is_generic_alone("thrombectomy"));
        assert!(is_common_english("people"));
        assert!(!is_common_english("aneurysm"));
        assert!(
            is_modifier("vascular")
                && is_modifier("rapidly")
                && !is_modifier("stent")
                && !is_modifier("implant")
        );
    }
}
