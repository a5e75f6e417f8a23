//! Known-item queries: for articles drawn with a seed, the words a reader
//! who remembers the article would type, and how well an engine finds it.
//!
//! Five variants per article (issue 29):
//!
//! * **plain**: the three rarest title words (stop words and words under
//!   three letters left out; ties go to the longer word), rarest first;
//! * **typo**: the same with one inner letter (never the first or the
//!   last, drawn with the seed) deleted from the longest of them, when it
//!   has at least four letters;
//! * **prefix**: the plain words with the last one cut to four letters and
//!   still being typed (no space after it);
//! * **summary**: the two rarest summary words that are not title words;
//! * **summary-typo**: the same with the typo of `typo`.
//!
//! Complete words are followed by a space, as the app's search box leaves
//! them, so only the prefix variant completes its last word.

use std::collections::HashSet;

use serde::Serialize;
use veille_core::{fold, is_stop_word, tokenize, Engine, Query, TokenKind};
use veille_synth::SplitMix64;

/// The five kinds of known-item query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    /// The three rarest title words.
    Plain,
    /// The same with a letter deleted from the longest.
    Typo,
    /// The same with the last word cut to four letters, being typed.
    Prefix,
    /// The two rarest summary words not in the title.
    Summary,
    /// The same with a letter deleted from the longest.
    SummaryTypo,
}

impl Variant {
    /// Every variant, in the order tables list them.
    pub const ALL: [Variant; 5] = [
        Variant::Plain,
        Variant::Typo,
        Variant::Prefix,
        Variant::Summary,
        Variant::SummaryTypo,
    ];

    /// The variant's name in tables and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Plain => "plain",
            Variant::Typo => "typo",
            Variant::Prefix => "prefix",
            Variant::Summary => "summary",
            Variant::SummaryTypo => "summary-typo",
        }
    }
}

/// One query and the article it should find.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KnownItem {
    /// Which kind of query it is.
    pub variant: Variant,
    /// The article's index in the engine (and in the bundle).
    pub doc: u32,
    /// The search text, as typed (complete words end with a space).
    pub text: String,
}

/// The folded words of `text` eligible as distinctive: words of at least
/// three letters, not stop words, found in at least one article; with the
/// number of articles each is in, rarest first (ties to the longer word).
fn rarest_words(engine: &Engine, text: &str, skip: &HashSet<String>) -> Vec<String> {
    let mut words: Vec<(usize, String)> = tokenize(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| fold(&t.text))
        .filter(|w| w.chars().count() >= 3 && !is_stop_word(w) && !skip.contains(w))
        .map(|w| (engine.document_frequency(&w), w))
        .filter(|(df, _)| *df > 0)
        .collect();
    words.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.chars().count().cmp(&a.1.chars().count()))
            .then(a.1.cmp(&b.1))
    });
    words.dedup_by(|a, b| a.1 == b.1);
    words.into_iter().map(|(_, w)| w).collect()
}

/// `words` with one inner letter deleted from the longest (the first
/// longest), at a position drawn from `rng`; `None` when that word has
/// fewer than four letters.
pub fn with_typo(words: &[String], rng: &mut SplitMix64) -> Option<Vec<String>> {
    let longest = words
        .iter()
        .enumerate()
        .max_by(|a, b| {
            a.1.chars()
                .count()
                .cmp(&b.1.chars().count())
                .then(b.0.cmp(&a.0))
        })?
        .0;
    let mut chars: Vec<char> = words[longest].chars().collect();
    if chars.len() < 4 {
        return None;
    }
    chars.remove(rng.between(1, chars.len() - 2));
    let mut out = words.to_vec();
    out[longest] = chars.into_iter().collect();
    Some(out)
}

/// Complete words, each followed by a space.
fn typed(words: &[String]) -> String {
    words.iter().map(|w| format!("{w} ")).collect()
}

/// The known-item queries for `count` articles drawn with `seed` (every
/// article when there are fewer), in the order of [`Variant::ALL`] per
/// article. Articles without eligible title words are not drawn.
pub fn known_items(engine: &Engine, seed: u64, count: usize) -> Vec<KnownItem> {
    let mut rng = SplitMix64::new(seed);
    let mut docs: Vec<u32> = (0..engine.len() as u32).collect();
    // Fisher-Yates, so that the draw does not depend on the sort order.
    for i in (1..docs.len()).rev() {
        docs.swap(i, rng.below(i + 1));
    }
    let mut out = Vec::new();
    let mut drawn = 0;
    for doc in docs {
        if drawn == count {
            break;
        }
        let article = engine.article(doc as usize).expect("a doc of the engine");
        let mut title = rarest_words(engine, article.title, &HashSet::new());
        if title.is_empty() {
            continue;
        }
        title.truncate(3);
        drawn += 1;
        let item = |variant, text| KnownItem { variant, doc, text };
        out.push(item(Variant::Plain, typed(&title)));
        if let Some(words) = with_typo(&title, &mut rng) {
            out.push(item(Variant::Typo, typed(&words)));
        }
        let (last, rest) = title.split_last().expect("not empty");
        let cut: String = last.chars().take(4).collect();
        out.push(item(Variant::Prefix, format!("{}{cut}", typed(rest))));
        let in_title: HashSet<String> = tokenize(article.title)
            .into_iter()
            .map(|t| fold(&t.text))
            .collect();
        let mut summary = rarest_words(engine, article.summary.unwrap_or(""), &in_title);
        summary.truncate(2);
        if !summary.is_empty() {
            out.push(item(Variant::Summary, typed(&summary)));
            if let Some(words) = with_typo(&summary, &mut rng) {
                out.push(item(Variant::SummaryTypo, typed(&words)));
            }
        }
    }
    out
}

/// Where an engine ranked the article of one query: its 1-based rank in
/// the first ten hits, and whether the query found anything at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The article's rank among the first ten hits, if there.
    pub rank: Option<u32>,
    /// Whether the query had no result at all.
    pub empty: bool,
}

/// Veille's outcome for one query.
pub fn veille_outcome(engine: &Engine, item: &KnownItem) -> Outcome {
    let results = engine.search(&Query::text(item.text.clone()));
    let rank = results
        .hits
        .iter()
        .take(10)
        .position(|h| h.doc == item.doc)
        .map(|i| i as u32 + 1);
    Outcome {
        rank,
        empty: results.total == 0,
    }
}

/// A variant's figures: top-3 share, MRR@10 and queries with no result.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    /// Queries asked.
    pub queries: usize,
    /// Queries whose article was in the first three.
    pub top3: usize,
    /// Sum of 1 / rank over the queries whose article was in the first ten.
    pub reciprocal: f64,
    /// Queries with no result at all.
    pub empty: usize,
}

impl Score {
    /// Adds one query's outcome.
    pub fn add(&mut self, o: Outcome) {
        self.queries += 1;
        self.top3 += usize::from(o.rank.is_some_and(|r| r <= 3));
        self.reciprocal += o.rank.map_or(0.0, |r| 1.0 / f64::from(r));
        self.empty += usize::from(o.empty);
    }

    /// `top-3 % / MRR@10 / empty`, as the tables show it.
    pub fn cell(&self) -> String {
        let n = self.queries.max(1) as f64;
        format!(
            "{:.1} % / {:.3} / {}",
            100.0 * self.top3 as f64 / n,
            self.reciprocal / n,
            self.empty
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typo_deletes_an_inner_letter_of_the_longest_word() {
        let words = vec!["stent".to_string(), "catheter".to_string()];
        for seed in 0..50 {
            let typo = with_typo(&words, &mut SplitMix64::new(seed)).unwrap();
            assert_eq!(typo[0], "stent");
            assert_eq!(typo[1].len(), 7);
            assert!(typo[1].starts_with('c') && typo[1].ends_with('r'));
        }
    }

    #[test]
    fn words_of_three_letters_get_no_typo() {
        let words = vec!["abc".to_string()];
        assert_eq!(with_typo(&words, &mut SplitMix64::new(1)), None);
    }

    #[test]
    fn the_same_seed_draws_the_same_queries_and_each_finds_a_word() {
        let engine = Engine::new(crate::synth::generate(300, 7));
        let a = known_items(&engine, 29, 50);
        assert_eq!(a, known_items(&engine, 29, 50));
        assert!(a.iter().filter(|k| k.variant == Variant::Plain).count() == 50);
        assert!(a
            .iter()
            .any(|k| k.variant == Variant::Prefix && !k.text.ends_with(' ')));
        let mut score = Score::default();
        for k in a.iter().filter(|k| k.variant == Variant::Plain) {
            score.add(veille_outcome(&engine, k));
        }
        assert_eq!(score.empty, 0);
        assert!(score.top3 >= 40, "{}", score.cell());
    }
}
