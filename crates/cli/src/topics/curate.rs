//! The taxonomy applied to the derived groups: the publisher's topics come
//! first (so that their keys are theirs), a derived group sharing a key with
//! one of them is absorbed into it (its other keys count for it too), a
//! derived group with a stop term among its keys is removed, and with
//! `derive: false` no derived group is left.

use super::groups::Group;
use super::taxonomy::Taxonomy;

/// What the taxonomy did, for `--explain-topics`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Curation {
    /// The labels of the topics it added.
    pub added: Vec<String>,
    /// Derived groups absorbed: (the taxonomy topic's label, the derived group's main key).
    pub absorbed: Vec<(String, String)>,
    /// The main keys of the derived groups its stop terms removed.
    pub stopped: Vec<String>,
    /// Whether topics were derived from the corpus at all.
    pub derived: bool,
}

/// The groups to tag with: the taxonomy's, then the derived ones it leaves.
pub fn apply(taxonomy: &Taxonomy, derived: Vec<Group>) -> (Vec<Group>, Curation) {
    let mut groups: Vec<Group> = taxonomy
        .topics
        .iter()
        .map(|t| Group {
            keys: t.keys.clone(),
            shorts: t.acronyms.clone(),
            long: None,
            label: Some(t.label.clone()),
            id: t.id.clone(),
            label_fr: t.label_fr.clone(),
            fixed: true,
        })
        .collect();
    let mut curation = Curation {
        added: taxonomy.topics.iter().map(|t| t.label.clone()).collect(),
        derived: taxonomy.derive,
        ..Curation::default()
    };
    let fixed = groups.len();
    for g in derived {
        if !taxonomy.derive {
            break;
        }
        if g.keys.iter().any(|k| taxonomy.stop.contains(&k.text)) {
            curation.stopped.push(g.main_key().to_owned());
            continue;
        }
        let owner = groups[..fixed].iter().position(|t| {
            t.keys
                .iter()
                .any(|k| g.keys.iter().any(|d| d.text == k.text))
        });
        match owner {
            Some(t) => {
                curation
                    .absorbed
                    .push((taxonomy.topics[t].label.clone(), g.main_key().to_owned()));
                let owner = &mut groups[t];
                for k in g.keys {
                    if !owner.keys.iter().any(|o| o.text == k.text) {
                        owner.keys.push(k);
                    }
                }
                for s in g.shorts {
                    if !owner.shorts.contains(&s) {
                        owner.shorts.push(s);
                    }
                }
            }
            None => groups.push(g),
        }
    }
    (groups, curation)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::topics::tagging::Key;
    use crate::topics::taxonomy::parse;

    fn derived(keys: &[&str]) -> Group {
        Group {
            keys: keys
                .iter()
                .map(|k| Key {
                    text: (*k).into(),
                    acronym: false,
                })
                .collect(),
            ..Group::default()
        }
    }

    fn taxonomy(text: &str) -> Taxonomy {
        parse(text, Path::new("topics.yaml")).unwrap()
    }

    #[test]
    fn an_added_topic_comes_first_and_is_kept_whatever_the_corpus() {
        let t =
            taxonomy("topics:\n  - label: Renal denervation\n    label_fr: Dénervation rénale\n");
        let (groups, c) = apply(&t, vec![derived(&["stent"])]);
        assert_eq!(groups.len(), 2);
        assert!(groups[0].fixed);
        assert_eq!(groups[0].label.as_deref(), Some("Renal denervation"));
        assert_eq!(groups[0].label_fr.as_deref(), Some("Dénervation rénale"));
        assert_eq!(groups[0].main_key(), "renal denervation");
        assert_eq!(c.added, vec!["Renal denervation".to_string()]);
    }

    #[test]
    fn an_alias_absorbs_the_derived_group_that_shares_a_key_with_its_other_keys() {
        let t = taxonomy("topics:\n  - label: TAVI\n    aliases: [TAVR, transcatheter aortic valve replacement]\n");
        let tavi = Group {
            shorts: vec!["TAVI".into()],
            ..derived(&["tavi", "transcatheter aortic valve implantation"])
        };
        let (groups, c) = apply(&t, vec![tavi, derived(&["stent"])]);
        assert_eq!(groups.len(), 2);
        let keys: Vec<&str> = groups[0].keys.iter().map(|k| k.text.as_str()).collect();
        assert!(
            keys.contains(&"transcatheter aortic valve implantation"),
            "{keys:?}"
        );
        assert!(keys.contains(&"transcatheter aortic valve replacement"));
        assert_eq!(
            groups[0].shorts,
            vec!["TAVI".to_string(), "TAVR".to_string()]
        );
        assert_eq!(c.absorbed, vec![("TAVI".to_string(), "tavi".to_string())]);
    }

    #[test]
    fn a_stop_term_removes_the_derived_group_with_that_key() {
        let t = taxonomy("stop: [Webinars, FDA]\n");
        let fda = Group {
            shorts: vec!["FDA".into()],
            ..derived(&["fda", "food and drug administration"])
        };
        let (groups, c) = apply(&t, vec![derived(&["webinar"]), fda, derived(&["stent"])]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].main_key(), "stent");
        assert_eq!(c.stopped, vec!["webinar".to_string(), "fda".to_string()]);
    }

    #[test]
    fn derive_false_keeps_only_the_taxonomy_topics() {
        let t = taxonomy("derive: false\ntopics:\n  - label: Stents\n");
        let (groups, c) = apply(&t, vec![derived(&["stent"]), derived(&["balloon"])]);
        assert_eq!(groups.len(), 1);
        assert!(groups[0].fixed);
        assert!(!c.derived);
        assert!(c.absorbed.is_empty());
    }
}
