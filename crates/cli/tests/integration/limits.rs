//! The work one file may cost is bounded (`veille_cli::limits`): shapes of
//! input that cost a parser time growing faster than their size are
//! refused or degraded with a diagnostic naming the file and line. Each
//! test prints how long its file took (a figure for the log, never
//! asserted; `cargo test --release` gives the figures that matter).

use std::time::Instant;

use veille_cli::report::{Kind, Severity};

use crate::util::{diagnostics, md, OK_FM};

const N: usize = 100_000;

/// A diagnostic as [`diagnostics`] gives it.
type Diag = (String, Option<usize>, Severity, Kind, String);

/// Builds one file, prints its time, returns its diagnostics and bundle.
fn timed(what: &str, bytes: &[u8]) -> (Vec<Diag>, veille_core::Bundle) {
    let started = Instant::now();
    let (dir, bundle, report) = crate::util::build_files(&[("papers/x.md", bytes)]);
    eprintln!(
        "{what} ({} KB): {:.3} s",
        bytes.len() / 1000,
        started.elapsed().as_secs_f64()
    );
    (diagnostics(dir.path(), &report), bundle)
}

fn limit_on(diags: &[Diag]) -> Option<(Option<usize>, Severity, &str)> {
    diags
        .iter()
        .find(|d| d.3 == Kind::Limit)
        .map(|d| (d.1, d.2, d.4.as_str()))
}

#[test]
fn a_hundred_thousand_nested_divs_are_shown_as_text_with_a_warning_on_the_bodys_line() {
    let body = format!("{}x{}", "<div>".repeat(N), "</div>".repeat(N));
    let (diags, bundle) = timed(
        "100,000 nested <div>",
        &md("title: T\ndate: 2024-01-05\n", &body),
    );
    let (line, severity, message) = limit_on(&diags).unwrap();
    assert_eq!((line, severity), (Some(5), Severity::Warning));
    assert!(message.contains("256 deep"), "{message}");
    let a = &bundle.articles[0];
    assert!(
        a.body_html.starts_with("<p>&lt;div&gt;&lt;div&gt;"),
        "{}",
        &a.body_html[..40]
    );
}

#[test]
fn a_hundred_thousand_nested_brackets_in_frontmatter_are_refused_on_their_line() {
    let text = format!("---\ntitle: T\ntags: {}\n---\nx\n", "[".repeat(N));
    let (diags, bundle) = timed("100,000 nested [ in frontmatter", text.as_bytes());
    assert_eq!(
        limit_on(&diags),
        Some((
            Some(3),
            Severity::Error,
            "the frontmatter nests lists and maps more than 64 deep"
        ))
    );
    assert!(bundle.articles.is_empty());
}

#[test]
fn a_hundred_thousand_tags_keep_the_first_hundred_with_a_warning_on_the_tags_line() {
    let tags: Vec<String> = (0..N).map(|i| format!("t{i}")).collect();
    let fm = format!("title: T\ndate: 2024-01-05\ntags: [{}]\n", tags.join(", "));
    let (diags, bundle) = timed("100,000 tags", &md(&fm, "Body.\n"));
    assert_eq!(
        limit_on(&diags),
        Some((
            Some(4),
            Severity::Warning,
            "100000 tags, more than the 100 an article may have"
        ))
    );
    assert_eq!(bundle.articles[0].tags.len(), 100);
    assert_eq!(bundle.articles[0].tags[99], "t99");
}

#[test]
fn long_runs_of_entities_emphasis_and_brackets_build_without_a_diagnostic() {
    for (what, body) in [
        ("100,000 &amp;", "&amp;".repeat(N)),
        ("100,000 unmatched *a", "*a ".repeat(N)),
        (
            "100,000 nested [ ]",
            format!("{}x{}", "[".repeat(N), "]".repeat(N)),
        ),
        ("100,000 [a](", "[a](".repeat(N)),
        ("100,000 <span></span>", "<span></span>".repeat(N)),
    ] {
        let (diags, bundle) = timed(what, &md(&OK_FM[4..OK_FM.len() - 4], &body));
        assert_eq!(limit_on(&diags), None, "{what}");
        assert_eq!(bundle.articles.len(), 1, "{what}");
    }
}
