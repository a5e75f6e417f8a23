//! One article per permalink, per source URL and per story.
//!
//! Two files are the same article when they have the same permalink, or
//! source URLs with the same [`source_key`] (host in lower case without
//! `www.`, no trailing slash, no `utm_*` parameters), or are two copies of
//! the same story ([`near::same_story`]: the same folded title, published at
//! most a week apart, with similar openings). Sameness is transitive:
//! a file that shares its permalink with one and its source with another
//! joins both in one group. Of each group one article is kept:
//!
//! 1. the earliest-dated (dated before undated);
//! 2. then the most complete (most non-empty fields among date, published
//!    label, summary, source URL, tags, image URL, image credit and body);
//! 3. then the first by path.
//!
//! Every other file of the group is reported as a `duplicate` warning naming
//! the file it matched, on the line of the key that matched, and the file kept.
//! The kept article lists the others in [`Article::also`]: their permalinks
//! keep leading to it and their sources are shown beside its own.

pub mod near;

use std::cmp::Reverse;
use std::collections::HashMap;
use std::path::PathBuf;

use veille_core::{AlsoOn, Article, ArticleDate};

use crate::fields::FieldLines;
use crate::normalize::source_key;
use crate::report::{Diagnostic, Kind, Severity};

/// An article that was built, with where it came from.
#[derive(Debug)]
pub struct Candidate {
    /// The file it was built from.
    pub path: PathBuf,
    /// The article.
    pub article: Article,
    /// Where its date, source URL and permalink are in the file.
    pub lines: FieldLines,
}

/// Keeps one article of each group of duplicates (candidates come in path
/// order). Returns the kept articles and a warning for each dropped file.
pub fn merge(candidates: Vec<Candidate>) -> (Vec<Article>, Vec<Diagnostic>) {
    let keys: Vec<Option<String>> = candidates
        .iter()
        .map(|c| c.article.source_url.as_deref().and_then(source_key))
        .collect();
    let mut groups = UnionFind::new(candidates.len());
    let mut by_permalink: HashMap<&str, usize> = HashMap::new();
    let mut by_source: HashMap<&str, usize> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if let Some(&j) = by_permalink.get(c.article.permalink.as_str()) {
            groups.union(i, j);
        } else {
            by_permalink.insert(&c.article.permalink, i);
        }
        if let Some(key) = keys[i].as_deref() {
            if let Some(&j) = by_source.get(key) {
                groups.union(i, j);
            } else {
                by_source.insert(key, i);
            }
        }
    }
    let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        by_title
            .entry(near::title_key(&c.article))
            .or_default()
            .push(i);
    }
    for same_title in by_title.values().filter(|v| v.len() > 1) {
        for (n, &i) in same_title.iter().enumerate() {
            for &j in &same_title[n + 1..] {
                if near::same_story(&candidates[i].article, &candidates[j].article).is_some() {
                    groups.union(i, j);
                }
            }
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); candidates.len()];
    for i in 0..candidates.len() {
        members[groups.find(i)].push(i);
    }
    let mut keep = vec![true; candidates.len()];
    let mut diagnostics = Vec::new();
    for group in members.iter().filter(|g| g.len() > 1) {
        let winner = *group
            .iter()
            .min_by_key(|&&i| rank(&candidates[i].article, i))
            .expect("a group has members");
        for &dropped in group.iter().filter(|&&i| i != winner) {
            keep[dropped] = false;
            diagnostics.push(report(&candidates, &keys, group, dropped, winner));
        }
    }
    let also: Vec<(usize, Vec<AlsoOn>)> = members
        .iter()
        .filter(|g| g.len() > 1)
        .map(|group| {
            let winner = *group.iter().find(|&&i| keep[i]).expect("a group keeps one");
            (winner, copies(&candidates, group, winner))
        })
        .collect();
    let mut candidates = candidates;
    for (winner, copies) in also {
        candidates[winner].article.also = copies;
    }
    let kept = candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, keep)| keep.then_some(c.article))
        .collect();
    (kept, diagnostics)
}

/// The copies of the story `group` merged into `winner`, oldest first: one
/// per permalink other than the kept one's.
fn copies(candidates: &[Candidate], group: &[usize], winner: usize) -> Vec<AlsoOn> {
    let kept = &candidates[winner].article;
    let mut dropped: Vec<&Article> = group
        .iter()
        .filter(|&&i| i != winner)
        .map(|&i| &candidates[i].article)
        .collect();
    dropped.sort_by_key(|a| (a.date.is_none(), a.date));
    let mut out: Vec<AlsoOn> = Vec::new();
    for a in dropped {
        if a.permalink == kept.permalink || out.iter().any(|o| o.permalink == a.permalink) {
            continue;
        }
        out.push(AlsoOn {
            permalink: a.permalink.clone(),
            collection: a.collection.clone(),
            slug: a.slug.clone(),
            source_url: a.source_url.clone(),
            source_host: a.source_host.clone(),
        });
    }
    out
}

/// Smaller is better: earlier date (undated last), more complete, first path.
fn rank(a: &Article, index: usize) -> (bool, Option<ArticleDate>, Reverse<usize>, usize) {
    (a.date.is_none(), a.date, Reverse(completeness(a)), index)
}

/// How many of the article's optional fields are filled in.
pub fn completeness(a: &Article) -> usize {
    [
        a.date.is_some(),
        a.published_label.is_some(),
        a.summary.is_some(),
        a.source_url.is_some(),
        !a.tags.is_empty(),
        a.image_url.is_some(),
        a.image_credit.is_some(),
        !a.body_text.is_empty(),
    ]
    .into_iter()
    .filter(|&filled| filled)
    .count()
}

fn report(
    candidates: &[Candidate],
    keys: &[Option<String>],
    group: &[usize],
    dropped: usize,
    winner: usize,
) -> Diagnostic {
    let d = &candidates[dropped];
    let same_permalink = |j: usize| candidates[j].article.permalink == d.article.permalink;
    let same_source = |j: usize| keys[dropped].is_some() && keys[j] == keys[dropped];
    let same_story = |j: usize| near::same_story(&candidates[j].article, &d.article);
    // The file it matches directly: the kept one if possible.
    let partner = std::iter::once(winner)
        .chain(group.iter().copied())
        .find(|&j| j != dropped && (same_permalink(j) || same_source(j) || same_story(j).is_some()))
        .expect("a duplicate matches another member of its group");
    let partner_path = candidates[partner].path.display();
    let (line, message) = if same_permalink(partner) {
        (
            // A permalink derived from the file name has no line of its own.
            d.lines.permalink.or(Some(1)),
            format!(
                "same permalink `{}` as `{partner_path}`",
                d.article.permalink
            ),
        )
    } else if same_source(partner) {
        (
            d.lines.source_url,
            format!(
                "same source URL `{}` as `{partner_path}`",
                d.article.source_url.as_deref().unwrap_or_default()
            ),
        )
    } else {
        let days = same_story(partner).unwrap_or_default();
        (
            Some(1),
            format!(
                "same story as `{partner_path}`: the same title, {days} day{} apart, with a similar summary",
                if days == 1 { "" } else { "s" }
            ),
        )
    };
    let (w, l) = (&candidates[winner].article, &d.article);
    let why = if w.date.is_some() && (l.date.is_none() || w.date < l.date) {
        "earlier date"
    } else if completeness(w) > completeness(l) {
        "more complete"
    } else {
        "same date and completeness, first by path"
    };
    Diagnostic::new(
        &d.path,
        line,
        Severity::Warning,
        Kind::Duplicate,
        message,
        format!(
            "dropped; `{}` is kept ({why})",
            candidates[winner].path.display()
        ),
    )
}

/// Disjoint sets of indexes, joined by [`union`](Self::union).
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        // The smaller index is the root, so a group is named by its first file.
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests;
