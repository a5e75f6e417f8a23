//! Related articles: the ones sharing the most rare terms and tags.
//!
//! Each article's rare terms are chosen when the index is built (see
//! [`crate::index::related_terms`]). Another article scores the sum, over
//! those terms, of `idf · saturated tf` (its BM25F weight for the term),
//! plus [`TAG_WEIGHT`] `· ln(1 + N / df)` for each tag they share. Ties go
//! to the newer article.
//!
//! Only the articles that share something are scored: those in the
//! postings of the article's rare terms and those carrying one of its tags
//! (found through each tag's list of articles). [`RelatedFinder`] keeps
//! those lists and its buffers from one article to the next, so that the
//! builder finds every article's related articles (for its file, see
//! [`crate::ArticleFile`]) in time proportional to what they share, not to
//! the number of articles squared.

use crate::search::engine::{Engine, Related};

/// What one shared tag is worth, times its rarity.
pub const TAG_WEIGHT: f32 = 1.5;

impl Engine {
    /// The `k` articles most related to article `doc`, best first; empty
    /// when `doc` does not exist or shares nothing. For many articles, use
    /// one [`RelatedFinder`].
    pub fn related(&self, doc: usize, k: usize) -> Vec<Related> {
        RelatedFinder::new(self).related(doc, k)
    }
}

/// Finds the related articles of one engine's articles, one after another,
/// keeping what can be kept between them (see the module documentation).
/// Cloning one gives another with its own buffers, for another thread.
#[derive(Clone, Debug)]
pub struct RelatedFinder<'a> {
    /// The engine.
    engine: &'a Engine,
    /// The articles of each tag, in increasing order.
    tag_docs: Vec<Vec<u32>>,
    /// Each article's score for the rare terms of the article at hand; 0
    /// when untouched.
    score: Vec<f32>,
    /// The articles touched by those terms, each once.
    touched: Vec<u32>,
    /// Whether each article has been scored for the article at hand.
    seen: Vec<bool>,
    /// The articles in `seen`.
    seen_list: Vec<u32>,
}

/// A candidate: its score, its date rank (ties go to the newer) and id.
type Candidate = (f32, u32, u32);

/// Whether candidate `a` comes before `b`: higher score, then newer.
fn before(a: &Candidate, b: &Candidate) -> bool {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).is_lt()
}

impl<'a> RelatedFinder<'a> {
    /// A finder over `engine`'s articles.
    pub fn new(engine: &'a Engine) -> Self {
        let n = engine.docs.len();
        let meta = &engine.meta;
        let mut tag_docs = vec![Vec::new(); meta.tag_df.len()];
        for d in 0..n as u32 {
            for &t in meta.doc_tags(d) {
                tag_docs[t as usize].push(d);
            }
        }
        Self {
            engine,
            tag_docs,
            score: vec![0.0; n],
            touched: Vec::new(),
            seen: vec![false; n],
            seen_list: Vec::new(),
        }
    }

    /// The `k` articles most related to article `doc`, best first (as
    /// [`Engine::related`]).
    ///
    /// The articles sharing its rare terms are scored in full. Those that
    /// share only tags are visited tag by tag, the rarest (the most
    /// valuable) first, each scored once in full; once `k` articles score
    /// more than all the tags left could give, the commoner tags' long
    /// lists are not walked.
    pub fn related(&mut self, doc: usize, k: usize) -> Vec<Related> {
        let engine = self.engine;
        let n = engine.docs.len();
        if doc >= n || k == 0 {
            return Vec::new();
        }
        let blob_offsets = engine.related_offsets();
        let terms =
            &engine.related_term_ids()[blob_offsets[doc] as usize..blob_offsets[doc + 1] as usize];
        for &t in terms {
            let p = engine.index.postings(t);
            let idf = engine.index.idf[t as usize];
            for (i, &d) in p.docs.iter().enumerate() {
                if !self.seen[d as usize] {
                    self.seen[d as usize] = true;
                    self.touched.push(d);
                }
                self.score[d as usize] += idf * p.saturation(i);
            }
        }
        let meta = &engine.meta;
        let own_tags = meta.doc_tags(doc as u32);
        let weight = |t: u32| {
            let df = meta.tag_df[t as usize] as f32;
            TAG_WEIGHT * (1.0 + n as f32 / df).ln()
        };
        // An article's whole score: its terms', then each tag it shares, in
        // its own order of tags.
        let full_score = |d: u32, terms_score: f32| {
            let mut s = terms_score;
            for &t in meta.doc_tags(d) {
                if own_tags.contains(&t) {
                    s += weight(t);
                }
            }
            s
        };
        let mut best: Vec<Candidate> = Vec::with_capacity(k + 1);
        let offer = |best: &mut Vec<Candidate>, c: Candidate| {
            if c.0 > 0.0 && c.2 != doc as u32 && (best.len() < k || before(&c, &best[k - 1])) {
                let at = best.partition_point(|b| before(b, &c));
                best.insert(at, c);
                best.truncate(k);
            }
        };
        for &d in &self.touched {
            let c = (
                full_score(d, self.score[d as usize]),
                meta.date_rank[d as usize],
                d,
            );
            offer(&mut best, c);
        }
        self.seen_list.extend_from_slice(&self.touched);
        let mut order: Vec<u32> = own_tags.to_vec();
        order.sort_by_key(|&t| (meta.tag_df[t as usize], t));
        let mut left: f64 = order.iter().map(|&t| f64::from(weight(t))).sum();
        for &t in &order {
            // No article still unseen can score more than the tags left.
            if best.len() == k && f64::from(best[k - 1].0) > left * (1.0 + 1e-4) {
                break;
            }
            for &d in &self.tag_docs[t as usize] {
                if !self.seen[d as usize] {
                    self.seen[d as usize] = true;
                    self.seen_list.push(d);
                    offer(
                        &mut best,
                        (full_score(d, 0.0), meta.date_rank[d as usize], d),
                    );
                }
            }
            left -= f64::from(weight(t));
        }
        for &d in &self.seen_list {
            self.score[d as usize] = 0.0;
            self.seen[d as usize] = false;
        }
        self.touched.clear();
        self.seen_list.clear();
        best.into_iter()
            .map(|(score, _, d)| {
                let a = engine.docs.get(meta, d as usize);
                Related {
                    doc: d,
                    permalink: a.permalink.to_owned(),
                    title: a.title.to_owned(),
                    date: a.date,
                    score,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Article;

    /// The related articles by a pass over every article, as they were
    /// first computed: the finder must answer the same, to the bit.
    fn by_full_pass(engine: &Engine, doc: usize, k: usize) -> Vec<Related> {
        let this = engine;
        let n = this.docs.len();
        if doc >= n {
            return Vec::new();
        }
        let blob_offsets = this.related_offsets();
        let terms =
            &this.related_term_ids()[blob_offsets[doc] as usize..blob_offsets[doc + 1] as usize];
        let mut score = vec![0f32; n];
        for &t in terms {
            let p = this.index.postings(t);
            let idf = this.index.idf[t as usize];
            for (i, &d) in p.docs.iter().enumerate() {
                score[d as usize] += idf * p.saturation(i);
            }
        }
        let meta = &this.meta;
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
                let a = this.docs.get(meta, d as usize);
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

    /// `n` articles of a few words and of tags drawn unevenly (some on most
    /// articles, some on few), from a fixed seed.
    fn corpus(n: usize) -> Vec<Article> {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move |below: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % below
        };
        (0..n)
            .map(|i| {
                // Few words from many: few articles share a rare one, so
                // that tags decide most of what is related.
                let words: Vec<String> = (0..8).map(|_| format!("w{}", next(3000))).collect();
                let tags: Vec<String> = (0..next(5))
                    .map(|_| format!("t{}", next(12) * next(12) / 12))
                    .collect();
                Article {
                    date: Some(
                        format!(
                            "20{:02}-{:02}-{:02}",
                            10 + next(15),
                            1 + next(12),
                            1 + next(28)
                        )
                        .parse()
                        .unwrap(),
                    ),
                    tags,
                    ..Article::new(
                        "papers",
                        &format!("a{i}"),
                        &words[..4].join(" "),
                        "",
                        &words.join(" "),
                    )
                }
            })
            .collect()
    }

    #[test]
    fn the_finder_answers_as_a_pass_over_every_article_would() {
        let engine = Engine::new(corpus(400));
        let mut finder = RelatedFinder::new(&engine);
        let mut found = 0;
        for doc in 0..400 {
            for k in [1, 5, 40] {
                let related = finder.related(doc, k);
                assert_eq!(related, by_full_pass(&engine, doc, k), "doc {doc}, k {k}");
                found += related.len();
            }
        }
        assert!(
            found > 400 * 20,
            "too little is related to test anything: {found}"
        );
        assert_eq!(engine.related(3, 5), by_full_pass(&engine, 3, 5));
        assert!(finder.related(400, 5).is_empty());
    }
}
