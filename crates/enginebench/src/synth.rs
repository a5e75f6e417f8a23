//! The benchmark corpus: the project's synthetic generator (`veille-synth`)
//! with a long tail of 30,000 invented words, each article written as the
//! Markdown file the generator would put on disk and read into the engine's
//! [`Article`] by the builder's own reader ([`veille_cli::read_document`]),
//! as `veille build` reads every file.
//!
//! Same seed, same articles, on every machine: about 200 tags drawn
//! Zipf-like, 2 to 5 per article, dates spread over 2000–2026, 8 sources.

use std::path::Path;

use veille_core::Article;
use veille_synth::{Generator, SynthArticle};

/// A word that occurs in few articles (deep in the Zipf tail), with the
/// trailing space that makes it a whole word rather than a prefix.
pub const RARE_WORD: &str = "zotarolimus ";
/// The most frequent tag.
pub const MOST_COMMON_TAG: &str = "Cardiology";
/// Invented words added after the generator's own vocabulary.
pub const LONG_TAIL: usize = 30_000;
/// The collection the articles are written to (`papers/<slug>.md`).
const COLLECTION: &str = "papers";

/// `n` articles, the same for the same `n` and `seed`.
pub fn generate(n: usize, seed: u64) -> Vec<Article> {
    Generator::with_long_tail(seed, LONG_TAIL)
        .take(n)
        .map(|a| read(&a))
        .collect()
}

/// The article the builder reads from `a`'s Markdown file.
fn read(a: &SynthArticle) -> Article {
    let path = Path::new(COLLECTION).join(a.file_name());
    veille_cli::read_document(&path, COLLECTION, a.to_markdown().as_bytes())
        .unwrap_or_else(|| panic!("the builder reads {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_articles() {
        assert_eq!(generate(50, 7), generate(50, 7));
        assert_ne!(generate(50, 7), generate(50, 8));
    }

    #[test]
    fn articles_have_two_to_five_tags_and_dates_from_2000_to_2026() {
        for a in generate(500, 1) {
            assert!((2..=5).contains(&a.tags.len()));
            assert!((2000..=2026).contains(&a.year().unwrap()));
            assert!(!a.body_text.contains("## "), "{}", a.body_text);
        }
    }
}
