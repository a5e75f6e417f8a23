//! A topic of the corpus, as the bundle lists it: what the explorer's
//! Topics facet shows and what search-time synonyms join.

use serde::{Deserialize, Serialize};

/// One topic the builder derived (or the publisher's taxonomy gave): its
/// stable id, its labels and the forms it is written in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// The stable id a URL keeps (`topic=tavi`): the acronym, else the key's slug.
    pub id: String,
    /// What readers see: `transcatheter aortic valve implantation (TAVI)`.
    pub label: String,
    /// A French label, when the taxonomy gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
    /// The forms it is written in (`TAVI`, `TAVR`, `transcatheter aortic
    /// valve replacement`): a query word or phrase equal to one of them
    /// also matches the others.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<String>,
}

impl Topic {
    /// The label in `lang` (`fr` gives the French label when there is one).
    pub fn label_in(&self, lang: &str) -> &str {
        match (&self.label_fr, lang) {
            (Some(fr), "fr") => fr,
            _ => &self.label,
        }
    }
}
