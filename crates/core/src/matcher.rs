//! Finding and scoring the documents that match every group of a query.
//!
//! Scores accumulate in dense per-document arrays (reused between queries
//! through a generation stamp, so nothing is cleared). Groups are processed
//! rarest first: the first one lists the candidates, each later one keeps
//! only the candidates it also matches. A later group's postings are scanned
//! when they are short compared with the candidates, and otherwise looked
//! up by binary search for each remaining candidate.

use crate::index::Index;
use crate::resolve::TermAlt;

/// One alternative of a group, resolved.
#[derive(Clone, Debug)]
pub enum Alt {
    /// An index term.
    Term(TermAlt),
    /// Documents found another way (a phrase), with their contributions.
    Docs {
        /// `(doc, contribution)`, sorted by doc.
        docs: Vec<(u32, f32)>,
        /// Whether it counts as a match without a typo.
        typo_free: bool,
    },
}

impl Alt {
    fn len(&self, index: &Index) -> usize {
        match self {
            Alt::Term(t) => index.postings[t.term as usize].len(),
            Alt::Docs { docs, .. } => docs.len(),
        }
    }

    fn typo_free(&self) -> bool {
        match self {
            Alt::Term(t) => t.typo_free,
            Alt::Docs { typo_free, .. } => *typo_free,
        }
    }
}

/// Per-document working arrays, reused across queries.
#[derive(Debug, Default)]
pub struct Scratch {
    stamp: Vec<u32>,
    matched: Vec<u8>,
    mark: Vec<u8>,
    /// Query groups matched without a typo, per document.
    pub tier: Vec<u8>,
    /// Accumulated score, per document.
    pub score: Vec<f32>,
    generation: u32,
}

impl Scratch {
    /// Working arrays for `n` documents.
    pub fn new(n: usize) -> Self {
        Self {
            stamp: vec![0; n],
            matched: vec![0; n],
            mark: vec![0; n],
            tier: vec![0; n],
            score: vec![0.0; n],
            generation: 0,
        }
    }

    fn begin(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.fill(0);
            self.generation = 1;
        }
    }

    /// Scores of the empty query: zero everywhere.
    pub fn clear_scores(&mut self) {
        self.score.fill(0.0);
        self.tier.fill(0);
    }
}

const NO_GROUP: u8 = u8::MAX;

/// The most groups a query may have; further words are ignored.
pub const MAX_GROUPS: usize = 32;

fn for_each_posting(index: &Index, alt: &Alt, cands: Option<&[u32]>, mut f: impl FnMut(u32, f32)) {
    match alt {
        Alt::Term(t) => {
            let p = &index.postings[t.term as usize];
            let w = index.idf[t.term as usize] * t.weight;
            match cands {
                Some(cands) if cands.len() * 8 < p.len() => {
                    for &d in cands {
                        if let Some(i) = p.find(d) {
                            f(d, w * p.saturation(i));
                        }
                    }
                }
                _ => {
                    for (i, &d) in p.docs.iter().enumerate() {
                        f(d, w * p.saturation(i));
                    }
                }
            }
        }
        Alt::Docs { docs, .. } => {
            for &(d, c) in docs {
                f(d, c);
            }
        }
    }
}

/// The documents matching every group and no excluded alternative, unsorted;
/// their scores and tiers are left in `scratch`.
pub fn match_groups(
    index: &Index,
    groups: &mut [Vec<Alt>],
    excluded: &[Alt],
    scratch: &mut Scratch,
) -> Vec<u32> {
    scratch.begin();
    let generation = scratch.generation;
    groups.sort_by_cached_key(|g| g.iter().map(|a| a.len(index)).sum::<usize>());
    let mut cands: Vec<u32> = Vec::new();
    for (gi, group) in groups.iter().enumerate() {
        let gi = gi as u8;
        let Scratch {
            stamp,
            matched,
            mark,
            tier,
            score,
            ..
        } = scratch;
        for alt in group {
            let typo_free = alt.typo_free();
            let filter = (gi > 0).then_some(cands.as_slice());
            let mut fresh = Vec::new();
            for_each_posting(index, alt, filter, |d, c| {
                let du = d as usize;
                if gi == 0 {
                    if stamp[du] != generation {
                        stamp[du] = generation;
                        matched[du] = 1;
                        score[du] = 0.0;
                        tier[du] = 0;
                        mark[du] = NO_GROUP;
                        fresh.push(d);
                    }
                } else {
                    if stamp[du] != generation || matched[du] < gi {
                        return;
                    }
                    matched[du] = gi + 1;
                }
                score[du] += c;
                if typo_free && mark[du] != gi {
                    mark[du] = gi;
                    tier[du] += 1;
                }
            });
            cands.extend(fresh);
        }
        if gi > 0 {
            cands.retain(|&d| matched[d as usize] == gi + 1);
        }
        if cands.is_empty() {
            return cands;
        }
    }
    for alt in excluded {
        let matched = &mut scratch.matched;
        for_each_posting(index, alt, Some(&cands), |d, _| matched[d as usize] = 0);
    }
    let n = groups.len() as u8;
    cands.retain(|&d| scratch.matched[d as usize] == n);
    cands
}
