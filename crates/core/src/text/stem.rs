//! Stemming, per language (an article's language is guessed where it is indexed).

use rust_stemmers::{Algorithm, Stemmer};

/// The language an article is stemmed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// Snowball English (Porter 2).
    English,
    /// Snowball French.
    French,
}

/// The English and French Snowball stemmers.
pub struct Stemmers {
    english: Stemmer,
    french: Stemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Self {
            english: Stemmer::create(Algorithm::English),
            french: Stemmer::create(Algorithm::French),
        }
    }
}

impl std::fmt::Debug for Stemmers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmers { english, french }")
    }
}

impl Stemmers {
    /// The stem of a folded word in `language`. Words with digits and words
    /// of one or two letters are kept as they are (`5.5`, `cp`, `covid19`).
    pub fn stem(&self, folded: &str, language: Language) -> String {
        if folded.len() <= 2 || folded.bytes().any(|b| b.is_ascii_digit()) {
            return folded.to_owned();
        }
        let stemmer = match language {
            Language::English => &self.english,
            Language::French => &self.french,
        };
        stemmer.stem(folded).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_plurals_share_a_stem_with_their_singular() {
        let s = Stemmers::default();
        assert_eq!(
            s.stem("stents", Language::English),
            s.stem("stent", Language::English)
        );
        assert_eq!(
            s.stem("thrombectomies", Language::English),
            s.stem("thrombectomy", Language::English)
        );
    }

    #[test]
    fn french_plurals_share_a_stem_with_their_singular() {
        let s = Stemmers::default();
        assert_eq!(
            s.stem("etudes", Language::French),
            s.stem("etude", Language::French)
        );
        assert_eq!(
            s.stem("dispositifs", Language::French),
            s.stem("dispositif", Language::French)
        );
    }

    #[test]
    fn numbers_and_short_words_are_not_stemmed() {
        let s = Stemmers::default();
        assert_eq!(s.stem("5.5", Language::English), "5.5");
        assert_eq!(s.stem("cp", Language::English), "cp");
    }
}
