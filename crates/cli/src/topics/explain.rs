//! What `veille build --explain-topics` prints: the topics kept, the merges,
//! the groups dropped for their size, and the best rejected candidates with
//! the rule that rejected each, so that a publisher can see why and curate.

use std::fmt::Write as _;

use super::curate::Curation;
use super::Derived;

/// The explanation of `d`, as lines of text.
pub fn explain(d: &Derived) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "topics ({}), largest first: articles, id, label, forms",
        d.topics.len()
    );
    for t in &d.topics {
        let _ = writeln!(
            out,
            "  {:5}  {}  {}  [{}]",
            t.articles,
            t.id,
            t.label,
            t.forms.join(" | ")
        );
    }
    if let Some(c) = &d.curation {
        write_curation(&mut out, d, c);
    }
    let _ = writeln!(out, "merged (Jaccard of their articles >= 0.8):");
    for m in &d.merges {
        let _ = writeln!(out, "  {} <- {}", m.kept, m.absorbed);
    }
    let _ = writeln!(out, "dropped, in too many articles:");
    for (key, df) in &d.too_common {
        let _ = writeln!(out, "  {df:5}  {key}");
    }
    let _ = writeln!(out, "dropped, beyond the largest kept:");
    for (key, df) in d.beyond_limit.iter().take(30) {
        let _ = writeln!(out, "  {df:5}  {key}");
    }
    let _ = writeln!(out, "best rejected candidates: articles, key, rule");
    for r in &d.rejected {
        let _ = writeln!(out, "  {:5}  {}  ({})", r.df, r.key, r.why.name());
    }
    out
}

/// What the taxonomy did: the topics it added (with their articles, or
/// none matched), the derived groups it absorbed and those it stopped.
fn write_curation(out: &mut String, d: &Derived, c: &Curation) {
    let _ = writeln!(
        out,
        "taxonomy: {} topics added{}",
        c.added.len(),
        if c.derived {
            ""
        } else {
            " (derive: false, no topic derived)"
        }
    );
    for label in &c.added {
        match d.topics.iter().find(|t| &t.label == label) {
            Some(t) => {
                let _ = writeln!(out, "  added  {:5}  {}", t.articles, label);
            }
            None => {
                let _ = writeln!(out, "  added      0  {label}  (no article matched)");
            }
        }
    }
    for (label, key) in &c.absorbed {
        let _ = writeln!(out, "  absorbed  {label} <- {key}");
    }
    for key in &c.stopped {
        let _ = writeln!(out, "  stopped  {key}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics::admit::Reject;
    use crate::topics::groups::Rejected;
    use crate::topics::Topic;

    #[test]
    fn the_explanation_names_each_rejection_rule() {
        let d = Derived {
            topics: vec![Topic {
                id: "dcb".into(),
                label: "drug-coated balloon (DCB)".into(),
                label_fr: None,
                forms: vec!["DCB".into(), "drug coated balloon".into()],
                articles: 4,
            }],
            rejected: vec![Rejected {
                key: "kenneth rosenfield".into(),
                df: 3,
                why: Reject::Person,
            }],
            ..Derived::default()
        };
        let text = explain(&d);
        assert!(text.contains("dcb  drug-coated balloon (DCB)  [DCB | drug coated balloon]"));
        assert!(text.contains("kenneth rosenfield  (person)"));
        assert!(!text.contains("taxonomy:"));
    }

    #[test]
    fn the_explanation_says_what_the_taxonomy_added_absorbed_and_stopped() {
        let d = Derived {
            topics: vec![Topic {
                id: "tavi".into(),
                label: "TAVI".into(),
                label_fr: None,
                forms: vec!["TAVI".into()],
                articles: 7,
            }],
            curation: Some(Curation {
                added: vec!["TAVI".into(), "Renal denervation".into()],
                absorbed: vec![("TAVI".into(), "transcatheter aortic valve".into())],
                stopped: vec!["webinar".into()],
                derived: true,
            }),
            ..Derived::default()
        };
        let text = explain(&d);
        assert!(text.contains("taxonomy: 2 topics added\n"), "{text}");
        assert!(text.contains("added      7  TAVI\n"), "{text}");
        assert!(
            text.contains("Renal denervation  (no article matched)"),
            "{text}"
        );
        assert!(
            text.contains("absorbed  TAVI <- transcatheter aortic valve"),
            "{text}"
        );
        assert!(text.contains("stopped  webinar"), "{text}");
    }
}
