//! Stemming, per language, and a cheap guess of an article's language.

use rust_stemmers::{Algorithm, Stemmer};

use super::stopwords::{is_english_stop_word, is_french_stop_word};

/// The language an article is stemmed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// Snowball English (Porter 2).
    English,
    /// Snowball French.
    French,
}

/// Guesses the language of a run of folded words by counting stop words of
/// each language; English wins ties (it is most of the corpus).
pub fn guess_language<'a>(words: impl IntoIterator<Item = &'a str>) -> Language {
    let (mut en, mut fr) = (0u32, 0u32);
    for w in words {
        en += u32::from(is_english_stop_word(w));
        fr += u32::from(is_french_stop_word(w));
    }
    if fr > en {
        Language::French
    } else {
        Language::English
    }
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

    #[test]
    fn a_french_text_is_told_from_an_english_one() {
        let fr = "les patients de la cohorte et des centres";
        let en = "the patients of the cohort and the centres";
        assert_eq!(guess_language(fr.split(' ')), Language::French);
        assert_eq!(guess_language(en.split(' ')), Language::English);
    }
}
