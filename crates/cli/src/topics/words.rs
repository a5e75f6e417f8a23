//! An article's text as the miner reads it: words with their surface form,
//! key and the context the admission rules need (chunk, sentence start,
//! capitals, affiliations in parentheses).
//!
//! A *chunk* is a run of words separated only by spaces or a hyphen; any
//! other punctuation ends it, so that no phrase crosses a comma or a
//! parenthesis. URLs are dropped, as they repeat the title in a slug.

use veille_core::{fold, is_stop_word};

use super::fold::{key_of_folded, word_key};
use super::scan::scan;

/// Words that make a parenthesis an affiliation (`(Massachusetts General
/// Hospital, Boston, USA)`), in folded form, matched as prefixes.
const INSTITUTION_WORDS: &[&str] = &[
    "hospital",
    "universit",
    "institut",
    "centre",
    "center",
    "clinic",
    "college",
    "school",
    "faculty",
    "department",
    "hopital",
    "klinik",
    "chu",
    "foundation",
    "medical",
    "health",
    "infirmary",
    "ospedale",
    "policlinico",
];

/// One word of an article's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// As written.
    pub surface: &'a str,
    /// Byte offset of its first character in the text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Its key ([`word_key`]).
    pub key: String,
    /// An English or French stop word.
    pub stop: bool,
    /// Digits only.
    pub number: bool,
    /// Starts with a capital letter.
    pub cap: bool,
    /// How many capital letters it has.
    pub capitals: usize,
    /// The chunk it belongs to (numbered in the text).
    pub chunk: u32,
    /// The first word of a sentence.
    pub sentence_start: bool,
    /// Inside a parenthesis that names an institution.
    pub in_affiliation: bool,
    /// The last word of its chunk, and the chunk is followed by an affiliation.
    pub before_affiliation: bool,
    /// Inside a parenthesis that names a maker: `(Gore)`, `(DCB; Surmodics)`.
    pub in_maker: bool,
}

/// An affiliation found in the text: its place words (after the first comma).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Affiliation {
    /// Keys of the words after the institution: cities and countries.
    pub place_keys: Vec<String>,
}

/// The words of `text` and the affiliations met.
pub fn words(text: &str) -> (Vec<Word<'_>>, Vec<Affiliation>) {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut affiliations = Vec::new();
    let mut affiliation_until = 0usize;
    let mut maker = (0usize, 0usize);
    for run in scan(text) {
        let gap = &text[run.gap_start..run.start];
        if let Some(open) = gap.rfind('(') {
            let at = run.gap_start + open;
            if let Some(close) = text[at..].find(')').filter(|&c| c < 300) {
                let inner = &text[at + 1..at + close];
                if let Some(range) = maker_range(inner) {
                    maker = (at + 1 + range.0, at + 1 + range.1);
                }
                if let Some(kind) = parenthesis(inner) {
                    affiliation_until = at + close;
                    if kind != Paren::Event {
                        if let Some(w) = out.last_mut() {
                            w.before_affiliation = true;
                        }
                    }
                    affiliations.push(Affiliation {
                        place_keys: place_keys(inner, kind),
                    });
                }
            }
        }
        if run.url {
            continue;
        }
        let (start, end) = (run.start, run.end);
        let surface = &text[start..end];
        let folded = fold(surface);
        let stop = is_stop_word(&folded);
        let number = surface.bytes().all(|b| b.is_ascii_digit());
        out.push(Word {
            surface,
            start,
            end,
            key: key_of_folded(surface, folded),
            stop,
            number,
            cap: surface.chars().next().is_some_and(char::is_uppercase),
            capitals: surface.chars().filter(|c| c.is_uppercase()).count(),
            chunk: run.chunk,
            sentence_start: run.sentence_start,
            in_affiliation: start < affiliation_until,
            before_affiliation: false,
            in_maker: start >= maker.0 && start < maker.1,
        });
    }
    (out, affiliations)
}

/// What a parenthesis holds, when it is not an acronym or an aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paren {
    /// An institution, then places: `(Massachusetts General Hospital, Boston, USA)`.
    Institution,
    /// Places only: `(Sydney, Australia)`.
    Places,
    /// Dates and places of a meeting: `(25–27 April, London, UK)`.
    Event,
}

/// What the text inside a parenthesis is: an institution (a person's
/// affiliation), places (also a person's), a meeting's dates and places, or
/// none of these.
pub fn parenthesis(inner: &str) -> Option<Paren> {
    let folded = fold(inner);
    let names_institution = folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| INSTITUTION_WORDS.iter().any(|i| w.starts_with(i)));
    if names_institution {
        return Some(Paren::Institution);
    }
    let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
    let capitalised = |p: &&str| {
        p.chars().next().is_some_and(char::is_uppercase)
            && p.split_whitespace().count() <= 4
            && !p.contains(';')
    };
    if parts.len() < 2
        || !parts
            .iter()
            .all(|p| capitalised(p) || p.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    if parts
        .iter()
        .any(|p| p.contains(|c: char| c.is_ascii_digit()))
    {
        Some(Paren::Event)
    } else {
        Some(Paren::Places)
    }
}

/// Where a maker's name lies inside a parenthesis: the whole of it, or a
/// part after `;`, when it is one to four words, capitalised, without digits
/// or commas, and not an acronym.
fn maker_range(inner: &str) -> Option<(usize, usize)> {
    if inner.contains(',') {
        return None;
    }
    let mut from = 0;
    for part in inner.split(';') {
        let trimmed = part.trim();
        let lead = part.len() - part.trim_start().len();
        let words = trimmed.split_whitespace().count();
        let acronym = words == 1 && trimmed.chars().filter(|c| c.is_uppercase()).count() >= 2;
        if (1..=4).contains(&words)
            && trimmed.starts_with(char::is_uppercase)
            && !trimmed.contains(|c: char| c.is_ascii_digit())
            && !acronym
        {
            return Some((from + lead, from + lead + trimmed.len()));
        }
        from += part.len() + 1;
    }
    None
}

/// The keys of the place words of a parenthesis: the parts after the
/// institution, every part without digits otherwise.
fn place_keys(inner: &str, kind: Paren) -> Vec<String> {
    let skip = usize::from(kind == Paren::Institution);
    inner
        .split(',')
        .skip(skip)
        .filter(|part| !part.contains(|c: char| c.is_ascii_digit()))
        .flat_map(|part| part.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(word_key)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(String, u32)> {
        words(text)
            .0
            .into_iter()
            .map(|w| (w.key, w.chunk))
            .collect()
    }

    #[test]
    fn hyphens_keep_a_chunk_and_commas_end_it() {
        let k = keys("drug-coated balloons, stents");
        assert_eq!(
            k,
            vec![
                ("drug".into(), 0),
                ("coated".into(), 0),
                ("balloon".into(), 0),
                ("stent".into(), 1)
            ]
        );
    }

    #[test]
    fn a_non_breaking_space_before_a_word_is_no_trouble() {
        let k = keys("forms\u{a0}online, see\u{a0}https://example.org/x");
        assert_eq!(k.len(), 3);
    }

    #[test]
    fn urls_are_dropped() {
        let k = keys("Read https://vascularnews.com/some-story now");
        assert_eq!(k.len(), 2);
        assert_eq!(k[1].0, "now");
    }

    #[test]
    fn a_name_before_a_hospital_is_marked_and_its_city_is_a_place() {
        let (w, aff) =
            words("said Kenneth Rosenfield (Massachusetts General Hospital, Boston, USA), who");
        let name = w.iter().find(|w| w.surface == "Rosenfield").unwrap();
        assert!(name.before_affiliation);
        assert!(
            w.iter()
                .find(|w| w.surface == "General")
                .unwrap()
                .in_affiliation
        );
        assert_eq!(
            aff[0].place_keys,
            vec!["boston".to_string(), "usa".to_string()]
        );
    }

    #[test]
    fn a_city_and_country_are_a_persons_affiliation_and_a_meetings_dates_are_not() {
        let (w, aff) =
            words("said Ramon Varcoe (Sydney, Australia) at CX (25–27 April, London, UK).");
        assert!(
            w.iter()
                .find(|w| w.surface == "Varcoe")
                .unwrap()
                .before_affiliation
        );
        assert!(
            !w.iter()
                .find(|w| w.surface == "CX")
                .unwrap()
                .before_affiliation
        );
        assert!(
            w.iter()
                .find(|w| w.surface == "London")
                .unwrap()
                .in_affiliation
        );
        assert_eq!(
            aff[0].place_keys,
            vec!["sydney".to_string(), "australia".to_string()]
        );
        assert_eq!(
            aff[1].place_keys,
            vec!["london".to_string(), "uk".to_string()]
        );
    }

    #[test]
    fn a_company_in_parentheses_is_no_affiliation_but_a_maker() {
        let (w, aff) =
            words("the SurVeil drug-coated balloon (DCB; Surmodics) showed, as (W L Gore) did.");
        assert!(aff.is_empty());
        assert!(!w.iter().any(|w| w.before_affiliation));
        let makers: Vec<&str> = w.iter().filter(|w| w.in_maker).map(|w| w.surface).collect();
        assert_eq!(makers, vec!["Surmodics", "W", "L", "Gore"]);
    }

    #[test]
    fn sentences_start_after_a_full_stop() {
        let (w, _) = words("Stents work. However, balloons");
        assert!(w[0].sentence_start && w[2].sentence_start && !w[3].sentence_start);
    }
}
