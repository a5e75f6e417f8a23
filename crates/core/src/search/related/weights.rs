//! What a shared term or label is worth to a [`super::RelatedFinder`]:
//! from the corpus statistics as they are ([`RelatedStatistics::Exact`],
//! [`crate::Engine::related`]'s), or rounded so that one more article
//! leaves them as they were ([`RelatedStatistics::Stable`], the builder's).
//!
//! Each statistic moves with every article added: the number of articles
//! `N` changes every term's `idf` and every label's rarity, and the average
//! field lengths every stored saturation, by about `1/N`. Among articles
//! that score nearly the same (many, when the vocabulary is common), such
//! tiny changes reorder the related lists of articles that have nothing to
//! do with the new one. Rounded, they change only where a bucket's edge is
//! crossed: `N` once every 9 % of growth, a term's or label's `df` only for
//! the new article's own terms and labels, a saturation (steps of
//! [`SATURATION_STEPS`]) almost never.

use super::labels::Labels;
use crate::index::postings::{Postings, SAT_SCALE};
use crate::search::engine::Engine;

/// Which statistics a [`super::RelatedFinder`] scores with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RelatedStatistics {
    /// The index's: `idf` from the exact `N` and `df`, saturations as
    /// stored ([`crate::Engine::related`]).
    #[default]
    Exact,
    /// Rounded ([`bucket`] for `N` and each `df`, [`SATURATION_STEPS`] for
    /// saturations), so that the related lists stay put when an unrelated
    /// article is added (the builder's, see the module documentation).
    Stable,
}

/// Counts up to this are kept as they are by [`bucket`].
pub const EXACT_COUNTS: usize = 32;

/// Buckets per doubling of a count above [`EXACT_COUNTS`] (each about 9 %
/// wide).
pub const BUCKETS_PER_DOUBLING: f64 = 8.0;

/// A stable saturation is a multiple of `1 / SATURATION_STEPS`.
pub const SATURATION_STEPS: f32 = 16.0;

/// `count` rounded down to its bucket's lower edge: itself up to
/// [`EXACT_COUNTS`], then `2^(k / 8)` for the largest `k` that does not
/// exceed it.
pub fn bucket(count: usize) -> f64 {
    if count <= EXACT_COUNTS {
        return count as f64;
    }
    let k = ((count as f64).log2() * BUCKETS_PER_DOUBLING).floor();
    (k / BUCKETS_PER_DOUBLING).exp2()
}

/// A stored saturation rounded to the nearest step, never to zero (the term
/// is shared, so it counts).
pub fn stable_saturation(stored: u16) -> f32 {
    let steps = (f32::from(stored) / SAT_SCALE * SATURATION_STEPS).round();
    steps.max(1.0) / SATURATION_STEPS
}

/// The weights one finder scores with.
#[derive(Clone, Debug, Default)]
pub struct Weights {
    /// Which statistics.
    statistics: RelatedStatistics,
    /// Each term's `idf` under those statistics.
    idf: Vec<f32>,
    /// The number of articles, as those statistics see it.
    n: f64,
}

impl Weights {
    /// The weights of `engine`'s terms under `statistics`.
    pub fn new(engine: &Engine, statistics: RelatedStatistics) -> Self {
        let n = engine.docs.len();
        let index = &engine.index;
        match statistics {
            RelatedStatistics::Exact => Self {
                statistics,
                idf: index.idf.clone(),
                n: n as f64,
            },
            RelatedStatistics::Stable => {
                let nq = bucket(n);
                let idf = (0..index.idf.len() as u32)
                    .map(|t| {
                        let dfq = bucket(index.postings(t).len());
                        stable_idf(nq, dfq)
                    })
                    .collect();
                Self {
                    statistics,
                    idf,
                    n: nq,
                }
            }
        }
    }

    /// Term `t`'s `idf`.
    #[inline]
    pub fn idf(&self, t: u32) -> f32 {
        self.idf[t as usize]
    }

    /// The saturation of posting `i` of `p`.
    #[inline]
    pub fn saturation(&self, p: &Postings<'_>, i: usize) -> f32 {
        match self.statistics {
            RelatedStatistics::Exact => p.saturation(i),
            RelatedStatistics::Stable => stable_saturation(p.sat[i]),
        }
    }

    /// What sharing label `l` is worth.
    pub fn label(&self, labels: &Labels, l: u32) -> f32 {
        match self.statistics {
            RelatedStatistics::Exact => labels.weight(l, self.n as usize),
            RelatedStatistics::Stable => {
                labels.base(l) * (1.0 + self.n / bucket(labels.df(l) as usize)).ln() as f32
            }
        }
    }
}

/// The `idf` of a term in `dfq` of `nq` articles, both rounded, as the
/// index's `idf` gives it for whole numbers.
fn stable_idf(nq: f64, dfq: f64) -> f32 {
    let nq = nq.max(dfq);
    (1.0 + (nq - dfq + 0.5) / (dfq + 0.5)).ln() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::rank::idf;

    #[test]
    fn small_counts_are_kept_and_larger_ones_fall_in_buckets_nine_percent_wide() {
        assert_eq!(bucket(0), 0.0);
        assert_eq!(bucket(7), 7.0);
        assert_eq!(bucket(EXACT_COUNTS), EXACT_COUNTS as f64);
        assert_eq!(bucket(100_000), bucket(100_001));
        assert_eq!(bucket(2_800), bucket(2_801));
        let mut edges = 0;
        for n in 1_000..2_000 {
            let (a, b) = (bucket(n), bucket(n + 1));
            assert!(a <= n as f64 && b >= a);
            edges += usize::from(a != b);
        }
        assert_eq!(edges, 8, "eight buckets per doubling");
    }

    #[test]
    fn a_stable_idf_is_the_exact_one_for_small_counts() {
        for (n, df) in [(20, 3), (32, 1), (32, 32)] {
            let exact = idf(n, df);
            assert!((stable_idf(n as f64, df as f64) - exact).abs() < 1e-6);
        }
        // Rounded down, the number of articles never falls below df.
        assert!(stable_idf(40.0, 45.0) > 0.0);
    }

    #[test]
    fn a_stable_saturation_is_a_step_and_never_zero() {
        assert_eq!(stable_saturation(0), 1.0 / SATURATION_STEPS);
        assert_eq!(stable_saturation(u16::MAX), 1.0);
        let half = (SAT_SCALE / 2.0) as u16;
        assert_eq!(stable_saturation(half), 0.5);
        // A change of a few units, as one more article makes, stays in its step.
        assert_eq!(stable_saturation(half + 3), stable_saturation(half - 3));
    }
}
