//! From groups to topics: tag every article, recount, merge groups with
//! nearly the same articles, drop those in too many articles, keep the
//! largest, and give each article its few best topics.

use rayon::prelude::*;

use super::groups::Group;
use super::labels::{self, Votes};
use super::mine::Text;
use super::overlap::merges;
use super::tagging::{Hits, Key, Matcher, Surfaces};
use super::{Options, Topic};

/// Two groups merged, for `--explain-topics`.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    /// The label kept.
    pub kept: String,
    /// The label absorbed.
    pub absorbed: String,
}

/// What selection made and dropped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// The topics, largest first.
    pub topics: Vec<Topic>,
    /// Each article's topics (indices into [`Self::topics`]), best first.
    pub per_article: Vec<Vec<usize>>,
    /// The merges made.
    pub merges: Vec<Merge>,
    /// Groups dropped for being in too many articles, with their article counts.
    pub too_common: Vec<(String, u32)>,
    /// Groups past the largest [`Options::max_topics`], with their article counts.
    pub beyond_limit: Vec<(String, u32)>,
}

/// Tags `texts` with `groups` and selects the topics.
pub fn select(groups: &[Group], texts: &[Text], opts: &Options, min_df: u32) -> Selection {
    let matcher = Matcher::new(&groups.iter().map(|g| g.keys.clone()).collect::<Vec<_>>());
    let tagged: Vec<Vec<(usize, Hits)>> = texts
        .par_iter()
        .with_min_len(64)
        .map_init(Surfaces::default, |surfaces, t| {
            matcher.tag(&t.text, t.title_end, surfaces)
        })
        .collect();
    let mut docs: Vec<Vec<u32>> = vec![Vec::new(); groups.len()];
    for (a, tags) in tagged.iter().enumerate() {
        for (g, _) in tags {
            docs[*g].push(a as u32);
        }
    }
    let mut order: Vec<usize> = (0..groups.len())
        .filter(|&g| (groups[g].fixed && !docs[g].is_empty()) || docs[g].len() as u32 >= min_df)
        .collect();
    order.sort_by(|&a, &b| {
        docs[b]
            .len()
            .cmp(&docs[a].len())
            .then(groups[a].main_key().cmp(groups[b].main_key()))
    });

    // Groups in too many articles cannot be kept (a merge only adds
    // articles): dropped before merging, so that they absorb nothing. Only
    // the largest of the rest can be kept; merges among the others would not matter.
    let cap = opts.max_share * texts.len() as f64;
    let mut too_common = Vec::new();
    order.retain(|&g| {
        let keep = groups[g].fixed || docs[g].len() as f64 <= cap;
        if !keep {
            too_common.push((groups[g].main_key().to_owned(), docs[g].len() as u32));
        }
        keep
    });
    order.truncate(opts.max_topics * 4);
    // Merges: the later (smaller) joins the earlier; a taxonomy group is never absorbed.
    let ordered_docs: Vec<Vec<u32>> = order.iter().map(|&g| docs[g].clone()).collect();
    let into = merges(&ordered_docs, opts.jaccard);
    let mut final_of: Vec<Option<usize>> = vec![None; groups.len()];
    let mut merged: Vec<(Group, Vec<usize>)> = Vec::new();
    let mut slot_of_rank: Vec<usize> = vec![usize::MAX; order.len()];
    let mut merge_pairs = Vec::new();
    for (rank, &g) in order.iter().enumerate() {
        match into[rank].filter(|_| !groups[g].fixed) {
            Some(r) => {
                let slot = slot_of_rank[r];
                slot_of_rank[rank] = slot;
                merged[slot].0.keys.extend(groups[g].keys.iter().cloned());
                merged[slot]
                    .0
                    .shorts
                    .extend(groups[g].shorts.iter().cloned());
                merged[slot].1.push(g);
                merge_pairs.push((slot, g));
            }
            None => {
                slot_of_rank[rank] = merged.len();
                merged.push((groups[g].clone(), vec![g]));
            }
        }
    }
    for (slot, (_, members)) in merged.iter().enumerate() {
        for &g in members {
            final_of[g] = Some(slot);
        }
    }
    // Articles per merged group.
    let mut hits: Vec<Vec<(usize, Hits)>> = vec![Vec::new(); texts.len()];
    let mut df = vec![0u32; merged.len()];
    for (a, tags) in tagged.iter().enumerate() {
        for (g, h) in tags {
            let Some(slot) = final_of[*g] else { continue };
            match hits[a].iter_mut().find(|(s, _)| *s == slot) {
                Some((_, acc)) => {
                    acc.count += h.count;
                    acc.in_title += h.in_title;
                }
                None => {
                    hits[a].push((slot, h.clone()));
                    df[slot] += 1;
                }
            }
        }
    }
    let n = texts.len() as f64;
    let mut slots: Vec<usize> = (0..merged.len()).collect();
    slots.sort_by(|&a, &b| {
        df[b]
            .cmp(&df[a])
            .then(merged[a].0.main_key().cmp(merged[b].0.main_key()))
    });
    let mut sel = Selection {
        too_common,
        ..Selection::default()
    };
    let mut kept = Vec::new();
    for slot in slots {
        let g = &merged[slot].0;
        if !g.fixed && f64::from(df[slot]) > opts.max_share * n {
            sel.too_common.push((g.main_key().to_owned(), df[slot]));
        } else if kept.len() >= opts.max_topics && !g.fixed {
            sel.beyond_limit.push((g.main_key().to_owned(), df[slot]));
        } else {
            kept.push(slot);
        }
    }
    // Labels from each kept group's spellings.
    let mut votes: Vec<Votes> = vec![Votes::default(); merged.len()];
    let mut is_kept = vec![false; merged.len()];
    for &slot in &kept {
        is_kept[slot] = true;
    }
    for (a, tags) in hits.iter().enumerate() {
        for (slot, h) in tags.iter().filter(|(slot, _)| is_kept[*slot]) {
            let own = merged[*slot].0.main_key();
            let span = &texts[a].text[h.span.0..h.span.1];
            // Only the main key's spellings vote (not an absorbed group's).
            if labels::slug(span)
                .replace('-', " ")
                .contains(own.split(' ').next().unwrap_or(""))
            {
                votes[*slot].add(span, h.plain);
            }
        }
    }
    let mut index_of = vec![usize::MAX; merged.len()];
    let mut ids = rustc_hash::FxHashSet::default();
    for (i, &slot) in kept.iter().enumerate() {
        index_of[slot] = i;
        let g = &merged[slot].0;
        let mut id = labels::id(g);
        let base = id.clone();
        let mut k = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        sel.topics.push(Topic {
            id,
            label: labels::label(g, &votes[slot]),
            label_fr: g.label_fr.clone(),
            forms: forms(&g.keys, &g.shorts),
            articles: 0,
        });
    }
    for (kept_slot, g) in merge_pairs {
        let kept = &sel.topics.get(index_of[kept_slot]);
        if let Some(t) = kept {
            sel.merges.push(Merge {
                kept: t.label.clone(),
                absorbed: groups[g].main_key().to_owned(),
            });
        }
    }
    sel.per_article = hits
        .into_iter()
        .map(|mut tags| {
            tags.retain(|(slot, _)| index_of[*slot] != usize::MAX);
            tags.sort_by(|(a, ha), (b, hb)| {
                (hb.in_title > 0)
                    .cmp(&(ha.in_title > 0))
                    .then(hb.count.cmp(&ha.count))
                    .then(df[*a].cmp(&df[*b]))
                    .then(index_of[*a].cmp(&index_of[*b]))
            });
            tags.truncate(opts.max_per_article);
            tags.into_iter().map(|(slot, _)| index_of[slot]).collect()
        })
        .collect();
    for list in &sel.per_article {
        for &t in list {
            sel.topics[t].articles += 1;
        }
    }
    sel
}

/// The forms a topic is written in, for search synonyms: its acronyms and
/// its keys, without repeats.
fn forms(keys: &[Key], shorts: &[String]) -> Vec<String> {
    let mut out: Vec<String> = shorts.to_vec();
    for k in keys {
        if !k.acronym && !out.contains(&k.text) {
            out.push(k.text.clone());
        }
    }
    out
}
