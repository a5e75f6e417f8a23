//! Finding and scoring the documents that match every group of a query.
//!
//! Scores accumulate in a dense per-document array of small records (one
//! cache line holds five documents' state), reused between queries through
//! a generation stamp, so nothing is cleared. Groups are processed rarest
//! first: the first one lists the candidates, each later one keeps only the
//! candidates it also matches. A later group's postings are scanned when
//! they are short compared with the candidates, and otherwise looked up by
//! binary search for each remaining candidate.

use crate::counting::bitset::Bitset;
use crate::index::postings::SAT_SCALE;
use crate::index::Index;
use crate::search::resolve::gallop;
use crate::search::resolve::TermAlt;

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
            Alt::Term(t) => index.postings(t.term).len(),
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

/// The working state of one document during a query.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    stamp: u32,
    score: f32,
    matched: u8,
    tier: u8,
    mark: u8,
}

/// Per-document working arrays, reused across queries.
#[derive(Debug, Default)]
pub struct Scratch {
    slots: Vec<Slot>,
    generation: u32,
}

impl Scratch {
    /// Working arrays for `n` documents.
    pub fn new(n: usize) -> Self {
        Self {
            slots: vec![Slot::default(); n],
            generation: 0,
        }
    }

    fn begin(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.slots.fill(Slot::default());
            self.generation = 1;
        }
    }

    /// The score of `doc` in the last query that matched it.
    #[inline]
    pub fn score(&self, doc: u32) -> f32 {
        self.slots[doc as usize].score
    }

    /// How many query groups `doc` matched without a typo.
    #[inline]
    pub fn tier(&self, doc: u32) -> u8 {
        self.slots[doc as usize].tier
    }

    /// The tier and score of `doc` as one number that orders like them
    /// (tier first, then score; negative scores as 0): the high bits of
    /// its relevance sort key ([`crate::search::topk::sort_key`]).
    #[inline(always)]
    pub fn rank_bits(&self, doc: u32) -> u64 {
        let s = &self.slots[doc as usize];
        // Not `f32::max`: its NaN rules make it a call to `fmaxf` in wasm.
        let score = if s.score > 0.0 { s.score } else { 0.0 };
        (u64::from(s.tier) << 32) | u64::from(score.to_bits())
    }
}

const NO_GROUP: u8 = u8::MAX;

/// The most groups a query may have; further words are ignored.
pub const MAX_GROUPS: usize = 32;

/// Candidates of a later group: the documents, and whether they are in
/// increasing order.
type Cands<'a> = Option<(&'a [u32], bool)>;

#[inline]
fn for_each_posting(index: &Index, alt: &Alt, cands: Cands<'_>, mut f: impl FnMut(u32, f32)) {
    match alt {
        Alt::Term(t) => {
            let p = index.postings(t.term);
            let w = index.idf[t.term as usize] * t.weight / SAT_SCALE;
            match cands {
                // Sorted candidates walk the postings with a galloping
                // cursor: only the postings of candidates are read, and
                // no per-document state is touched for the others.
                Some((cands, true)) if cands.len() * 4 < p.len() => {
                    let mut i = 0;
                    for &d in cands {
                        i = gallop(p.docs, i, d);
                        if i == p.len() {
                            break;
                        }
                        if p.docs[i] == d {
                            f(d, w * f32::from(p.sat[i]));
                        }
                    }
                }
                Some((cands, _)) if cands.len() * 8 < p.len() => {
                    for &d in cands {
                        if let Some(i) = p.find(d) {
                            f(d, w * f32::from(p.sat[i]));
                        }
                    }
                }
                _ => {
                    for (&d, &s) in p.docs.iter().zip(p.sat) {
                        f(d, w * f32::from(s));
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

/// Whether the alternatives of a group have many postings besides the
/// longest's (the completions of a prefix), so that their documents
/// overlap in no predictable order.
fn overlapping(index: &Index, group: &[Alt]) -> bool {
    let lens = group.iter().map(|a| a.len(index));
    let (total, longest) = (lens.clone().sum::<usize>(), lens.max().unwrap_or(0));
    group.len() > 1 && total > longest + longest / 4
}

/// The candidates of a first group of several alternatives, in doc
/// order, with their scores and tiers. Documents found by several
/// alternatives (completions of a prefix, corrections of a typo) come in
/// no predictable order, so rather than testing each posting for a
/// document seen before (a mispredicted branch per posting), a first pass
/// resets the state of every document found and marks it in a bitset,
/// and a second adds the contributions, alternative by alternative (the
/// same order of the sums as one pass).
fn union_first(
    index: &Index,
    group: &[Alt],
    generation: u32,
    cands: &mut Vec<u32>,
    slots: &mut [Slot],
) {
    let mut found = Bitset::empty(index.doc_count);
    let fresh = Slot {
        stamp: generation,
        score: 0.0,
        matched: 1,
        tier: 0,
        mark: NO_GROUP,
    };
    for alt in group {
        for_each_posting(index, alt, None, |d, _| {
            slots[d as usize] = fresh;
            found.insert(d);
        });
    }
    for alt in group {
        if alt.typo_free() {
            for_each_posting(index, alt, None, |d, c| {
                let s = &mut slots[d as usize];
                s.score += c;
                s.tier += u8::from(s.mark != 0);
                s.mark = 0;
            });
        } else {
            for_each_posting(index, alt, None, |d, c| slots[d as usize].score += c);
        }
    }
    found.for_each(|d| cands.push(d));
}

/// Keeps the candidates (sorted, each having matched the `gi` groups
/// before) that term `t` also matches, adding its score: one walk along
/// both lists (or galloping along the postings when they are much
/// longer), touching only the found candidates' state.
fn intersect(index: &Index, t: &TermAlt, gi: u8, cands: &mut Vec<u32>, slots: &mut [Slot]) {
    let p = index.postings(t.term);
    let w = index.idf[t.term as usize] * t.weight / SAT_SCALE;
    let tier = u8::from(t.typo_free);
    if cands.len() * 4 < p.len() {
        // Much longer postings: gallop to each candidate.
        let (mut j, mut kept) = (0, 0);
        for k in 0..cands.len() {
            let d = cands[k];
            j = gallop(p.docs, j, d);
            if j == p.docs.len() {
                break;
            }
            if p.docs[j] == d {
                let s = &mut slots[d as usize];
                s.matched = gi + 1;
                s.score += w * f32::from(p.sat[j]);
                if tier == 1 {
                    s.mark = gi;
                    s.tier += 1;
                }
                cands[kept] = d;
                kept += 1;
            }
        }
        cands.truncate(kept);
        return;
    }
    // Lists of similar lengths: matches and non-matches interleave at
    // random, so a merge with branches mispredicts about once per match
    // (that cost more than the rest of the search). Here each step
    // updates the current candidate with what it found: nothing (adding
    // +0.0 to a non-negative score leaves it as it is) or a match.
    let (docs, sat) = (p.docs, p.sat);
    let (mut i, mut j, mut kept) = (0, 0, 0);
    while i < cands.len() && j < docs.len() {
        let (x, y) = (cands[i], docs[j]);
        let hit = x == y;
        let found = u8::from(hit);
        let s = &mut slots[x as usize];
        let add = w * f32::from(sat[j]);
        s.score += f32::from_bits(add.to_bits() & u32::from(hit).wrapping_neg());
        s.matched += found;
        let typo_free = found & tier;
        s.tier += typo_free;
        s.mark ^= (s.mark ^ gi) & typo_free.wrapping_neg();
        cands[kept] = x;
        kept += usize::from(hit);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    cands.truncate(kept);
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
    // The rarest group's postings bound the candidates: one allocation.
    let first: usize = groups
        .first()
        .map_or(0, |g| g.iter().map(|a| a.len(index)).sum());
    let mut cands: Vec<u32> = Vec::with_capacity(first.min(index.doc_count));
    let slots = &mut scratch.slots;
    // One alternative in the first group lists the candidates in doc order
    // (postings and phrase matches are sorted), and so does a bitset
    // merging several; filtering keeps the order.
    let sorted = groups
        .first()
        .is_some_and(|g| g.len() == 1 || overlapping(index, g));
    for (gi, group) in groups.iter().enumerate() {
        let gi = gi as u8;
        if gi == 0 && group.len() == 1 {
            // One alternative lists each document once: no stamp to test.
            let alt = &group[0];
            let (tier, mark) = if alt.typo_free() {
                (1, 0)
            } else {
                (0, NO_GROUP)
            };
            let slot = |score| Slot {
                stamp: generation,
                score,
                matched: 1,
                tier,
                mark,
            };
            match alt {
                Alt::Term(t) => {
                    let p = index.postings(t.term);
                    let w = index.idf[t.term as usize] * t.weight / SAT_SCALE;
                    cands.extend_from_slice(p.docs);
                    for (&d, &s) in p.docs.iter().zip(p.sat) {
                        slots[d as usize] = slot(w * f32::from(s));
                    }
                }
                Alt::Docs { docs, .. } => {
                    for &(d, c) in docs {
                        slots[d as usize] = slot(c);
                        cands.push(d);
                    }
                }
            }
        } else if gi == 0 && overlapping(index, group) {
            union_first(index, group, generation, &mut cands, slots);
        } else if gi == 0 {
            // One alternative holds most postings: documents seen before
            // are rare, and testing for them is a well-predicted branch.
            for alt in group {
                let typo_free = alt.typo_free();
                for_each_posting(index, alt, None, |d, c| {
                    let s = &mut slots[d as usize];
                    if s.stamp != generation {
                        *s = Slot {
                            stamp: generation,
                            score: 0.0,
                            matched: 1,
                            tier: 0,
                            mark: NO_GROUP,
                        };
                        cands.push(d);
                    }
                    s.score += c;
                    if typo_free && s.mark != 0 {
                        s.mark = 0;
                        s.tier += 1;
                    }
                });
            }
        } else if let (true, [Alt::Term(t)]) = (sorted, group.as_slice()) {
            intersect(index, t, gi, &mut cands, slots);
        } else {
            for alt in group {
                let typo_free = alt.typo_free();
                for_each_posting(index, alt, Some((&cands, sorted)), |d, c| {
                    let s = &mut slots[d as usize];
                    if s.stamp != generation || s.matched < gi {
                        return;
                    }
                    s.matched = gi + 1;
                    s.score += c;
                    if typo_free && s.mark != gi {
                        s.mark = gi;
                        s.tier += 1;
                    }
                });
            }
            cands.retain(|&d| slots[d as usize].matched == gi + 1);
        }
        if cands.is_empty() {
            return cands;
        }
    }
    if excluded.is_empty() {
        // Each group has already kept only the candidates it matched.
        return cands;
    }
    for alt in excluded {
        for_each_posting(index, alt, Some((&cands, sorted)), |d, _| {
            slots[d as usize].matched = 0;
        });
    }
    let n = groups.len() as u8;
    cands.retain(|&d| slots[d as usize].matched == n);
    cands
}
