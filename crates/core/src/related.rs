//! Related articles: the ones sharing the most rare terms and tags.
//!
//! An article's terms are weighted by `idf · (1 + ln tf)`; the
//! [`RELATED_TERMS`] heaviest ones that at least one other article has and
//! at most a fifth of all articles have are its "rare terms". Another
//! article scores the sum, over those terms, of `idf · saturated tf` (its
//! BM25F weight for the term), plus [`TAG_WEIGHT`] `· ln(1 + N / df)` for
//! each tag they share. Ties go to the newer article.

use rustc_hash::FxHashMap;

use crate::engine::{Engine, Related};
use crate::index::build::for_each_field;
use crate::text::{is_stop_word, tokenize_with, TokenKind};

/// How many of an article's rarest terms are compared.
pub const RELATED_TERMS: usize = 24;

/// What one shared tag is worth, times its rarity.
pub const TAG_WEIGHT: f32 = 1.5;

impl Engine {
    /// The `k` articles most related to article `doc`, best first; empty
    /// when `doc` does not exist or shares nothing.
    pub fn related(&self, doc: usize, k: usize) -> Vec<Related> {
        let Some(article) = self.articles.get(doc) else {
            return Vec::new();
        };
        let n = self.articles.len();
        let lang = self.index.languages[doc];
        let mut tf: FxHashMap<u32, u32> = FxHashMap::default();
        for_each_field(article, |_, text| {
            tokenize_with(text, 0, |t| {
                if t.kind == TokenKind::Joined || is_stop_word(&t.text) {
                    return;
                }
                let stem = self.stemmers.stem(&t.text, lang);
                if let Some(id) = self.index.vocab.term_id(&stem) {
                    *tf.entry(id).or_default() += 1;
                }
            });
        });
        let mut terms: Vec<(u32, f32)> = tf
            .into_iter()
            .filter(|&(t, _)| {
                let df = self.index.postings[t as usize].len();
                df >= 2 && df * 5 <= n.max(5)
            })
            .map(|(t, c)| (t, self.index.idf[t as usize] * (1.0 + (c as f32).ln())))
            .collect();
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.truncate(RELATED_TERMS);

        let mut score = vec![0f32; n];
        for &(t, _) in &terms {
            let p = &self.index.postings[t as usize];
            let idf = self.index.idf[t as usize];
            for (i, &d) in p.docs.iter().enumerate() {
                score[d as usize] += idf * p.saturation(i);
            }
        }
        let meta = &self.meta;
        let own_tags = meta.doc_tags(doc as u32);
        if !own_tags.is_empty() {
            for (d, s) in score.iter_mut().enumerate() {
                for t in meta.doc_tags(d as u32) {
                    if own_tags.contains(t) {
                        let df = meta.tag_df[*t as usize] as f32;
                        *s += TAG_WEIGHT * (1.0 + n as f32 / df).ln();
                    }
                }
            }
        }
        score[doc] = 0.0;
        let mut docs: Vec<u32> = (0..n as u32).filter(|&d| score[d as usize] > 0.0).collect();
        docs.sort_by(|&a, &b| {
            score[b as usize]
                .total_cmp(&score[a as usize])
                .then(meta.date_rank[a as usize].cmp(&meta.date_rank[b as usize]))
        });
        docs.truncate(k);
        docs.into_iter()
            .map(|d| {
                let a = &self.articles[d as usize];
                Related {
                    doc: d,
                    permalink: a.permalink.clone(),
                    title: a.title.clone(),
                    date: a.date,
                    score: score[d as usize],
                }
            })
            .collect()
    }
}
