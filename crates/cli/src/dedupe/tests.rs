//! The merge of duplicates: exact keys and copies of a story.

use super::*;

fn candidate(path: &str, permalink: &str, source: Option<&str>, date: Option<&str>) -> Candidate {
    Candidate {
        path: PathBuf::from(path),
        article: Article {
            slug: permalink.rsplit('/').next().unwrap().into(),
            collection: "papers".into(),
            permalink: permalink.into(),
            title: "T".into(),
            date: date.map(|d| d.parse().unwrap()),
            published_label: None,
            summary: None,
            source_url: source.map(Into::into),
            source_host: None,
            tags: Vec::new(),
            image_url: None,
            image_credit: None,
            body_html: String::new(),
            body_text: String::new(),
            extra: Default::default(),
            also: Vec::new(),
            topics: Vec::new(),
        },
        lines: FieldLines {
            date: Some(3),
            source_url: Some(4),
            permalink: Some(5),
            draft: None,
        },
    }
}

#[test]
fn the_earliest_dated_of_the_same_source_is_kept_and_the_others_named() {
    let (kept, diags) = merge(vec![
        candidate(
            "a.md",
            "/p/a",
            Some("https://x.org/n/?utm_source=rss"),
            Some("2025-09-10"),
        ),
        candidate("b.md", "/p/b", Some("https://X.org/n"), Some("2025-09-04")),
        candidate("c.md", "/p/c", Some("https://y.org/n"), None),
    ]);
    let permalinks: Vec<_> = kept.iter().map(|a| a.permalink.as_str()).collect();
    assert_eq!(permalinks, ["/p/b", "/p/c"]);
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].path, "a.md");
    assert_eq!(diags[0].line, Some(4));
    assert_eq!(
        diags[0].message,
        "same source URL `https://x.org/n/?utm_source=rss` as `b.md`"
    );
    assert_eq!(diags[0].action, "dropped; `b.md` is kept (earlier date)");
}

#[test]
fn a_chain_of_permalink_and_source_matches_is_one_article() {
    let (kept, diags) = merge(vec![
        candidate("a.md", "/p/a", Some("https://x.org/1"), Some("2024-01-02")),
        candidate("b.md", "/p/a", Some("https://x.org/2"), Some("2024-01-03")),
        candidate("c.md", "/p/c", Some("https://x.org/2"), Some("2024-01-01")),
    ]);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].permalink, "/p/c");
    let messages: Vec<_> = diags
        .iter()
        .map(|d| (d.path.as_str(), d.line, d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            ("a.md", Some(5), "same permalink `/p/a` as `b.md`"),
            (
                "b.md",
                Some(4),
                "same source URL `https://x.org/2` as `c.md`"
            ),
        ]
    );
}

#[test]
fn on_the_same_date_the_more_complete_article_wins_then_the_first_path() {
    let mut rich = candidate("b.md", "/p/a", None, Some("2024-01-01"));
    rich.article.summary = Some("s".into());
    let (kept, diags) = merge(vec![
        candidate("a.md", "/p/a", None, Some("2024-01-01")),
        rich,
        candidate("c.md", "/p/a", None, Some("2024-01-01")),
    ]);
    assert_eq!(kept[0].summary.as_deref(), Some("s"));
    let actions: Vec<_> = diags.iter().map(|d| d.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "dropped; `b.md` is kept (more complete)",
            "dropped; `b.md` is kept (more complete)"
        ]
    );
    let (_, diags) = merge(vec![
        candidate("a.md", "/p/a", None, Some("2024-01-01")),
        candidate("b.md", "/p/a", None, Some("2024-01-01")),
    ]);
    assert_eq!(
        diags[0].action,
        "dropped; `a.md` is kept (same date and completeness, first by path)"
    );
}

fn story(path: &str, permalink: &str, source: &str, date: &str) -> Candidate {
    let mut c = candidate(path, permalink, Some(source), Some(date));
    c.article.title = "Trial meets its endpoint".into();
    c.article.summary = Some("The trial met its primary endpoint in 300 patients.".into());
    c.article.source_host = Some(source.split('/').nth(2).unwrap().into());
    c
}

#[test]
fn a_cross_post_is_merged_into_the_first_copy_which_lists_it() {
    let (kept, diags) = merge(vec![
        story("a.md", "/p/a", "https://vascular.example/t", "2025-03-01"),
        story(
            "b.md",
            "/p/b",
            "https://interventional.example/t",
            "2025-03-03",
        ),
    ]);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].permalink, "/p/a");
    assert_eq!(kept[0].also.len(), 1);
    assert_eq!(kept[0].also[0].permalink, "/p/b");
    assert_eq!(
        kept[0].also_hosts(),
        [("interventional.example", "https://interventional.example/t")]
    );
    assert_eq!(
        diags[0].message,
        "same story as `a.md`: the same title, 2 days apart, with a similar summary"
    );
    assert_eq!(diags[0].action, "dropped; `a.md` is kept (earlier date)");
}

#[test]
fn the_same_title_without_an_opening_is_not_the_same_story() {
    let (kept, diags) = merge(vec![
        candidate("a.md", "/p/a", None, Some("2025-03-01")),
        candidate("b.md", "/p/b", None, Some("2025-03-02")),
    ]);
    assert_eq!((kept.len(), diags.len()), (2, 0));
}
