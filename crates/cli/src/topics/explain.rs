//! What `veille build --explain-topics` prints: the topics kept, the merges,
//! the groups dropped for their size, and the best rejected candidates with
//! the rule that rejected each, so that a publisher can see why and curate.

use std::fmt::Write as _;

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
    }
}
