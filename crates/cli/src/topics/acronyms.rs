//! Acronym definitions found inline, with Schwartz & Hearst's algorithm
//! ("A simple algorithm for identifying abbreviation definitions in
//! biomedical text", PSB 2003): for `long form (SF)`, the long form is the
//! shortest run of words before the parenthesis in which the short form's
//! characters appear in order, right to left, the first one starting a
//! word.

use std::collections::BTreeMap;

use super::fold::{phrase_key, word_key};

/// One definition found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// The short form as written, without a plural `s` (`DCB` of `DCBs`).
    pub short: String,
    /// The long form as written (`drug-coated balloon`).
    pub long: String,
}

/// The definitions in `text`: every `long form (SF)` and `long form (SF;
/// anything)` where the short form is an acronym (2 to 10 characters, no
/// space, at least two capitals) and a long form is found for it.
pub fn definitions(text: &str) -> Vec<Definition> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('(') {
        let open = from + i;
        from = open + 1;
        let Some(close) = text[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inner = &text[open + 1..close];
        let short = inner.split([';', ',']).next().unwrap_or("").trim();
        let Some(short) = acronym(short) else {
            continue;
        };
        let before = &text[..open];
        let window_start = before
            .rfind([
                '.', '!', '?', ';', ':', '(', ')', '[', ']', ',', '\n', '"', '“', '”',
            ])
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let words: Vec<&str> = before[window_start..].split_whitespace().collect();
        let max_words = (short.len() + 5).min(short.len() * 2);
        let window = words[words.len().saturating_sub(max_words)..].join(" ");
        if let Some(long) = best_long_form(&short, &window) {
            out.push(Definition {
                short,
                long: long.to_owned(),
            });
        }
    }
    out
}

/// `s` as an acronym (its plural `s` dropped), or `None`.
fn acronym(s: &str) -> Option<String> {
    let s = s
        .strip_suffix('s')
        .filter(|t| t.len() >= 2 && t.ends_with(|c: char| c.is_uppercase()))
        .unwrap_or(s);
    let ok = (2..=10).contains(&s.chars().count())
        && !s.contains(char::is_whitespace)
        && s.chars().next().is_some_and(char::is_alphanumeric)
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&');
    ok.then(|| s.to_owned())
}

/// Schwartz & Hearst's `findBestLongForm`, on the words before the parenthesis.
pub fn best_long_form<'a>(short: &str, window: &'a str) -> Option<&'a str> {
    let s: Vec<char> = short.chars().flat_map(char::to_lowercase).collect();
    let l: Vec<(usize, char)> = window
        .char_indices()
        .flat_map(|(i, c)| c.to_lowercase().map(move |lc| (i, lc)))
        .collect();
    let mut si = s.len() as isize - 1;
    let mut li = l.len() as isize - 1;
    while si >= 0 {
        let c = s[si as usize];
        if !c.is_alphanumeric() {
            si -= 1;
            continue;
        }
        while li >= 0
            && (l[li as usize].1 != c
                || (si == 0 && li > 0 && l[li as usize - 1].1.is_alphanumeric()))
        {
            li -= 1;
        }
        if li < 0 {
            return None;
        }
        li -= 1;
        si -= 1;
    }
    let at = l[(li + 1) as usize].0;
    let start = window[..at].rfind(' ').map_or(0, |i| i + 1);
    let long = &window[start..];
    let words = long.split_whitespace().count();
    let ok = long.len() > short.len()
        && words <= (short.len() + 5).min(short.len() * 2)
        && !long.contains(short)
        && !veille_core::is_stop_word(&veille_core::fold(long.split_whitespace().next()?));
    ok.then_some(long)
}

/// An acronym the corpus defines consistently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acronym {
    /// The short form (`DCB`).
    pub short: String,
    /// Its key (`dcb`).
    pub short_key: String,
    /// The keys of its long forms (`drug coated balloon`), the most defined first.
    pub long_keys: Vec<String>,
    /// The most frequent spelling of the first long form.
    pub long: String,
    /// In how many articles it is defined.
    pub articles: usize,
}

/// A long form's tally: in how many articles, and each spelling's count.
type Tally<'a> = (usize, BTreeMap<&'a str, usize>);

/// The acronyms defined in at least `min_articles` articles, by a majority
/// of their definitions. `per_article` holds each article's definitions.
pub fn consistent(per_article: &[Vec<Definition>], min_articles: usize) -> Vec<Acronym> {
    // short form → long key → (articles, spelling → count)
    let mut seen: BTreeMap<&str, BTreeMap<String, Tally<'_>>> = BTreeMap::new();
    for defs in per_article {
        let mut once: Vec<(&str, String, &str)> = defs
            .iter()
            .map(|d| (d.short.as_str(), phrase_key(&d.long), d.long.as_str()))
            .collect();
        once.sort();
        once.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        for (short, key, long) in once {
            let entry = seen.entry(short).or_default().entry(key).or_default();
            entry.0 += 1;
            *entry.1.entry(long).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for (short, longs) in seen {
        let total: usize = longs.values().map(|(n, _)| n).sum();
        let mut ranked: Vec<(&String, &Tally<'_>)> = longs.iter().collect();
        ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
        let (key, (n, spellings)) = ranked[0];
        if *n < min_articles || n * 2 <= total {
            continue;
        }
        let long = spellings
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or(String::new(), |(s, _)| (*s).to_owned());
        // Other long forms defined as often, when they are variants of the
        // main one (`critical` for `chronic limb-threatening ischaemia`),
        // not another meaning (`American Venous Forum` for AVF).
        let long_keys = std::iter::once(key.clone())
            .chain(
                ranked[1..]
                    .iter()
                    .filter(|(k, (m, _))| *m >= min_articles && shares_half(key, k))
                    .map(|(k, _)| (*k).clone()),
            )
            .collect();
        out.push(Acronym {
            short: short.to_owned(),
            short_key: word_key(short),
            long_keys,
            long,
            articles: *n,
        });
    }
    out
}

/// Whether two keys share at least half of the longer one's words.
fn shares_half(a: &str, b: &str) -> bool {
    let aw: Vec<&str> = a.split(' ').collect();
    let shared = b.split(' ').filter(|w| aw.contains(w)).count();
    shared * 2 >= aw.len().max(b.split(' ').count())
}

#[cfg(test)]
#[path = "acronyms_tests.rs"]
mod tests;
