//! Related articles: the ones sharing the most rare terms, tags and topics.
//!
//! Each article's rare terms are chosen when the index is built (see
//! [`crate::index::related_terms`]). Another article scores the sum, over
//! those terms, of `idf · saturated tf` (its BM25F weight for the term),
//! plus [`labels::TAG_WEIGHT`] `· ln(1 + N / df)` for each tag they share and
//! [`labels::TOPIC_WEIGHT`] `· ln(1 + N / df)` for each topic ([`labels`]). Ties go
//! to the newer article. Tags and topics are "labels" below.
//!
//! Only the articles that share something are scored: those in the
//! postings of the article's rare terms and those carrying one of its tags
//! (found through each tag's list of articles). [`RelatedFinder`] keeps
//! those lists and its buffers from one article to the next, so that the
//! builder finds every article's related articles (for its file, see
//! [`crate::ArticleFile`]) in time proportional to what they share, not to
//! the number of articles squared. Where the terms are common, what they
//! share grows with the corpus: the builder's finder then works within a
//! [`RelatedBudget`] per article (an approximation, exact whenever the
//! article's terms fit), while [`Engine::related`] stays exact.

use crate::search::engine::{Engine, Related};

mod budget;
pub(crate) mod labels;
pub mod weights;
pub use budget::RelatedBudget;
use labels::Labels;
#[cfg(test)]
use labels::{TAG_WEIGHT, TOPIC_WEIGHT};
pub use weights::RelatedStatistics;
use weights::Weights;

impl Engine {
    /// The `k` articles most related to article `doc`, best first; empty
    /// when `doc` does not exist or shares nothing. Exact (no
    /// [`RelatedBudget`]). For many articles, use one [`RelatedFinder`].
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
    /// How much it may do per article.
    budget: RelatedBudget,
    /// What each shared term and label is worth.
    weights: Weights,
    /// Each article's tags and topics.
    labels: Labels,
    /// The articles of each label, in increasing order.
    tag_docs: Vec<Vec<u32>>,
    /// Each term's upper bound, `idf` times its highest saturation, once
    /// needed; NaN before.
    term_bound: Vec<f32>,
    /// Each article's score for the rare terms of the article at hand; 0
    /// when untouched.
    score: Vec<f32>,
    /// The articles touched by those terms, each once.
    touched: Vec<u32>,
    /// Whether each article has been scored for the article at hand.
    seen: Vec<bool>,
    /// The articles in `seen`.
    seen_list: Vec<u32>,
    /// Postings, tag-list entries and term look-ups done so far.
    work: u64,
}

/// Article `d`'s score for `terms`, looked up in their postings (binary
/// search).
fn looked_up(engine: &Engine, weights: &Weights, terms: &[u32], d: u32) -> f32 {
    let index = &engine.index;
    let mut s = 0.0;
    for &t in terms {
        let p = index.postings(t);
        if let Ok(i) = p.docs.binary_search(&d) {
            s += weights.idf(t) * weights.saturation(&p, i);
        }
    }
    s
}

/// A candidate: its score, its date rank (ties go to the newer) and id.
type Candidate = (f32, u32, u32);

/// Whether candidate `a` comes before `b`: higher score, then newer.
fn before(a: &Candidate, b: &Candidate) -> bool {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).is_lt()
}

/// Whether an article that scores at most `bound` cannot enter `best`,
/// which holds `k` articles (with a margin for rounding: a tie could).
fn out_of_reach(best: &[Candidate], k: usize, bound: f64) -> bool {
    best.len() == k && f64::from(best[k - 1].0) > bound * (1.0 + 1e-4)
}

impl<'a> RelatedFinder<'a> {
    /// An exact finder over `engine`'s articles.
    pub fn new(engine: &'a Engine) -> Self {
        Self::with_budget(engine, RelatedBudget::UNLIMITED)
    }

    /// A finder over `engine`'s articles that does at most `budget` for
    /// each article.
    pub fn with_budget(engine: &'a Engine, budget: RelatedBudget) -> Self {
        let n = engine.docs.len();
        let labels = Labels::new(&engine.meta);
        let mut tag_docs = vec![Vec::new(); labels.len()];
        for d in 0..n as u32 {
            for &t in labels.of(d) {
                tag_docs[t as usize].push(d);
            }
        }
        Self {
            engine,
            budget,
            weights: Weights::new(engine, RelatedStatistics::Exact),
            labels,
            tag_docs,
            term_bound: Vec::new(),
            score: vec![0.0; n],
            touched: Vec::new(),
            seen: vec![false; n],
            seen_list: Vec::new(),
            work: 0,
        }
    }

    /// The same finder, scoring with `statistics` (exact by default; the
    /// builder's are [`RelatedStatistics::Stable`]).
    pub fn with_statistics(mut self, statistics: RelatedStatistics) -> Self {
        self.weights = Weights::new(self.engine, statistics);
        self.term_bound.clear();
        self
    }

    /// What article `other` scores as related to article `doc`, with this
    /// finder's statistics, whether or not it is among the best; 0 when
    /// either does not exist, or when they are the same article.
    pub fn score(&self, doc: usize, other: usize) -> f32 {
        let engine = self.engine;
        let n = engine.docs.len();
        if doc >= n || other >= n || doc == other {
            return 0.0;
        }
        let offsets = engine.related_offsets();
        let terms = &engine.related_term_ids()[offsets[doc] as usize..offsets[doc + 1] as usize];
        let mut s = looked_up(engine, &self.weights, terms, other as u32);
        let own = self.labels.of(doc as u32);
        for &l in self.labels.of(other as u32) {
            if own.contains(&l) {
                s += self.weights.label(&self.labels, l);
            }
        }
        s
    }

    /// Postings walked, tag-list entries visited and terms looked up so far
    /// by this finder, all articles together: its work, whatever the
    /// machine.
    pub fn work(&self) -> u64 {
        self.work
    }

    /// Term `t`'s upper bound: `idf` times its highest saturation.
    fn bound(&mut self, t: u32) -> f32 {
        let engine = self.engine;
        if self.term_bound.is_empty() {
            self.term_bound = vec![f32::NAN; engine.index.idf.len()];
        }
        let b = &mut self.term_bound[t as usize];
        if b.is_nan() {
            let p = engine.index.postings(t);
            let weights = &self.weights;
            let top = (0..p.len())
                .map(|i| weights.saturation(&p, i))
                .fold(0.0, f32::max);
            self.work += p.len() as u64;
            *b = weights.idf(t) * top;
        }
        *b
    }

    /// The `k` articles most related to article `doc`, best first (as
    /// [`Engine::related`], exactly so without a budget).
    ///
    /// The articles sharing its rare terms are scored in full (with a
    /// budget, see [`RelatedBudget`]). Those that share only tags are
    /// visited tag by tag, the rarest (the most valuable) first, each
    /// scored once in full; once `k` articles score more than all the tags
    /// left (and the terms not walked) could give, the commoner tags' long
    /// lists are not walked.
    pub fn related(&mut self, doc: usize, k: usize) -> Vec<Related> {
        let engine = self.engine;
        let n = engine.docs.len();
        if doc >= n || k == 0 {
            return Vec::new();
        }
        let budget = self.budget;
        let blob_offsets = engine.related_offsets();
        let terms =
            &engine.related_term_ids()[blob_offsets[doc] as usize..blob_offsets[doc + 1] as usize];
        // The terms walked whole: the rarest, while they fit the budget.
        let mut by_df: Vec<u32> = terms.to_vec();
        by_df.sort_by_key(|&t| (engine.index.postings(t).len(), t));
        let mut spent = 0usize;
        let mut whole = 0;
        for &t in &by_df {
            let df = engine.index.postings(t).len();
            if spent.saturating_add(df) > budget.postings {
                break;
            }
            spent += df;
            whole += 1;
        }
        let not_walked = &by_df[whole..];
        for &t in terms {
            if not_walked.contains(&t) {
                continue;
            }
            let p = engine.index.postings(t);
            let idf = self.weights.idf(t);
            for (i, &d) in p.docs.iter().enumerate() {
                if !self.seen[d as usize] {
                    self.seen[d as usize] = true;
                    self.touched.push(d);
                }
                self.score[d as usize] += idf * self.weights.saturation(&p, i);
            }
        }
        let mut rest: f64 = 0.0;
        for &t in not_walked {
            rest += f64::from(self.bound(t));
            // What is left of the budget finds candidates among the last
            // postings of the next terms.
            let p = engine.index.postings(t);
            let take = (budget.postings - spent).min(p.len());
            for &d in &p.docs[p.len() - take..] {
                if !self.seen[d as usize] {
                    self.seen[d as usize] = true;
                    self.touched.push(d);
                }
            }
            spent += take;
        }
        self.work += spent as u64;
        let meta = &engine.meta;
        let labels = std::mem::take(&mut self.labels);
        let weights = std::mem::take(&mut self.weights);
        let own_tags = labels.of(doc as u32);
        let weight = |t: u32| weights.label(&labels, t);
        let own: Vec<(u32, f32)> = own_tags.iter().map(|&t| (t, weight(t))).collect();
        // An article's whole score: its terms', then each label it shares,
        // in its own order of labels.
        let full_score = |d: u32, terms_score: f32| {
            let mut s = terms_score;
            for &t in labels.of(d) {
                if let Some(&(_, w)) = own.iter().find(|o| o.0 == t) {
                    s += w;
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
        let touched = std::mem::take(&mut self.touched);
        let mut lookups = budget.lookups;
        if not_walked.is_empty() {
            for &d in &touched {
                let c = (
                    full_score(d, self.score[d as usize]),
                    meta.date_rank[d as usize],
                    d,
                );
                offer(&mut best, c);
            }
        } else {
            // Best partial score first, each scored in full while it could
            // still enter the top `k`.
            let mut partial: Vec<(f32, u32)> = touched
                .iter()
                .map(|&d| (full_score(d, self.score[d as usize]), d))
                .collect();
            // Only the first `lookups` can be looked up: sort those alone.
            let by_partial =
                |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
            if partial.len() > lookups && lookups > 0 {
                partial.select_nth_unstable_by(lookups - 1, by_partial);
            }
            partial.truncate(lookups);
            partial.sort_unstable_by(by_partial);
            for &(p, d) in &partial {
                if out_of_reach(&best, k, f64::from(p) + rest) {
                    break;
                }
                lookups -= 1;
                // The terms walked are in its score already.
                let s = self.score[d as usize] + looked_up(engine, &weights, not_walked, d);
                self.work += not_walked.len() as u64;
                offer(&mut best, (full_score(d, s), meta.date_rank[d as usize], d));
            }
        }
        self.seen_list.extend_from_slice(&touched);
        self.touched = touched;
        let mut order: Vec<u32> = own_tags.to_vec();
        order.sort_by_key(|&t| (labels.df(t), t));
        let mut left: f64 = order.iter().map(|&t| f64::from(weight(t))).sum();
        let mut tag_budget = budget.tag_docs;
        'tags: for &t in &order {
            // No article still unseen can score more than the tags left
            // and the terms not walked.
            if out_of_reach(&best, k, left + rest) {
                break;
            }
            for &d in &self.tag_docs[t as usize] {
                if tag_budget == 0 {
                    break 'tags;
                }
                tag_budget -= 1;
                self.work += 1;
                if !self.seen[d as usize] {
                    self.seen[d as usize] = true;
                    self.seen_list.push(d);
                    let tags_only = full_score(d, 0.0);
                    let s = if not_walked.is_empty()
                        || out_of_reach(&best, k, f64::from(tags_only) + rest)
                    {
                        tags_only
                    } else if lookups == 0 {
                        break 'tags;
                    } else {
                        lookups -= 1;
                        self.work += not_walked.len() as u64;
                        full_score(d, looked_up(engine, &weights, not_walked, d))
                    };
                    offer(&mut best, (s, meta.date_rank[d as usize], d));
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
        self.labels = labels;
        self.weights = weights;
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
mod stable_tests;
#[cfg(test)]
mod tests;
