//! Groups: the acronyms the corpus defines (with their long forms, TAVI and
//! TAVR as one when their long forms differ only by a synonymous head noun)
//! and the admitted candidates, each a set of keys the matcher looks for.

use super::acronyms::Acronym;
use super::admit::{admit, Context, Reject};
use super::candidates::Candidates;
use super::tagging::Key;
use super::vocab::is_generic_alone;

/// Head nouns that name the same procedure: `transcatheter aortic valve
/// implantation` (TAVI) and `... replacement` (TAVR).
const HEAD_SYNONYMS: &[&[&str]] = &[
    &["implantation", "replacement"],
    &["occlusion", "closure"],
    &["disease", "disorder"],
];

/// A topic in the making.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    /// What the matcher looks for; the first is the group's main key.
    pub keys: Vec<Key>,
    /// The acronyms it stands for (`TAVI`, `TAVR`), the main one first.
    pub shorts: Vec<String>,
    /// The main long form as defined (`transcatheter aortic valve implantation`).
    pub long: Option<String>,
    /// A label given by the taxonomy.
    pub label: Option<String>,
    /// An id given by the taxonomy.
    pub id: Option<String>,
    /// The French label given by the taxonomy.
    pub label_fr: Option<String>,
    /// From the taxonomy: kept whatever the corpus says.
    pub fixed: bool,
}

impl Group {
    /// The main key's text.
    pub fn main_key(&self) -> &str {
        self.keys.first().map_or("", |k| k.text.as_str())
    }
}

/// A candidate that did not become a group, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Its key.
    pub key: String,
    /// In how many articles it occurs.
    pub df: u32,
    /// The rule.
    pub why: Reject,
}

fn same_procedure(a: &str, b: &str) -> bool {
    let (Some((ha, ta)), Some((hb, tb))) = (a.rsplit_once(' '), b.rsplit_once(' ')) else {
        return false;
    };
    ha == hb
        && ta != tb
        && HEAD_SYNONYMS
            .iter()
            .any(|s| s.contains(&ta) && s.contains(&tb))
}

/// The acronym groups: one per acronym, those of one procedure merged; an
/// acronym defined only once (in `joiners`) joins the group of its procedure
/// (`TAVR` defined once joins `TAVI`) but makes no group of its own.
pub fn acronym_groups(acronyms: &[Acronym], joiners: &[Acronym], cx: &Context) -> Vec<Group> {
    let mut sorted: Vec<&Acronym> = acronyms
        .iter()
        .filter(|a| {
            let long_generic = a.long_keys[0].split(' ').all(is_generic_alone);
            !long_generic
                && !is_generic_alone(&a.short_key)
                && !cx.feed_keys.contains(&a.short_key)
                && !cx.stop_keys.contains(&a.short_key)
                && !cx.stop_keys.contains(&a.long_keys[0])
        })
        .collect();
    sorted.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.short.cmp(&b.short)));
    let mut groups: Vec<Group> = Vec::new();
    for a in sorted {
        let keys = std::iter::once(Key {
            text: a.short_key.clone(),
            acronym: true,
        })
        .chain(a.long_keys.iter().map(|k| Key {
            text: k.clone(),
            acronym: false,
        }));
        let joins = groups.iter_mut().find(|g| {
            g.keys
                .iter()
                .any(|k| a.long_keys.iter().any(|l| same_procedure(&k.text, l)))
        });
        match joins {
            Some(g) => {
                g.keys.extend(keys);
                g.shorts.push(a.short.clone());
            }
            None => groups.push(Group {
                keys: keys.collect(),
                shorts: vec![a.short.clone()],
                long: Some(a.long.clone()),
                ..Group::default()
            }),
        }
    }
    for a in joiners {
        if groups.iter().any(|g| g.shorts.contains(&a.short)) {
            continue;
        }
        let joins = groups.iter_mut().find(|g| {
            g.keys
                .iter()
                .any(|k| a.long_keys.iter().any(|l| same_procedure(&k.text, l)))
        });
        if let Some(g) = joins {
            g.keys.push(Key {
                text: a.short_key.clone(),
                acronym: true,
            });
            g.keys.extend(a.long_keys.iter().map(|k| Key {
                text: k.clone(),
                acronym: false,
            }));
            g.shorts.push(a.short.clone());
        }
    }
    groups
}

/// The admitted candidates as groups of one key, leaving out the keys that
/// `taken` already holds; and the rejected ones with at least `min_df` articles.
pub fn candidate_groups(
    candidates: &Candidates,
    cx: &Context,
    taken: &rustc_hash::FxHashSet<String>,
) -> (Vec<Group>, Vec<Rejected>) {
    let mut keys: Vec<(&String, &super::candidates::Stats)> = candidates.stats.iter().collect();
    keys.sort_by(|a, b| a.0.cmp(b.0));
    let mut groups = Vec::new();
    let mut rejected = Vec::new();
    for (key, s) in keys {
        if taken.contains(key) {
            continue;
        }
        match admit(key, s, cx) {
            Ok(()) => groups.push(Group {
                keys: vec![Key {
                    text: key.clone(),
                    acronym: false,
                }],
                ..Group::default()
            }),
            Err(why) if why != Reject::Rare => rejected.push(Rejected {
                key: key.clone(),
                df: s.df,
                why,
            }),
            Err(_) => {}
        }
    }
    (groups, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acronym(short: &str, long: &str, articles: usize) -> Acronym {
        Acronym {
            short: short.into(),
            short_key: short.to_lowercase(),
            long_keys: vec![long.into()],
            long: long.into(),
            articles,
        }
    }

    #[test]
    fn tavi_and_tavr_are_one_group() {
        let groups = acronym_groups(
            &[
                acronym("TAVR", "transcatheter aortic valve replacement", 3),
                acronym("TAVI", "transcatheter aortic valve implantation", 9),
                acronym("DCB", "drug coated balloon", 5),
            ],
            &[],
            &Context::default(),
        );
        assert_eq!(groups.len(), 2);
        assert_eq!(
            groups[0].shorts,
            vec!["TAVI".to_string(), "TAVR".to_string()]
        );
        assert_eq!(groups[0].keys.len(), 4);
        assert_eq!(groups[1].shorts, vec!["DCB".to_string()]);
    }

    #[test]
    fn an_acronym_defined_once_joins_its_procedure_but_makes_no_group() {
        let groups = acronym_groups(
            &[acronym("LAAO", "left atrial appendage occlusion", 2)],
            &[
                acronym("LAAC", "left atrial appendage closure", 1),
                acronym("XYZ", "some other thing", 1),
            ],
            &Context::default(),
        );
        assert_eq!(groups.len(), 1);
        assert_eq!(
            groups[0].shorts,
            vec!["LAAO".to_string(), "LAAC".to_string()]
        );
    }

    #[test]
    fn a_generic_acronym_is_no_group() {
        let groups = acronym_groups(
            &[acronym("FDA", "food and drug administration", 9)],
            &[],
            &Context::default(),
        );
        assert!(groups.is_empty());
    }
}
