//! Ranking knobs and the BM25F formulas.
//!
//! Veille scores with BM25F: each field's term frequency is weighted and
//! normalized by that field's length *before* saturation, so a word in a
//! short title counts more than the same word deep in a long body, but ten
//! repetitions in the body do not beat one in the title.
//!
//! ```text
//! tf~(t, d) = Σ_f  w_f · tf_f(t, d) / (1 − b_f + b_f · len_f(d) / avglen_f)
//! score(d)  = Σ_t  idf(t) · tf~ / (k1 + tf~) · alt_weight(t)
//! idf(t)    = ln(1 + (N − df + 0.5) / (df + 0.5))
//! ```
//!
//! (The usual `(k1 + 1)` factor is a constant and is left out: it does not
//! change the order.) `alt_weight` is 1 for the word as typed and lower for
//! the words a query word was expanded to by prefix or typo tolerance.
//!
//! Documents are then ordered by (1) how many query words they match
//! without a typo, (2) score, (3) recency: the newest wins exact ties, and
//! undated documents come after dated ones.

use serde::{Deserialize, Serialize};

/// The number of indexed fields.
pub const FIELD_COUNT: usize = 4;

/// Every knob of the ranking, with its effect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankParams {
    /// Weight of a term occurrence per field, in the order the fields
    /// are indexed (title, summary, tags, body). Default `[3.0, 1.5, 2.0, 1.0]`: a title
    /// word counts three body words, a tag two, a summary word one and a half.
    /// Raising one field's weight pulls documents that match there upward.
    pub field_weights: [f32; FIELD_COUNT],
    /// Length normalization per field, `0.0..=1.0`. Default
    /// `[0.3, 0.5, 0.0, 0.75]`: long bodies are penalized most, titles
    /// little (they are all short), tags not at all. 0 ignores length; 1
    /// divides fully by the length relative to the field's average.
    pub b: [f32; FIELD_COUNT],
    /// BM25 saturation, default `1.2`. Lower values make repeated
    /// occurrences matter less; higher values let frequency count longer.
    pub k1: f32,
    /// Weight of a word reached by completing the last, still-typed query
    /// word (`cardi` → `cardiology`). Default `0.8`, so a full word typed
    /// out scores above a completion. Completions still count as matches
    /// "without a typo" in the ranking tiers.
    pub prefix_weight: f32,
    /// Weight of a word one edit away from a query word. Default `0.35`.
    /// Typo matches also rank in a lower tier than exact ones, whatever
    /// their score (see the module documentation).
    pub typo1_weight: f32,
    /// Weight of a word two edits away (query words of nine letters or more).
    /// Default `0.2`.
    pub typo2_weight: f32,
    /// Shortest query word, in characters, that may match with one edit.
    /// Default 4 (and one letter shorter when the word matches nothing as
    /// typed; see `crate::search::typo`).
    pub typo1_min_len: usize,
    /// Shortest query word, in characters, that may match with two edits. Default 8.
    pub typo2_min_len: usize,
    /// Typo tolerance looks for words near a query word that is found, as
    /// typed (or completed), in fewer than this many articles; when the
    /// query then finds nothing, it looks for every word's (see
    /// `crate::search::relax`: `needes`, stemmed as `need`, then finds
    /// `needles`). Default 5: a misspelling a few articles share gets its
    /// corrections at once, and a well-attested word does not drag in
    /// look-alikes (`stroke` does not also match `strike`), which keeps
    /// totals and facet counts to what was asked and saves the dictionary
    /// walk. On the publisher's known-item queries (with relaxation),
    /// thresholds from 1 to 200 and none gave the same top-3 shares within
    /// 0.2 points, and none left a query without results; without a limit,
    /// look-alikes of common words also added to the scores of articles
    /// that had the words themselves (`news` brought `new`'s articles up).
    /// `usize::MAX` always looks; 1 only for words found nowhere.
    pub typo_df_threshold: usize,
    /// Shortest last query word, in characters, that is completed as a
    /// prefix when other words precede it. Default 2: in "heart v", the
    /// "v" is not required yet, so the results of "heart" stay. A word
    /// alone is completed from its first character.
    pub prefix_min_len: usize,
    /// Most completions a prefix expands to (the most frequent ones are
    /// kept). Default 50: enough for suggestions, bounded for speed.
    pub max_prefix_terms: usize,
}

impl Default for RankParams {
    fn default() -> Self {
        Self {
            field_weights: [3.0, 1.5, 2.0, 1.0],
            b: [0.3, 0.5, 0.0, 0.75],
            k1: 1.2,
            prefix_weight: 0.8,
            typo1_weight: 0.35,
            typo2_weight: 0.2,
            typo1_min_len: 4,
            typo2_min_len: 8,
            typo_df_threshold: 5,
            prefix_min_len: 2,
            max_prefix_terms: 50,
        }
    }
}

impl RankParams {
    /// Whether a word being typed is long enough to be completed as a
    /// prefix after other words ([`RankParams::prefix_min_len`]).
    pub fn completes(&self, word: &str) -> bool {
        word.chars().count() >= self.prefix_min_len
    }

    /// The BM25F pseudo term frequency of a term in a document, from its raw
    /// frequencies per field and the document's field lengths.
    pub fn pseudo_tf(
        &self,
        tf: [u16; FIELD_COUNT],
        len: [u32; FIELD_COUNT],
        avg: [f32; FIELD_COUNT],
    ) -> f32 {
        let mut sum = 0.0;
        for f in 0..FIELD_COUNT {
            if tf[f] == 0 {
                continue;
            }
            let rel = if avg[f] > 0.0 {
                len[f] as f32 / avg[f]
            } else {
                1.0
            };
            let norm = 1.0 - self.b[f] + self.b[f] * rel;
            sum += self.field_weights[f] * f32::from(tf[f]) / norm.max(1e-3);
        }
        sum
    }

    /// The saturated frequency `tf~ / (k1 + tf~)`, in `0..1`.
    pub fn saturate(&self, pseudo_tf: f32) -> f32 {
        pseudo_tf / (self.k1 + pseudo_tf)
    }
}

/// Inverse document frequency of a term found in `df` of `n` documents.
pub fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rarer_terms_weigh_more() {
        assert!(idf(1000, 3) > idf(1000, 300));
        assert!(idf(1000, 1000) > 0.0);
    }

    #[test]
    fn a_title_occurrence_outweighs_a_body_occurrence() {
        let p = RankParams::default();
        let len = [8, 20, 3, 200];
        let avg = [8.0, 20.0, 3.0, 200.0];
        assert!(p.pseudo_tf([1, 0, 0, 0], len, avg) > p.pseudo_tf([0, 0, 0, 1], len, avg));
    }

    #[test]
    fn repetitions_saturate() {
        let p = RankParams::default();
        let one = p.saturate(1.0);
        let ten = p.saturate(10.0);
        assert!(ten > one && ten < 1.0 && ten < 2.0 * one);
    }

    #[test]
    fn the_same_count_in_a_longer_body_scores_lower() {
        let p = RankParams::default();
        let avg = [8.0, 20.0, 3.0, 200.0];
        let short = p.pseudo_tf([0, 0, 0, 2], [8, 20, 3, 100], avg);
        let long = p.pseudo_tf([0, 0, 0, 2], [8, 20, 3, 800], avg);
        assert!(short > long);
    }
}
