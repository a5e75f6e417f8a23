//! From query words to index terms: exact forms, completions and typos.
//!
//! A query word is stemmed both as English and as French (an article is
//! stemmed in its own language, and the query's language is unknown), and
//! looked up as a surface word too. Those terms match "exactly". The last
//! word, while typed, adds the terms of every surface word it begins (the
//! most frequent [`RankParams::max_prefix_terms`]); words long enough add
//! the terms of surface words one or two edits away. Each alternative
//! carries the weight and tier of how it was reached.

use crate::index::Index;
use crate::rank::RankParams;
use crate::text::{Language, Stemmers};

/// One index term a query word may match, and how.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TermAlt {
    /// The term id.
    pub term: u32,
    /// Score multiplier (1 for an exact match).
    pub weight: f32,
    /// Whether matching it counts as matching the word without a typo.
    pub typo_free: bool,
}

/// The terms a folded word matches exactly (its stems, and what its
/// surface form was indexed as).
pub fn exact_terms(index: &Index, stemmers: &Stemmers, word: &str) -> Vec<u32> {
    let mut out: Vec<u32> = index.vocab.surface_terms(word).to_vec();
    if !crate::text::is_stop_word(word) {
        for lang in [Language::English, Language::French] {
            if let Some(t) = index.vocab.term_id(&stemmers.stem(word, lang)) {
                out.push(t);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Every term a query word may match, exact ones first.
pub fn word_alternatives(
    index: &Index,
    stemmers: &Stemmers,
    params: &RankParams,
    word: &str,
    prefix: bool,
    fuzzy: bool,
) -> Vec<TermAlt> {
    let mut alts: Vec<TermAlt> = exact_terms(index, stemmers, word)
        .into_iter()
        .map(|term| TermAlt {
            term,
            weight: 1.0,
            typo_free: true,
        })
        .collect();
    let has = |alts: &[TermAlt], t: u32| alts.iter().any(|a| a.term == t);
    let len = word.chars().count();
    if prefix && len >= params.prefix_min_len {
        let mut completions: Vec<u32> = index.vocab.with_prefix(word).map(|(_, t)| t).collect();
        completions.sort_unstable();
        completions.dedup();
        completions.retain(|&t| !has(&alts, t));
        completions.sort_by_key(|&t| std::cmp::Reverse(index.postings[t as usize].len()));
        completions.truncate(params.max_prefix_terms);
        alts.extend(completions.into_iter().map(|term| TermAlt {
            term,
            weight: params.prefix_weight,
            typo_free: true,
        }));
    }
    if fuzzy && len >= params.typo1_min_len && !word.bytes().any(|b| b.is_ascii_digit()) {
        let max = if len >= params.typo2_min_len { 2 } else { 1 };
        let mut typos = index.vocab.within_edits(word, max);
        typos.sort_unstable();
        for (term, dist) in typos {
            if has(&alts, term) {
                continue;
            }
            let weight = if dist == 1 {
                params.typo1_weight
            } else {
                params.typo2_weight
            };
            alts.push(TermAlt {
                term,
                weight,
                typo_free: false,
            });
        }
    }
    alts
}

/// The documents where the words of a phrase follow each other, with the
/// sum of the words' score contributions; sorted by doc id.
///
/// `words[i]` lists the terms word `i` may be (`None`: a stop word, any word).
pub fn phrase_docs(index: &Index, words: &[Option<Vec<u32>>]) -> Vec<(u32, f32)> {
    let present: Vec<(usize, &Vec<u32>)> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.as_ref().map(|w| (i, w)))
        .collect();
    if present.is_empty() || present.iter().any(|(_, w)| w.is_empty()) {
        return Vec::new();
    }
    let df = |terms: &Vec<u32>| -> usize {
        terms
            .iter()
            .map(|&t| index.postings[t as usize].len())
            .sum()
    };
    let (anchor_at, anchor) = *present
        .iter()
        .min_by_key(|(_, w)| df(w))
        .expect("not empty");
    let mut out: Vec<(u32, f32)> = Vec::new();
    let mut others: Vec<Vec<(usize, usize)>> = Vec::new();
    for &ta in anchor {
        let pa = &index.postings[ta as usize];
        'docs: for i in 0..pa.len() {
            let doc = pa.docs[i];
            let mut score = index.idf[ta as usize] * pa.saturation(i);
            // For each other word, the postings (term, index) that hold the doc.
            others.clear();
            for &(at, terms) in &present {
                if at == anchor_at {
                    continue;
                }
                let mut found = Vec::new();
                for &t in terms {
                    if let Some(j) = index.postings[t as usize].find(doc) {
                        found.push((t as usize, j));
                    }
                }
                if found.is_empty() {
                    continue 'docs;
                }
                others.push(found);
            }
            let starts = pa
                .positions(i)
                .iter()
                .filter_map(|&p| p.checked_sub(anchor_at as u32));
            let mut matched = false;
            for start in starts {
                let all = present
                    .iter()
                    .filter(|(at, _)| *at != anchor_at)
                    .zip(&others)
                    .all(|((at, _), found)| {
                        found.iter().any(|&(t, j)| {
                            index.postings[t]
                                .positions(j)
                                .binary_search(&(start + *at as u32))
                                .is_ok()
                        })
                    });
                if all {
                    matched = true;
                    break;
                }
            }
            if matched {
                for found in &others {
                    let (t, j) = found[0];
                    score += index.idf[t] * index.postings[t].saturation(j);
                }
                out.push((doc, score));
            }
        }
    }
    out.sort_unstable_by_key(|&(d, _)| d);
    out.dedup_by_key(|&mut (d, _)| d);
    out
}
