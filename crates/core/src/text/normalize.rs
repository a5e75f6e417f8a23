//! Case and diacritic folding.
//!
//! Every character is decomposed (Unicode NFKD), its combining marks are
//! dropped and what remains is lower-cased, so `Étude`, `ÉTUDE` and `etude`
//! all fold to `etude`, and `ﬁ` (a ligature) folds to `fi`. A few letters that
//! NFKD keeps whole are spelled out: `œ` → `oe`, `æ` → `ae`, `ß` → `ss`,
//! `ø` → `o`, `ł` → `l`, `đ` → `d`.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Appends the folded form of `c` to `out`.
///
/// ASCII letters take a fast path; everything else goes through NFKD.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        match d {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' | 'ẞ' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(d.to_lowercase()),
        }
    });
}

/// The folded form of a whole string: lower case, without diacritics.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accents_and_case_are_folded_away() {
        assert_eq!(fold("Étude"), "etude");
        assert_eq!(fold("décembre"), "decembre");
        assert_eq!(fold("ÇA VA"), "ca va");
    }

    #[test]
    fn ligatures_and_special_letters_are_spelled_out() {
        assert_eq!(fold("Œdème"), "oedeme");
        assert_eq!(fold("ﬁbrillation"), "fibrillation");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn decomposed_input_folds_like_precomposed_input() {
        assert_eq!(fold("e\u{301}tude"), fold("étude"));
    }
}
