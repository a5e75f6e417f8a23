//! Key folding: the one spelling a word is counted and matched under, so
//! that plurals, hyphenation and British or American spelling make one key
//! (`DCBs` and `DCB`; `drug-coated balloons` and `drug coated balloon`;
//! `ischaemia` and `ischemia`; `randomised` and `randomized`).
//!
//! A key is never shown: labels keep the most frequent surface form. So the
//! rules may be blunt, as long as two different words of the domain never
//! meet under one key.

use veille_core::fold;

/// The key of one word: folded (lower case, accents dropped, as the index
/// does it), then singular, then American spelling.
pub fn word_key(surface: &str) -> String {
    // An acronym's plural: `AAAs`, `DCBs`.
    let surface = match surface.strip_suffix('s') {
        Some(s) if s.len() >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) => s,
        _ => surface,
    };
    key_of_folded(surface, fold(surface))
}

/// [`word_key`] when the caller has already folded the word (`folded` is
/// `fold(surface)`): no further allocation unless a rule changes it.
pub fn key_of_folded(surface: &str, folded: String) -> String {
    let acronym_plural = surface.len() >= 3
        && surface.ends_with('s')
        && surface[..surface.len() - 1]
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    if acronym_plural {
        let mut f = folded;
        f.pop();
        return f;
    }
    american(singular(folded))
}

/// The key of a phrase: its words' keys joined by one space; hyphens and
/// other separators between words count as spaces, and a possessive `s`
/// (`Ireland's`) is dropped.
pub fn phrase_key(text: &str) -> String {
    let mut key = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "s")
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&word_key(word));
    }
    key
}

/// English plural to singular, for nouns of news text. Words that end in
/// `ss`, `us`, `is` or `sis` are already singular (`stenosis`, `bypass`,
/// `sirolimus`); short words and numbers are left alone.
pub fn singular(word: String) -> String {
    let n = word.len();
    const UNCOUNTABLE: &[&str] = &["news", "series", "species", "diabetes", "herpes", "measles"];
    if n <= 3
        || !word.is_ascii()
        || word.bytes().any(|b| b.is_ascii_digit())
        || UNCOUNTABLE.contains(&word.as_str())
    {
        return word;
    }
    if word.ends_with("ies") && n > 4 {
        let mut w = word;
        w.truncate(n - 3);
        w.push('y');
        return w;
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(suffix) {
            let mut w = word;
            w.truncate(n - 2);
            return w;
        }
    }
    if word.ends_with('s')
        && !["ss", "us", "is", "os", "ous"]
            .iter()
            .any(|s| word.ends_with(s))
    {
        let mut w = word;
        w.truncate(n - 1);
        return w;
    }
    word
}

/// British spellings to American ones: `ae`/`oe` inside medical words
/// (`haemorrhage`, `oedema`), `-isation`/`-ise` verbs, `-our` and `-tre`.
pub fn american(word: String) -> String {
    let mut w = word;
    if w.len() > 5 {
        for (uk, us) in [("aem", "em"), ("aes", "es")] {
            if let Some(i) = w.find(uk).filter(|&i| i > 0) {
                w.replace_range(i..i + uk.len(), us);
            }
        }
        if w.starts_with("oe") {
            w.replace_range(0..2, "e");
        }
    }
    for (uk, us) in [
        ("isation", "ization"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("our", "or"),
        ("tre", "ter"),
    ] {
        if w.len() >= uk.len() + 3 && w.ends_with(uk) {
            w.truncate(w.len() - uk.len());
            w.push_str(us);
            break;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_fold_to_the_singular_and_singular_latin_words_stay() {
        assert_eq!(word_key("DCBs"), "dcb");
        assert_eq!(word_key("balloons"), "balloon");
        assert_eq!(word_key("therapies"), "therapy");
        assert_eq!(word_key("stenosis"), "stenosis");
        assert_eq!(word_key("sirolimus"), "sirolimus");
        assert_eq!(word_key("bypass"), "bypass");
        assert_eq!(word_key("patches"), "patch");
        assert_eq!(word_key("news"), "news");
        assert_eq!(word_key("AAAs"), "aaa");
        assert_eq!(word_key("venous"), "venous");
        assert_eq!(word_key("diabetes"), "diabetes");
    }

    #[test]
    fn british_and_american_spellings_share_a_key() {
        assert_eq!(word_key("ischaemia"), word_key("ischemia"));
        assert_eq!(word_key("haemorrhage"), word_key("hemorrhage"));
        assert_eq!(word_key("oedema"), word_key("edema"));
        assert_eq!(word_key("randomised"), word_key("randomized"));
        assert_eq!(word_key("arterialisation"), word_key("arterialization"));
        assert_eq!(word_key("tumour"), word_key("tumor"));
        assert_eq!(word_key("centre"), word_key("center"));
        assert_eq!(word_key("anaesthesia"), word_key("anesthesia"));
    }

    #[test]
    fn hyphens_and_plurals_make_one_phrase_key() {
        assert_eq!(phrase_key("drug-coated balloons"), "drug coated balloon");
        assert_eq!(phrase_key("Drug Coated Balloon"), "drug coated balloon");
    }

    #[test]
    fn different_short_words_keep_different_keys() {
        assert_ne!(word_key("four"), word_key("for"));
        assert_ne!(word_key("does"), word_key("dose"));
        assert_eq!(word_key("CLI"), "cli");
    }
}
