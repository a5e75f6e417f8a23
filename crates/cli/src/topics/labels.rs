//! Labels and ids: what a reader sees, and what a URL keeps.

use std::collections::BTreeMap;

use super::groups::Group;

/// Votes for a group's label: surface forms and how often each was seen
/// outside titles and sentence starts (where capitals say nothing).
#[derive(Clone, Debug, Default)]
pub struct Votes {
    plain: BTreeMap<String, u32>,
    any: BTreeMap<String, u32>,
}

impl Votes {
    /// Counts one occurrence written `surface`.
    pub fn add(&mut self, surface: &str, plain: bool) {
        let s = surface.split_whitespace().collect::<Vec<_>>().join(" ");
        if plain {
            *self.plain.entry(s.clone()).or_default() += 1;
        }
        *self.any.entry(s).or_default() += 1;
    }

    /// The most frequent form (plain occurrences first; ties to the first in
    /// byte order, so that the label never depends on the files' order).
    /// Seen only in titles and at sentence starts, a form capitalised only
    /// there is written in lower case (`Hypertension` is `hypertension`).
    pub fn best(&self) -> Option<String> {
        let from = if self.plain.is_empty() {
            &self.any
        } else {
            &self.plain
        };
        let best = from
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.as_str())?;
        let mut chars = best.chars();
        let first = chars.next()?;
        let rest = chars.as_str();
        Some(
            if self.plain.is_empty() && !rest.chars().any(char::is_uppercase) {
                first.to_lowercase().chain(rest.chars()).collect()
            } else {
                best.to_owned()
            },
        )
    }
}

/// The label of `group`: the taxonomy's, else `long form (ACRONYM)` for an
/// acronym, else its most frequent spelling.
pub fn label(group: &Group, votes: &Votes) -> String {
    if let Some(l) = &group.label {
        return l.clone();
    }
    match (&group.long, group.shorts.first()) {
        (Some(long), Some(short)) => {
            let long = if keeps_capitals(long) {
                long.clone()
            } else {
                long.to_lowercase()
            };
            format!("{long} ({short})")
        }
        _ => votes.best().unwrap_or_else(|| group.main_key().to_owned()),
    }
}

/// Whether a long form is a name (`Vascular Interventional Advances`) rather
/// than a phrase written with capitals only to show its acronym.
fn keeps_capitals(long: &str) -> bool {
    let words: Vec<&str> = long.split_whitespace().collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // A phrase such as `Drug-Coated Balloon` is capitalised to show the
    // letters; a name has capitals inside (`LimFlow`) or keeps them all.
    caps == words.len()
        && words
            .iter()
            .flat_map(|w| w.split('-'))
            .any(|w| w.chars().skip(1).any(char::is_uppercase))
}

/// The id of `group`: the taxonomy's, else its acronym, else its main key,
/// as a slug (lower case, hyphens).
pub fn id(group: &Group) -> String {
    if let Some(id) = &group.id {
        return slug(id);
    }
    slug(
        group
            .shorts
            .first()
            .map_or(group.main_key(), String::as_str),
    )
}

/// Lower case letters and digits, other runs as one hyphen.
pub fn slug(text: &str) -> String {
    veille_core::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics::tagging::Key;

    fn group(key: &str) -> Group {
        Group {
            keys: vec![Key {
                text: key.into(),
                acronym: false,
            }],
            ..Group::default()
        }
    }

    #[test]
    fn an_acronym_group_is_labelled_long_form_then_acronym_and_identified_by_the_acronym() {
        let g = Group {
            shorts: vec!["DCB".into()],
            long: Some("Drug-Coated Balloon".into()),
            ..group("dcb")
        };
        assert_eq!(label(&g, &Votes::default()), "drug-coated balloon (DCB)");
        assert_eq!(id(&g), "dcb");
    }

    #[test]
    fn a_name_keeps_its_capitals() {
        let g = Group {
            shorts: vec!["BEST-CLI".into()],
            long: Some("Best Endovascular versus Best Surgical Therapy in CLI".into()),
            ..group("best cli")
        };
        assert!(label(&g, &Votes::default()).starts_with("best endovascular"));
        assert!(keeps_capitals("LimFlow System"));
    }

    #[test]
    fn other_groups_take_their_most_frequent_plain_spelling() {
        let mut v = Votes::default();
        v.add("Thrombectomy", false);
        v.add("Thrombectomy", false);
        v.add("thrombectomy", true);
        assert_eq!(label(&group("thrombectomy"), &v), "thrombectomy");
        let mut v = Votes::default();
        v.add("Hypertension", false);
        assert_eq!(label(&group("hypertension"), &v), "hypertension");
        assert_eq!(id(&group("boston scientific")), "boston-scientific");
    }
}
