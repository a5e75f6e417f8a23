//! Tagging: every group's keys matched leftmost-longest on an article's
//! words, so that a phrase only ever seen inside a longer topic is counted
//! for the longer one ("transcatheter aortic valve" inside TAVI's long form).

use rustc_hash::{FxHashMap, FxHashSet};

use super::words::Word;

/// A key of a group, as the matcher looks for it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The words' keys joined by spaces.
    pub text: String,
    /// An acronym: matched only where written with at least two capitals
    /// (`PE`, not `pe`).
    pub acronym: bool,
}

/// One match of a group in an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    /// Occurrences.
    pub count: u32,
    /// Occurrences in the title.
    pub in_title: u32,
    /// The byte range of one occurrence, for the label: the first outside the
    /// title and sentence starts, else the first.
    pub span: (usize, usize),
    /// Whether [`Self::span`] is outside the title and sentence starts.
    pub plain: bool,
}

/// The keys of every group, ready to match.
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    keys: FxHashMap<String, (usize, bool)>,
    first_words: FxHashSet<String>,
    longest: usize,
}

impl Matcher {
    /// A matcher for `groups`, each a list of keys; a key claimed by two
    /// groups stays with the first.
    pub fn new(groups: &[Vec<Key>]) -> Self {
        let mut m = Matcher::default();
        for (g, keys) in groups.iter().enumerate() {
            for k in keys {
                let n = k.text.split(' ').count();
                m.longest = m.longest.max(n);
                m.first_words
                    .insert(k.text.split(' ').next().unwrap_or("").to_owned());
                m.keys.entry(k.text.clone()).or_insert((g, k.acronym));
            }
        }
        m
    }

    /// The groups found in `words`, leftmost-longest, with their hits
    /// (`title_end`: the byte where the title ends), sorted by group.
    pub fn tag(&self, words: &[Word<'_>], title_end: usize) -> Vec<(usize, Hits)> {
        let mut found: FxHashMap<usize, Hits> = FxHashMap::default();
        let mut i = 0;
        let mut key = String::new();
        while i < words.len() {
            if !self.first_words.contains(&words[i].key) {
                i += 1;
                continue;
            }
            let chunk_len = words[i..]
                .iter()
                .take(self.longest)
                .take_while(|w| w.chunk == words[i].chunk)
                .count();
            let mut matched = None;
            for n in (1..=chunk_len).rev() {
                key.clear();
                for (k, w) in words[i..i + n].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(&w.key);
                }
                if let Some(&(g, acronym)) = self.keys.get(key.as_str()) {
                    if acronym && words[i].capitals < 2.min(words[i].surface.len()) {
                        continue;
                    }
                    matched = Some((g, n));
                    break;
                }
            }
            match matched {
                Some((g, n)) => {
                    let hits = found.entry(g).or_default();
                    let title = words[i].start < title_end;
                    let plain = !title && !words[i].sentence_start;
                    if hits.count == 0 || (plain && !hits.plain) {
                        hits.span = (words[i].start, words[i + n - 1].end);
                        hits.plain = plain;
                    }
                    hits.count += 1;
                    hits.in_title += u32::from(title);
                    i += n;
                }
                None => i += 1,
            }
        }
        let mut out: Vec<(usize, Hits)> = found.into_iter().collect();
        out.sort_by_key(|(g, _)| *g);
        out
    }
}

/// Jaccard similarity of two sorted lists of article numbers.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// Whether the Jaccard index of two sorted lists is at least `threshold`,
/// giving up as soon as too many elements of either are missing from the
/// other: most pairs are far apart, and the lists may be long.
fn at_least(a: &[u32], b: &[u32], threshold: f64) -> bool {
    // both / (|a| + |b| - both) >= t  <=>  both >= t (|a| + |b|) / (1 + t)
    let needed = (threshold * (a.len() + b.len()) as f64 / (1.0 + threshold)).ceil() as usize;
    let (mut miss_a, mut miss_b) = (
        a.len().saturating_sub(needed),
        b.len().saturating_sub(needed),
    );
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                if miss_a == 0 {
                    return false;
                }
                miss_a -= 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                if miss_b == 0 {
                    return false;
                }
                miss_b -= 1;
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    jaccard(a, b) >= threshold
}

/// The fewest articles both groups need before their overlap says they are
/// one topic: two groups that share their only two articles may just have
/// been written about together.
pub const MERGE_MIN_ARTICLES: usize = 5;

/// The merges of groups whose article sets overlap with a Jaccard index of
/// at least `threshold`: for each group (in the order given, largest
/// first), the earlier group it joins, if any. Chains join the first.
pub fn merges(docs: &[Vec<u32>], threshold: f64) -> Vec<Option<usize>> {
    let mut into: Vec<Option<usize>> = vec![None; docs.len()];
    for j in 0..docs.len() {
        for i in 0..j {
            if into[i].is_some() {
                continue;
            }
            let (a, b) = (docs[i].len() as f64, docs[j].len() as f64);
            if docs[j].len().min(docs[i].len()) < MERGE_MIN_ARTICLES
                || a.min(b) < threshold * a.max(b)
            {
                continue;
            }
            if at_least(&docs[i], &docs[j], threshold) {
                into[j] = Some(i);
                break;
            }
        }
    }
    into
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics::words::words;

    fn key(text: &str, acronym: bool) -> Key {
        Key {
            text: text.into(),
            acronym,
        }
    }

    #[test]
    fn the_longest_key_wins_where_two_start() {
        let m = Matcher::new(&[
            vec![key("transcatheter aortic valve", false)],
            vec![
                key("transcatheter aortic valve implantation", false),
                key("tavi", true),
            ],
        ]);
        let (w, _) = words(
            "Transcatheter aortic valve implantation (TAVI) grows. A transcatheter aortic valve.",
        );
        let tags = m.tag(&w, 0);
        assert_eq!(tags[0].0, 0);
        assert_eq!(tags[0].1.count, 1);
        assert_eq!(tags[1].0, 1);
        assert_eq!(tags[1].1.count, 2);
    }

    #[test]
    fn an_acronym_in_lower_case_is_not_matched() {
        let m = Matcher::new(&[vec![key("pe", true)]]);
        assert!(m.tag(&words("the pe class").0, 0).is_empty());
        assert_eq!(m.tag(&words("acute PE cases").0, 0).len(), 1);
    }

    #[test]
    fn hits_in_the_title_are_counted() {
        let m = Matcher::new(&[vec![key("stent", false)]]);
        let text = "Stents win. Later a stent.";
        let tags = m.tag(&words(text).0, 11);
        assert_eq!((tags[0].1.count, tags[0].1.in_title), (2, 1));
        assert_eq!(&text[tags[0].1.span.0..tags[0].1.span.1], "stent");
    }

    #[test]
    fn groups_with_nearly_the_same_articles_merge_into_the_larger() {
        let docs = vec![
            vec![1, 2, 3, 4, 5, 6],
            vec![1, 2, 3, 4, 5],
            vec![7, 8],
            vec![7, 8],
        ];
        assert_eq!(merges(&docs, 0.8), vec![None, Some(0), None, None]);
        assert_eq!(jaccard(&[1, 2], &[3]), 0.0);
        assert!(at_least(&[1, 2, 3, 4, 5], &[1, 2, 3, 4], 0.8));
        assert!(!at_least(&[1, 2, 3, 4, 5], &[1, 2, 3, 9], 0.8));
    }
}
