//! Candidate terms: every run of 1 to 4 words inside a run of non-stop
//! words of one chunk, with the corpus statistics the admission rules read.

use rustc_hash::{FxHashMap, FxHashSet};

use super::words::Word;

/// The longest candidate, in words.
pub const MAX_WORDS: usize = 4;

/// What the corpus says about one candidate key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Articles it occurs in.
    pub df: u32,
    /// Occurrences.
    pub count: u32,
    /// Occurrences with every word capitalised.
    pub capitalised: u32,
    /// Occurrences opening a sentence.
    pub sentence_initial: u32,
    /// Occurrences right before an affiliation in parentheses (a person).
    pub before_affiliation: u32,
    /// Occurrences right after `in` or `from` (a place).
    pub after_in_from: u32,
    /// Occurrences inside an affiliation.
    pub in_affiliation: u32,
    /// Occurrences naming a maker in parentheses (`(Gore)`).
    pub in_maker: u32,
    /// The most frequent candidate one word longer that contains it.
    pub best_extension: u32,
    /// Words.
    pub words: u8,
}

/// The candidates of a corpus.
#[derive(Clone, Debug, Default)]
pub struct Candidates {
    /// Statistics per key (the words' keys joined by spaces).
    pub stats: FxHashMap<String, Stats>,
}

impl Candidates {
    /// Counts the candidates of one article's words.
    pub fn add(&mut self, words: &[Word<'_>]) {
        let mut seen: FxHashSet<String> = FxHashSet::default();
        let mut i = 0;
        while i < words.len() {
            if !is_content(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && is_content(&words[j]) && words[j].chunk == words[i].chunk {
                j += 1;
            }
            self.add_run(words, i, j, &mut seen);
            i = j;
        }
        for key in seen {
            if let Some(s) = self.stats.get_mut(&key) {
                s.df += 1;
            }
        }
    }

    fn add_run(
        &mut self,
        words: &[Word<'_>],
        from: usize,
        to: usize,
        seen: &mut FxHashSet<String>,
    ) {
        for start in from..to {
            let mut key = String::new();
            for end in start..to.min(start + MAX_WORDS + 1) {
                if end > start {
                    key.push(' ');
                }
                key.push_str(&words[end].key);
                let n = end - start + 1;
                if !self.stats.contains_key(key.as_str()) {
                    // Copied only the first time: most keys are seen again.
                    self.stats.insert(key.clone(), Stats::default());
                }
                let Some(s) = self.stats.get_mut(key.as_str()) else {
                    continue;
                };
                if n > MAX_WORDS {
                    // Only counted as an extension of the shorter ones.
                    s.count += 1;
                    break;
                }
                let first = &words[start];
                let last = &words[end];
                s.words = n as u8;
                s.count += 1;
                s.capitalised += u32::from(words[start..=end].iter().all(|w| w.cap));
                s.sentence_initial += u32::from(first.sentence_start);
                s.before_affiliation += u32::from(end + 1 == to && last.before_affiliation);
                s.in_affiliation += u32::from(first.in_affiliation);
                s.in_maker += u32::from(first.in_maker);
                s.after_in_from += u32::from(after_in_from(words, start));
                if !seen.contains(&key) {
                    seen.insert(key.clone());
                }
            }
        }
    }

    /// Adds another part of the corpus's counts (before [`Self::finish`]).
    pub fn merge(&mut self, other: Candidates) {
        for (key, o) in other.stats {
            let s = self.stats.entry(key).or_default();
            s.df += o.df;
            s.count += o.count;
            s.capitalised += o.capitalised;
            s.sentence_initial += o.sentence_initial;
            s.before_affiliation += o.before_affiliation;
            s.after_in_from += o.after_in_from;
            s.in_affiliation += o.in_affiliation;
            s.in_maker += o.in_maker;
            s.words = s.words.max(o.words);
        }
    }

    /// Fills in [`Stats::best_extension`] once every article is counted.
    pub fn finish(&mut self) {
        let mut best: FxHashMap<String, u32> = FxHashMap::default();
        for (key, s) in &self.stats {
            let Some((prefix, _)) = key.rsplit_once(' ') else {
                continue;
            };
            let suffix = key.split_once(' ').map_or("", |(_, s)| s);
            for part in [prefix, suffix] {
                let b = best.entry(part.to_owned()).or_default();
                *b = (*b).max(s.count);
            }
        }
        self.stats.retain(|_, s| s.words > 0);
        for (key, b) in best {
            if let Some(s) = self.stats.get_mut(&key) {
                s.best_extension = b;
            }
        }
    }
}

/// Whether the word at `at` follows `in`, `from`, `in the` or `from the` in its chunk.
fn after_in_from(words: &[Word<'_>], at: usize) -> bool {
    let chunk = words[at].chunk;
    let before = |k: usize| {
        at.checked_sub(k)
            .map(|i| &words[i])
            .filter(|w| w.chunk == chunk)
            .map(|w| w.key.as_str())
    };
    match before(1) {
        Some("in" | "from") => true,
        Some("the") => matches!(before(2), Some("in" | "from")),
        _ => false,
    }
}

/// A word that can be part of a candidate: not a stop word, not a number,
/// not a single letter.
fn is_content(w: &Word<'_>) -> bool {
    !w.stop && !w.number && w.key.chars().count() > 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics::words::words;

    fn mined(texts: &[&str]) -> Candidates {
        let mut c = Candidates::default();
        for t in texts {
            c.add(&words(t).0);
        }
        c.finish();
        c
    }

    #[test]
    fn runs_of_non_stop_words_give_every_ngram_with_its_document_frequency() {
        let c = mined(&[
            "The drug-coated balloon was used.",
            "A drug coated balloon, again a balloon.",
        ]);
        let s = &c.stats["drug coated balloon"];
        assert_eq!((s.df, s.count, s.words), (2, 2, 3));
        assert_eq!(c.stats["balloon"].count, 3);
        assert_eq!(c.stats["balloon"].df, 2);
        assert!(!c.stats.contains_key("balloon again"));
        assert!(!c.stats.contains_key("the drug"));
    }

    #[test]
    fn a_word_always_inside_a_longer_phrase_has_that_phrase_as_best_extension() {
        let c = mined(&["Boston Scientific said.", "Boston Scientific again."]);
        assert_eq!(c.stats["boston"].best_extension, 2);
        assert_eq!(c.stats["boston scientific"].best_extension, 1);
    }

    #[test]
    fn places_and_people_are_counted_by_their_context() {
        let c = mined(&[
            "Held in Paris today. From the UK.",
            "Said Jane Doe (Paris Hospital, Paris, France).",
        ]);
        assert_eq!(c.stats["paris"].after_in_from, 1);
        assert_eq!(c.stats["uk"].after_in_from, 1);
        assert_eq!(c.stats["jane doe"].before_affiliation, 1);
        assert_eq!(c.stats["paris hospital"].in_affiliation, 1);
    }
}
