//! One article per permalink and per source URL.
//!
//! Two files are the same article when they have the same permalink, or
//! source URLs with the same [`source_key`] (host in lower case without
//! `www.`, no trailing slash, no `utm_*` parameters). Sameness is transitive:
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

use std::cmp::Reverse;
use std::collections::HashMap;
use std::path::PathBuf;

use veille_core::{Article, ArticleDate};

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
    let kept = candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, keep)| keep.then_some(c.article))
        .collect();
    (kept, diagnostics)
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
    // The file it matches directly: the kept one if possible.
    let partner = std::iter::once(winner)
        .chain(group.iter().copied())
        .find(|&j| j != dropped && (same_permalink(j) || same_source(j)))
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
    } else {
        (
            d.lines.source_url,
            format!(
                "same source URL `{}` as `{partner_path}`",
                d.article.source_url.as_deref().unwrap_or_default()
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
mod tests {
    use super::*;

    fn candidate(
        path: &str,
        permalink: &str,
        source: Option<&str>,
        date: Option<&str>,
    ) -> Candidate {
        Candidate {
            path: PathBuf::from(path),
            article: Article {
                slug: permalink.rsplit('/').next().unwrap().into(),
                collection: "papers".into(),
                permalink: permalink.into(),
                title: "T".into(),
                date: date.map(|d| d.parse().unwrap()),
                published_label: None,
                summary: None,
                source_url: source.map(Into::into),
                source_host: None,
                tags: Vec::new(),
                image_url: None,
                image_credit: None,
                body_html: String::new(),
                body_text: String::new(),
                extra: Default::default(),
                topics: Vec::new(),
            },
            lines: FieldLines {
                date: Some(3),
                source_url: Some(4),
                permalink: Some(5),
                draft: None,
            },
        }
    }

    #[test]
    fn the_earliest_dated_of_the_same_source_is_kept_and_the_others_named() {
        let (kept, diags) = merge(vec![
            candidate(
                "a.md",
                "/p/a",
                Some("https://x.org/n/?utm_source=rss"),
                Some("2025-09-10"),
            ),
            candidate("b.md", "/p/b", Some("https://X.org/n"), Some("2025-09-04")),
            candidate("c.md", "/p/c", Some("https://y.org/n"), None),
        ]);
        let permalinks: Vec<_> = kept.iter().map(|a| a.permalink.as_str()).collect();
        assert_eq!(permalinks, ["/p/b", "/p/c"]);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].path, "a.md");
        assert_eq!(diags[0].line, Some(4));
        assert_eq!(
            diags[0].message,
            "same source URL `https://x.org/n/?utm_source=rss` as `b.md`"
        );
        assert_eq!(diags[0].action, "dropped; `b.md` is kept (earlier date)");
    }

    #[test]
    fn a_chain_of_permalink_and_source_matches_is_one_article() {
        let (kept, diags) = merge(vec![
            candidate("a.md", "/p/a", Some("https://x.org/1"), Some("2024-01-02")),
            candidate("b.md", "/p/a", Some("https://x.org/2"), Some("2024-01-03")),
            candidate("c.md", "/p/c", Some("https://x.org/2"), Some("2024-01-01")),
        ]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].permalink, "/p/c");
        let messages: Vec<_> = diags
            .iter()
            .map(|d| (d.path.as_str(), d.line, d.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                ("a.md", Some(5), "same permalink `/p/a` as `b.md`"),
                (
                    "b.md",
                    Some(4),
                    "same source URL `https://x.org/2` as `c.md`"
                ),
            ]
        );
    }

    #[test]
    fn on_the_same_date_the_more_complete_article_wins_then_the_first_path() {
        let mut rich = candidate("b.md", "/p/a", None, Some("2024-01-01"));
        rich.article.summary = Some("s".into());
        let (kept, diags) = merge(vec![
            candidate("a.md", "/p/a", None, Some("2024-01-01")),
            rich,
            candidate("c.md", "/p/a", None, Some("2024-01-01")),
        ]);
        assert_eq!(kept[0].summary.as_deref(), Some("s"));
        let actions: Vec<_> = diags.iter().map(|d| d.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "dropped; `b.md` is kept (more complete)",
                "dropped; `b.md` is kept (more complete)"
            ]
        );
        let (_, diags) = merge(vec![
            candidate("a.md", "/p/a", None, Some("2024-01-01")),
            candidate("b.md", "/p/a", None, Some("2024-01-01")),
        ]);
        assert_eq!(
            diags[0].action,
            "dropped; `a.md` is kept (same date and completeness, first by path)"
        );
    }
}
