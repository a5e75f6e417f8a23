//! The first pass over the corpus: each article's text read once for its
//! candidates, acronym definitions, and the names and places around
//! affiliations; merged across threads into corpus statistics.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::acronyms::{definitions, Definition};
use super::candidates::Candidates;
use super::words::words;

/// How many bytes of an article's body the miner reads after its title and
/// summary: news states its subject at the top, and the builder stays fast.
pub const BODY_LEAD: usize = 800;

/// An article's text for topics: its title, then the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The title, a line break, the summary (unless the body repeats it) and
    /// the first [`BODY_LEAD`] bytes of the body.
    pub text: String,
    /// Where the title ends in [`Self::text`].
    pub title_end: usize,
}

impl Text {
    /// The text of an article with `title`, `summary` and `body`.
    pub fn new(title: &str, summary: Option<&str>, body: &str) -> Self {
        let mut cut = BODY_LEAD.min(body.len());
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        let lead = &body[..cut];
        let mut text = String::with_capacity(title.len() + cut + 300);
        text.push_str(title);
        let title_end = text.len();
        text.push_str(".\n");
        let repeated = |s: &&str| {
            let head = s.get(..60.min(s.len())).unwrap_or(s);
            memchr::memmem::find(lead.as_bytes(), head.as_bytes()).is_some()
        };
        if let Some(s) = summary.filter(|s| !repeated(s)) {
            text.push_str(s);
            text.push('\n');
        }
        text.push_str(lead);
        Self { text, title_end }
    }
}

/// What the first pass learns.
#[derive(Clone, Debug, Default)]
pub struct Mined {
    /// The candidates.
    pub candidates: Candidates,
    /// Each article's acronym definitions, in the order given.
    pub definitions: Vec<Vec<Definition>>,
    /// Word keys seen in names before affiliations or after a title (`Dr`).
    pub person_words: FxHashMap<String, u32>,
    /// Word keys seen as places in affiliations.
    pub place_words: FxHashMap<String, u32>,
}

/// Reads every text; candidates only from those `sampled` says (all, on a
/// corpus of ordinary size).
pub fn mine(texts: &[Text], sampled: impl Fn(usize) -> bool + Sync) -> Mined {
    let definitions: Vec<Vec<Definition>> =
        texts.par_iter().map(|t| definitions(&t.text)).collect();
    let mut mined = texts
        .par_iter()
        .enumerate()
        .filter(|(i, _)| sampled(*i))
        .fold(Mined::default, |mut m, (_, t)| {
            read(&mut m, &t.text);
            m
        })
        .reduce(Mined::default, merge);
    mined.candidates.finish();
    mined.definitions = definitions;
    mined
}

const TITLES: &[&str] = &["dr", "prof", "professor", "mr", "ms", "mrs"];

/// Function words that tell English text from French: the lists of common
/// words and generic words the rules use are English, so candidates are
/// mined from English text only (every article is still tagged).
const ENGLISH: &[&str] = &[
    "the", "and", "of", "with", "for", "is", "are", "was", "this", "that",
];
const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "et", "est", "pour", "dans", "une", "avec", "sur",
];

/// Whether `words` read as English rather than French.
pub fn is_english(words: &[super::words::Word<'_>]) -> bool {
    let count = |list: &[&str]| {
        words
            .iter()
            .filter(|w| list.contains(&w.key.as_str()))
            .count()
    };
    count(ENGLISH) >= count(FRENCH)
}

fn read(m: &mut Mined, text: &str) {
    let (ws, affiliations) = words(text);
    if !is_english(&ws) {
        return;
    }
    m.candidates.add(&ws);
    for (i, w) in ws.iter().enumerate() {
        let name_end = w.before_affiliation && w.cap;
        let after_title = i > 0 && TITLES.contains(&ws[i - 1].key.as_str()) && w.cap;
        if name_end {
            let chunk = w.chunk;
            for v in ws[..=i]
                .iter()
                .rev()
                .take(3)
                .take_while(|v| v.chunk == chunk && v.cap)
            {
                *m.person_words.entry(v.key.clone()).or_default() += 1;
            }
        }
        if after_title {
            let chunk = w.chunk;
            for v in ws[i..]
                .iter()
                .take(3)
                .take_while(|v| v.chunk == chunk && v.cap)
            {
                *m.person_words.entry(v.key.clone()).or_default() += 1;
            }
        }
    }
    for a in affiliations {
        for k in a.place_keys {
            *m.place_words.entry(k).or_default() += 1;
        }
    }
}

fn merge(mut a: Mined, b: Mined) -> Mined {
    a.candidates.merge(b.candidates);
    for (k, n) in b.person_words {
        *a.person_words.entry(k).or_default() += n;
    }
    for (k, n) in b.place_words {
        *a.place_words.entry(k).or_default() += n;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_the_body_repeats_is_read_once() {
        let t = Text::new("Title", Some("The summary."), "Credit. The summary. More.");
        assert_eq!(t.text, "Title.\nCredit. The summary. More.");
        assert_eq!(t.title_end, 5);
        let t = Text::new("Title", Some("Other."), "Body é");
        assert_eq!(t.text, "Title.\nOther.\nBody é");
    }

    #[test]
    fn french_text_gives_no_candidates() {
        let texts = vec![
            Text::new(
                "Le prix des montres",
                None,
                "Les montres connectées sont moins chères pour le moment.",
            ),
            Text::new(
                "The price of watches",
                None,
                "Connected watches are cheaper for the moment.",
            ),
        ];
        let m = mine(&texts, |_| true);
        assert!(m.candidates.stats.contains_key("watch"));
        assert!(!m.candidates.stats.contains_key("montre"));
    }

    #[test]
    fn names_before_affiliations_and_after_titles_are_person_words() {
        let texts = vec![Text::new(
            "T",
            None,
            "said Jane Doe (City Hospital, Lyon, France). Dr Paul Martin agreed.",
        )];
        let m = mine(&texts, |_| true);
        assert_eq!(m.person_words.get("doe"), Some(&1));
        assert_eq!(m.person_words.get("martin"), Some(&1));
        assert_eq!(m.place_words.get("lyon"), Some(&1));
        assert!(!m.person_words.contains_key("said"));
    }
}
