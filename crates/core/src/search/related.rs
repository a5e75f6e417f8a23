//! Related articles: the ones sharing the most rare terms and tags.
//!
//! Each article's rare terms are chosen when the index is built (see
//! [`crate::index::related_terms`]). Another article scores the sum, over
//! those terms, of `idf · saturated tf` (its BM25F weight for the term),
//! plus [`TAG_WEIGHT`] `· ln(1 + N / df)` for each tag they share. Ties go
//! to the newer article.

use crate::search::engine::{Engine, Related};

/// What one shared tag is worth, times its rarity.
pub const TAG_WEIGHT: f32 = 1.5;

impl Engine {
    /// The `k` articles most related to article `doc`, best first; empty
    /// when `doc` does not exist or shares nothing.
    pub fn related(&self, doc: usize, k: usize) -> Vec<Related> {
        let n = self.docs.len();
        if doc >= n {
            return Vec::new();
        }
        let blob_offsets = self.related_offsets();
        let terms =
            &self.related_term_ids()[blob_offsets[doc] as usize..blob_offsets[doc + 1] as usize];
        let mut score = vec![0f32; n];
        for &t in terms {
            let p = self.index.postings(t);
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
                let a = self.docs.get(meta, d as usize);
                Related {
                    doc: d,
                    permalink: a.permalink.to_owned(),
                    title: a.title.to_owned(),
                    date: a.date,
                    score: score[d as usize],
                }
            })
            .collect()
    }
}
