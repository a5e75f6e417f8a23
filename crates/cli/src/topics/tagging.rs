//! Tagging: every group's keys matched leftmost-longest on an article's
//! words, so that a phrase only ever seen inside a longer topic is counted
//! for the longer one ("transcatheter aortic valve" inside TAVI's long form).
//!
//! Every article is tagged, so this is the miner's hot loop. The keys are
//! kept as a trie over word numbers (each word of a key numbered once), an
//! article's words are looked up by their surface in a per-thread table
//! (folding and keying each different surface once), and a match is
//! walked word by word: no string is built per position.

use rustc_hash::FxHashMap;

use super::fold::key_of_folded;
use super::scan::scan;

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

/// A word that is in no key.
const NO_WORD: u32 = u32::MAX;

/// How many different surfaces a [`Surfaces`] table remembers; past that,
/// new ones are keyed each time they occur (same answers, a bounded table).
const SURFACES_AT_MOST: usize = 1 << 18;

/// What the tagger needs of a surface form: the number of its key among the
/// keys' words ([`NO_WORD`] if none), and whether it has capitals enough to
/// be an acronym (two, or all of a one-letter word).
type Surface = (u32, bool);

/// A table from surface forms to what the tagger needs of them; one per
/// thread, reused across articles.
#[derive(Debug, Default)]
pub struct Surfaces(FxHashMap<Box<str>, Surface>);

/// One word of an article, as the tagger sees it.
#[derive(Clone, Copy, Debug)]
struct Token {
    word: u32,
    capitals_ok: bool,
    chunk: u32,
    sentence_start: bool,
    start: usize,
    end: usize,
}

/// The keys of every group, ready to match.
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    /// Each word of a key, numbered.
    words: FxHashMap<String, u32>,
    /// The trie: (node, word) to the next node; the root is node 0.
    edges: FxHashMap<(u32, u32), u32>,
    /// Per node, the group whose key ends there and whether it is an acronym.
    ends: Vec<Option<(usize, bool)>>,
}

impl Matcher {
    /// A matcher for `groups`, each a list of keys; a key claimed by two
    /// groups stays with the first.
    pub fn new(groups: &[Vec<Key>]) -> Self {
        let mut m = Matcher {
            ends: vec![None],
            ..Matcher::default()
        };
        for (g, keys) in groups.iter().enumerate() {
            for k in keys {
                let mut node = 0u32;
                for w in k.text.split(' ') {
                    let next_word = m.words.len() as u32;
                    let word = *m.words.entry(w.to_owned()).or_insert(next_word);
                    let next_node = m.ends.len() as u32;
                    node = *m.edges.entry((node, word)).or_insert(next_node);
                    if node == next_node {
                        m.ends.push(None);
                    }
                }
                let end = &mut m.ends[node as usize];
                if end.is_none() {
                    *end = Some((g, k.acronym));
                }
            }
        }
        m
    }

    /// The groups found in `text`, leftmost-longest, with their hits
    /// (`title_end`: the byte where the title ends), sorted by group.
    pub fn tag(&self, text: &str, title_end: usize, surfaces: &mut Surfaces) -> Vec<(usize, Hits)> {
        let tokens: Vec<Token> = scan(text)
            .filter(|r| !r.url)
            .map(|r| {
                let (word, capitals_ok) = self.surface(&text[r.start..r.end], surfaces);
                Token {
                    word,
                    capitals_ok,
                    chunk: r.chunk,
                    sentence_start: r.sentence_start,
                    start: r.start,
                    end: r.end,
                }
            })
            .collect();
        let mut found: FxHashMap<usize, Hits> = FxHashMap::default();
        let mut i = 0;
        while i < tokens.len() {
            let Some((g, n)) = self.longest_at(&tokens, i) else {
                i += 1;
                continue;
            };
            let hits = found.entry(g).or_default();
            let title = tokens[i].start < title_end;
            let plain = !title && !tokens[i].sentence_start;
            if hits.count == 0 || (plain && !hits.plain) {
                hits.span = (tokens[i].start, tokens[i + n - 1].end);
                hits.plain = plain;
            }
            hits.count += 1;
            hits.in_title += u32::from(title);
            i += n;
        }
        let mut out: Vec<(usize, Hits)> = found.into_iter().collect();
        out.sort_by_key(|(g, _)| *g);
        out
    }

    /// The longest key starting at `tokens[i]` within its chunk (an acronym
    /// only where written in capitals): its group and length in words.
    fn longest_at(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let chunk = tokens[i].chunk;
        let mut node = 0u32;
        let mut best = None;
        for (n, t) in tokens[i..].iter().enumerate() {
            if t.chunk != chunk || t.word == NO_WORD {
                break;
            }
            let Some(&next) = self.edges.get(&(node, t.word)) else {
                break;
            };
            node = next;
            if let Some((g, acronym)) = self.ends[node as usize] {
                if !acronym || tokens[i].capitals_ok {
                    best = Some((g, n + 1));
                }
            }
        }
        best
    }

    /// What the tagger needs of `surface`, from the table or worked out.
    fn surface(&self, surface: &str, surfaces: &mut Surfaces) -> Surface {
        if let Some(&known) = surfaces.0.get(surface) {
            return known;
        }
        let key = key_of_folded(surface, veille_core::fold(surface));
        let word = self.words.get(&key).copied().unwrap_or(NO_WORD);
        let capitals = surface.chars().filter(|c| c.is_uppercase()).count();
        let found = (word, capitals >= 2.min(surface.len()));
        if surfaces.0.len() < SURFACES_AT_MOST {
            surfaces.0.insert(surface.into(), found);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str, acronym: bool) -> Key {
        Key {
            text: text.into(),
            acronym,
        }
    }

    fn tag(m: &Matcher, text: &str, title_end: usize) -> Vec<(usize, Hits)> {
        m.tag(text, title_end, &mut Surfaces::default())
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
        let tags = tag(
            &m,
            "Transcatheter aortic valve implantation (TAVI) grows. A transcatheter aortic valve.",
            0,
        );
        assert_eq!(tags[0].0, 0);
        assert_eq!(tags[0].1.count, 1);
        assert_eq!(tags[1].0, 1);
        assert_eq!(tags[1].1.count, 2);
    }

    #[test]
    fn a_shorter_key_matches_where_the_longer_one_breaks_off() {
        let m = Matcher::new(&[
            vec![key("aortic valve", false)],
            vec![key("aortic valve stenosis severe", false)],
        ]);
        let tags = tag(&m, "an aortic valve stenosis, then", 0);
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].0, 0);
    }

    #[test]
    fn an_acronym_in_lower_case_is_not_matched() {
        let m = Matcher::new(&[vec![key("pe", true)]]);
        assert!(tag(&m, "the pe class", 0).is_empty());
        assert_eq!(tag(&m, "acute PE cases", 0).len(), 1);
    }

    #[test]
    fn hits_in_the_title_are_counted() {
        let m = Matcher::new(&[vec![key("stent", false)]]);
        let text = "Stents win. Later a stent.";
        let tags = tag(&m, text, 11);
        assert_eq!((tags[0].1.count, tags[0].1.in_title), (2, 1));
        assert_eq!(&text[tags[0].1.span.0..tags[0].1.span.1], "stent");
    }

    #[test]
    fn no_key_crosses_a_comma() {
        let m = Matcher::new(&[vec![key("drug coated balloon", false)]]);
        assert!(tag(&m, "drug, coated balloon", 0).is_empty());
        assert_eq!(tag(&m, "Drug-coated balloons work", 0).len(), 1);
    }
}
