//! The publisher's taxonomy: an optional YAML file (`topics.yaml` at the
//! root of a content folder, or `--taxonomy FILE`) that adds topics with
//! their aliases, French labels and ids, lists stop terms that remove
//! derived topics, and may turn derivation off (`derive: false`).
//!
//! YAML because the publisher already writes it (every article's
//! frontmatter), and the builder already reads it with line numbers
//! (serde_yaml_ng). The format is described in `docs/builder.md`.
//!
//! ```yaml
//! derive: true
//! topics:
//!   - label: transcatheter aortic valve implantation (TAVI)
//!     label_fr: implantation valvulaire aortique percutanée (TAVI)
//!     aliases: [TAVI, TAVR, transcatheter aortic valve replacement]
//! stop: [press release, webinar]
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::fold::phrase_key;
use super::tagging::Key;

/// The file name looked for at the root of each content folder.
pub const TAXONOMY_FILE: &str = "topics.yaml";

/// A taxonomy, as read and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taxonomy {
    /// Whether topics are also derived from the corpus (`derive: false`: the
    /// taxonomy's topics only).
    pub derive: bool,
    /// The publisher's topics, in the file's order.
    pub topics: Vec<TaxonomyTopic>,
    /// Keys of the stop terms: a derived topic with any of these keys is removed.
    pub stop: Vec<String>,
}

impl Default for Taxonomy {
    fn default() -> Self {
        Self {
            derive: true,
            topics: Vec::new(),
            stop: Vec::new(),
        }
    }
}

/// One topic the publisher gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxonomyTopic {
    /// What readers see.
    pub label: String,
    /// The French label, if given.
    pub label_fr: Option<String>,
    /// The id, if given (else the first acronym alias, else the label's key).
    pub id: Option<String>,
    /// The keys matched: the label's (without any parenthesis), then each alias's.
    pub keys: Vec<Key>,
    /// The acronym aliases as written (`TAVI`, `TAVR`): search forms.
    pub acronyms: Vec<String>,
}

/// A taxonomy that cannot be used, with the file and line.
#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    /// The file could not be read.
    #[error("{}: cannot read the taxonomy: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a taxonomy: bad YAML, an unknown key, a wrong type.
    #[error("{}:{line}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default = "yes")]
    derive: bool,
    #[serde(default)]
    topics: Vec<RawTopic>,
    #[serde(default)]
    stop: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    label: String,
    #[serde(default)]
    label_fr: Option<String>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

fn yes() -> bool {
    true
}

/// Reads the taxonomy at `path`.
pub fn load(path: &Path) -> Result<Taxonomy, TaxonomyError> {
    let text = std::fs::read_to_string(path).map_err(|source| TaxonomyError::Read {
        path: path.to_owned(),
        source,
    })?;
    parse(&text, path)
}

/// The taxonomy file to use: `given`, else the first `topics.yaml` at the
/// root of one of `inputs`.
pub fn find(given: Option<&Path>, inputs: &[PathBuf]) -> Option<PathBuf> {
    given.map(Path::to_owned).or_else(|| {
        inputs
            .iter()
            .map(|dir| dir.join(TAXONOMY_FILE))
            .find(|p| p.is_file())
    })
}

/// Reads a taxonomy from `text` (`path` names it in errors).
pub fn parse(text: &str, path: &Path) -> Result<Taxonomy, TaxonomyError> {
    let invalid = |line: usize, message: String| TaxonomyError::Invalid {
        path: path.to_owned(),
        line,
        message,
    };
    if text.trim().is_empty() {
        return Ok(Taxonomy::default());
    }
    let raw: RawFile = serde_yaml_ng::from_str(text).map_err(|e| {
        let line = e.location().map_or(1, |l| l.line());
        invalid(line, e.to_string())
    })?;
    let mut topics: Vec<TaxonomyTopic> = Vec::new();
    for t in raw.topics {
        let label = t.label.trim().to_owned();
        let bare = without_parentheses(&label);
        let label_key = phrase_key(&bare);
        if label_key.is_empty() {
            return Err(invalid(
                line_of(text, &t.label, 0),
                format!("the topic label {:?} has no letters or digits", t.label),
            ));
        }
        let mut topic = TaxonomyTopic {
            keys: vec![Key {
                text: label_key,
                acronym: is_acronym(bare.trim()),
            }],
            label,
            label_fr: t
                .label_fr
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty()),
            id: t.id.map(|i| i.trim().to_owned()).filter(|i| !i.is_empty()),
            acronyms: Vec::new(),
        };
        if is_acronym(bare.trim()) {
            topic.acronyms.push(bare.trim().to_owned());
        }
        // The label's acronyms in parentheses (`drug-coated balloon (DCB)`)
        // are aliases too.
        let in_parentheses = parenthesized(&t.label).filter(|a| is_acronym(a));
        for alias in in_parentheses.chain(t.aliases.iter().map(String::as_str)) {
            let key = phrase_key(alias);
            if key.is_empty() {
                return Err(invalid(
                    line_of(text, alias, 0),
                    format!(
                        "the alias {alias:?} of {:?} has no letters or digits",
                        topic.label
                    ),
                ));
            }
            let acronym = is_acronym(alias.trim());
            if acronym && !topic.acronyms.iter().any(|a| a == alias.trim()) {
                topic.acronyms.push(alias.trim().to_owned());
            }
            if !topic.keys.iter().any(|k| k.text == key) {
                topic.keys.push(Key { text: key, acronym });
            }
        }
        let id = super::labels::slug(topic.id.as_deref().unwrap_or(&topic.label));
        let same =
            |o: &TaxonomyTopic| super::labels::slug(o.id.as_deref().unwrap_or(&o.label)) == id;
        if topics.iter().any(same) {
            return Err(invalid(
                line_of(text, topic.id.as_deref().unwrap_or(&t.label), 1),
                format!("two topics have the id or label {id:?}"),
            ));
        }
        topics.push(topic);
    }
    let mut stop = Vec::new();
    for s in &raw.stop {
        let key = phrase_key(s);
        if key.is_empty() {
            return Err(invalid(
                line_of(text, s, 0),
                format!("the stop term {s:?} has no letters or digits"),
            ));
        }
        stop.push(key);
    }
    Ok(Taxonomy {
        derive: raw.derive,
        topics,
        stop,
    })
}

/// An alias written as an acronym (`TAVR`, `BEST-CLI`, `DCBs`): matched only
/// where written with capitals, like the acronyms the corpus defines.
fn is_acronym(alias: &str) -> bool {
    let a = alias
        .strip_suffix('s')
        .filter(|a| a.len() >= 2 && a.ends_with(char::is_uppercase))
        .unwrap_or(alias);
    !a.contains(char::is_whitespace)
        && a.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !a.chars().any(char::is_lowercase)
}

/// `label` without its parenthesized parts (`drug-coated balloon (DCB)`:
/// `drug-coated balloon`).
fn without_parentheses(label: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The parts of `label` in parentheses, trimmed.
fn parenthesized(label: &str) -> impl Iterator<Item = &str> {
    label
        .split('(')
        .skip(1)
        .filter_map(|part| part.split_once(')').map(|(inner, _)| inner.trim()))
}

/// The 1-based line of the `nth` (0-based) occurrence of `needle` in `text`
/// (the last one if fewer), or 1.
fn line_of(text: &str, needle: &str, nth: usize) -> usize {
    let needle = needle.trim();
    if needle.is_empty() {
        return 1;
    }
    let at = text
        .match_indices(needle)
        .map(|(i, _)| i)
        .take(nth + 1)
        .last();
    at.map_or(1, |i| text[..i].matches('\n').count() + 1)
}

#[cfg(test)]
#[path = "taxonomy_tests.rs"]
mod tests;
