//! The benchmark corpus: the project's synthetic generator (`veille-synth`)
//! with a long tail of 30,000 invented words, turned into the engine's
//! [`Article`]s the way the CLI would read them (Markdown body to plain text
//! with the CLI's own converter).
//!
//! Same seed, same articles, on every machine: about 200 tags drawn
//! Zipf-like, 2 to 5 per article, dates spread over 2000–2026, 8 sources.

use std::collections::BTreeMap;

use veille_core::{Article, ArticleDate};
use veille_synth::{Generator, SynthArticle};

/// A word that occurs in few articles (deep in the Zipf tail), with the
/// trailing space that makes it a whole word rather than a prefix.
pub const RARE_WORD: &str = "zotarolimus ";
/// The most frequent tag.
pub const MOST_COMMON_TAG: &str = "Cardiology";
/// Invented words added after the generator's own vocabulary.
pub const LONG_TAIL: usize = 30_000;

/// `n` articles, the same for the same `n` and `seed`.
pub fn generate(n: usize, seed: u64) -> Vec<Article> {
    Generator::with_long_tail(seed, LONG_TAIL)
        .take(n)
        .map(to_article)
        .collect()
}

fn to_article(a: SynthArticle) -> Article {
    let source_host = a
        .source_url
        .split('/')
        .nth(2)
        .map(|h| h.trim_start_matches("www.").to_owned());
    Article {
        slug: a.slug,
        collection: "papers".to_owned(),
        permalink: a.permalink,
        title: a.title,
        date: ArticleDate::from_ymd(a.ymd.0, a.ymd.1, a.ymd.2),
        published_label: Some(a.published_label),
        summary: Some(a.summary),
        source_url: Some(a.source_url),
        source_host,
        tags: a.tags,
        image_url: Some(a.image_url),
        image_credit: Some(a.image_credit),
        body_html: String::new(),
        body_text: veille_cli::markdown::to_text(&a.body),
        extra: BTreeMap::new(),
    }
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
