//! Synonyms at search time: the forms of a topic join each other.
//!
//! Each topic the builder derived lists the forms it is written in (`TAVI`,
//! `TAVR`, `transcatheter aortic valve replacement`; see
//! [`crate::Topic::forms`]). When a run of the query's words spells one of
//! them (compared by their English stems, so `DCBs` is `DCB` and `drug
//! coated balloons` is `drug-coated balloon`), each of those words' groups
//! also accepts the topic's other forms: a one-word form as its index terms,
//! a longer one as the documents holding all its words. Those alternatives
//! are weighed [`SYNONYM_WEIGHT`] (shared among the run's words) and do not
//! count as matching the word as typed, so the articles with the word
//! itself rank above those found through a synonym only (a tier below, as a
//! typo's are). Their terms are highlighted like the word's.
//!
//! Only whole words join: a word still being typed finds its synonyms once
//! it is a whole form. Excluded words (`-TAVR`) exclude the word itself only.
//! Typo tolerance is unchanged: it is decided from the word's own
//! alternatives, before synonyms are added.

use rustc_hash::FxHashMap;

use crate::counting::topic_values::TopicValues;
use crate::index::Index;
use crate::query::{Atom, Group};
use crate::search::matcher::Alt;
use crate::search::resolve::{exact_terms, TermAlt};
use crate::text::{is_stop_word, tokenize, Language, Stemmers, TokenKind};

/// What a synonym's match weighs, against 1 for the word as typed.
pub const SYNONYM_WEIGHT: f32 = 0.8;

/// Stems up to this long lose a final `s` in keys ([`key_of`]).
const ACRONYM_PLURAL_LEN: usize = 6;

/// The longest form, in words, that a run of query words is compared with.
const MAX_FORM_WORDS: usize = 8;

/// One form of a topic, analysed.
#[derive(Debug, Clone)]
struct Form {
    /// The topic it belongs to.
    topic: u32,
    /// Its folded words, stop words left out.
    words: Vec<String>,
}

/// Every topic's forms, and the forms by the English stems of their words.
#[derive(Debug, Default)]
pub struct Synonyms {
    forms: Vec<Form>,
    /// Stems of a form's words (joined by spaces) → its topics.
    by_key: FxHashMap<String, Vec<u32>>,
    /// The forms of each topic (indices into `forms`).
    of_topic: FxHashMap<u32, Vec<usize>>,
}

/// A run of a query's groups that spells a form, and what it adds.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The first group of the run.
    pub first: usize,
    /// How many groups it covers.
    pub len: usize,
    /// The other forms of the topics it spells, each as its folded words.
    pub others: Vec<Vec<String>>,
}

impl Synonyms {
    /// The synonyms of the topics in `topics`.
    pub fn new(topics: &TopicValues, stemmers: &Stemmers) -> Self {
        let mut s = Synonyms::default();
        for (form, &topic) in topics.forms.iter().zip(&topics.form_topic) {
            let words: Vec<String> = tokenize(form)
                .into_iter()
                .filter(|t| t.kind != TokenKind::Joined && !is_stop_word(&t.text))
                .map(|t| t.text)
                .collect();
            if words.is_empty() || words.len() > MAX_FORM_WORDS {
                continue;
            }
            let key = key_of(stemmers, words.iter().map(String::as_str));
            let topics = s.by_key.entry(key).or_default();
            if !topics.contains(&topic) {
                topics.push(topic);
            }
            s.of_topic.entry(topic).or_default().push(s.forms.len());
            s.forms.push(Form { topic, words });
        }
        s
    }

    /// Whether there is no synonym at all.
    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// The runs of `groups` that spell a form, leftmost and longest first,
    /// without overlaps. A group takes part when it is a single word or a
    /// single phrase without stop words.
    pub fn runs(&self, stemmers: &Stemmers, groups: &[&Group]) -> Vec<Run> {
        if self.is_empty() {
            return Vec::new();
        }
        let words: Vec<Option<Vec<&str>>> = groups.iter().map(|g| group_words(g)).collect();
        let mut out = Vec::new();
        let mut first = 0;
        while first < groups.len() {
            let found = (first + 1..=groups.len()).rev().find_map(|end| {
                let spelled: Option<Vec<&str>> = words[first..end]
                    .iter()
                    .map(|w| w.as_deref())
                    .try_fold(Vec::new(), |mut acc, w| {
                        acc.extend_from_slice(w?);
                        Some(acc)
                    });
                let spelled = spelled.filter(|s| !s.is_empty() && s.len() <= MAX_FORM_WORDS)?;
                let key = key_of(stemmers, spelled.iter().copied());
                self.by_key.get(&key).map(|topics| (end, key, topics))
            });
            let Some((end, key, topics)) = found else {
                first += 1;
                continue;
            };
            let mut others: Vec<Vec<String>> = Vec::new();
            let mut keys = vec![key];
            for t in topics {
                for &f in self.of_topic.get(t).map_or(&[][..], Vec::as_slice) {
                    let form = &self.forms[f];
                    debug_assert_eq!(form.topic, *t);
                    let k = key_of(stemmers, form.words.iter().map(String::as_str));
                    if !keys.contains(&k) {
                        keys.push(k);
                        others.push(form.words.clone());
                    }
                }
            }
            if !others.is_empty() {
                out.push(Run {
                    first,
                    len: end - first,
                    others,
                });
            }
            first = end;
        }
        out
    }
}

/// The words of a group that may spell a form: a single word, or a single
/// phrase without stop words.
fn group_words(g: &Group) -> Option<Vec<&str>> {
    match g.atoms.as_slice() {
        [Atom::Word { text, .. }] => Some(vec![text.as_str()]),
        [Atom::Phrase(words)] => words.iter().map(Option::as_deref).collect(),
        _ => None,
    }
}

/// The English stems of `words`, joined by spaces; a short stem's final
/// `s` is dropped, since the stemmer keeps the plural of an acronym
/// (`dcbs`, `pcis`).
fn key_of<'a>(stemmers: &Stemmers, words: impl Iterator<Item = &'a str>) -> String {
    words
        .map(|w| {
            let mut stem = stemmers.stem(w, Language::English);
            if stem.len() > 2 && stem.len() <= ACRONYM_PLURAL_LEN && stem.ends_with('s') {
                stem.pop();
            }
            stem
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Adds the alternatives of each run's other forms to the groups it covers
/// (`groups` parallel to the query's kept groups), and their terms to
/// `terms` (for highlighting).
pub fn add_alternatives(
    index: &Index,
    stemmers: &Stemmers,
    runs: &[Run],
    groups: &mut [Vec<Alt>],
    terms: &mut Vec<u32>,
) {
    for run in runs {
        let weight = SYNONYM_WEIGHT / run.len as f32;
        let mut alts = Vec::new();
        for words in &run.others {
            let word_terms: Vec<Vec<u32>> = words
                .iter()
                .map(|w| exact_terms(index, stemmers, w))
                .collect();
            if word_terms.iter().any(Vec::is_empty) {
                continue;
            }
            terms.extend(word_terms.iter().flatten());
            if let [single] = word_terms.as_slice() {
                alts.extend(single.iter().map(|&term| {
                    Alt::Term(TermAlt {
                        term,
                        weight,
                        typo_free: false,
                    })
                }));
            } else {
                let docs = all_words(index, &word_terms, weight);
                if !docs.is_empty() {
                    alts.push(Alt::Docs {
                        docs,
                        typo_free: false,
                    });
                }
            }
        }
        for g in groups.iter_mut().skip(run.first).take(run.len) {
            g.extend(alts.iter().cloned());
        }
    }
}

/// The documents holding every word (each word: any of its terms), with the
/// sum of the words' contributions times `weight`; sorted by doc.
fn all_words(index: &Index, words: &[Vec<u32>], weight: f32) -> Vec<(u32, f32)> {
    let word_docs = |terms: &Vec<u32>| -> Vec<(u32, f32)> {
        let mut docs: Vec<(u32, f32)> = Vec::new();
        for &t in terms {
            let p = index.postings(t);
            let idf = index.idf[t as usize];
            docs.extend((0..p.len()).map(|i| (p.docs[i], idf * p.saturation(i))));
        }
        docs.sort_unstable_by_key(|&(d, _)| d);
        docs.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 = a.1.max(b.1);
            }
            same
        });
        docs
    };
    let mut lists: Vec<Vec<(u32, f32)>> = words.iter().map(word_docs).collect();
    lists.sort_by_key(Vec::len);
    let mut out = lists.remove(0);
    for list in &lists {
        let mut j = 0;
        out.retain_mut(|(d, score)| {
            j += list[j..].partition_point(|&(e, _)| e < *d);
            match list.get(j) {
                Some(&(e, s)) if e == *d => {
                    *score += s;
                    true
                }
                _ => false,
            }
        });
    }
    out.iter_mut().for_each(|(_, s)| *s *= weight);
    out
}

#[cfg(test)]
mod tests;
