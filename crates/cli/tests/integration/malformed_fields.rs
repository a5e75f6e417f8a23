//! The catalogue of malformed inputs (part 2: fields with wrong values and
//! duplicates). Each case asserts the exact diagnostics and the article built.

use crate::util::*;
use veille_cli::report::Kind::*;
use veille_cli::report::Severity::Warning;

// --- Fields with wrong values: the article is built, the field dropped.

#[test]
fn tags_that_are_a_mapping_are_dropped_with_a_warning_on_their_line() {
    let bundle = one(
        "a.md",
        &md("title: T\ndate: 2024-01-05\ntags:\n  first: a\n", "body\n"),
        &[(
            "a.md",
            Some(4),
            Warning,
            WrongType,
            "`tags` should be a list or comma-separated text",
        )],
        true,
    );
    assert!(bundle.articles[0].tags.is_empty());
}

#[test]
fn tags_that_are_a_number_are_dropped_with_a_warning() {
    one(
        "a.md",
        &md("title: T\ndate: 2024-01-05\ntags: 42\n", "body\n"),
        &[(
            "a.md",
            Some(4),
            Warning,
            WrongType,
            "`tags` should be a list or comma-separated text",
        )],
        true,
    );
}

#[test]
fn tags_given_as_comma_separated_text_are_split_and_deduplicated() {
    let bundle = one(
        "a.md",
        &md(
            "title: T\ndate: 2024-01-05\ntags: \"Santé, sante , IA,,\"\n",
            "body\n",
        ),
        &[],
        true,
    );
    assert_eq!(bundle.articles[0].tags, ["Santé", "IA"]);
}

#[test]
fn a_title_that_is_a_list_is_dropped_and_one_is_derived_from_the_body() {
    let bundle = one(
        "a.md",
        &md(
            "title: [a, b]\ndate: 2024-01-05\n",
            "# Real heading\n\nText\n",
        ),
        &[
            (
                "a.md",
                Some(1),
                Warning,
                MissingTitle,
                "the frontmatter has no title",
            ),
            (
                "a.md",
                Some(2),
                Warning,
                WrongType,
                "`title` should be text",
            ),
        ],
        true,
    );
    assert_eq!(bundle.articles[0].title, "Real heading");
}

#[test]
fn a_missing_title_is_taken_from_the_first_line_of_the_body() {
    let bundle = one(
        "a.md",
        &md("date: 2024-01-05\n", "\n\nFirst *line* here\n\nMore\n"),
        &[(
            "a.md",
            Some(1),
            Warning,
            MissingTitle,
            "the frontmatter has no title",
        )],
        true,
    );
    assert_eq!(bundle.articles[0].title, "First line here");
}

#[test]
fn a_missing_title_and_an_empty_body_fall_back_to_the_file_name() {
    let bundle = one(
        "my-note.md",
        &md("date: 2024-01-05\n", ""),
        &[(
            "my-note.md",
            Some(1),
            Warning,
            MissingTitle,
            "the frontmatter has no title",
        )],
        true,
    );
    assert_eq!(bundle.articles[0].title, "my-note");
}

#[test]
fn a_placeholder_title_counts_as_missing() {
    one(
        "a.md",
        &md(
            "title: \"[object Object]\"\ndate: 2024-01-05\n",
            "Body line\n",
        ),
        &[
            (
                "a.md",
                Some(1),
                Warning,
                MissingTitle,
                "the frontmatter has no title",
            ),
            (
                "a.md",
                Some(2),
                Warning,
                JunkValue,
                "`title` holds the placeholder `[object Object]`",
            ),
        ],
        true,
    );
}

#[test]
fn a_date_in_the_far_future_is_kept_with_a_warning_on_its_line() {
    let bundle = one(
        "a.md",
        &md("title: T\ndate: \"2325-09-23T04:00:00.000Z\"\n", "body\n"),
        &[(
            "a.md",
            Some(3),
            Warning,
            FutureDate,
            "the date 2325-09-23T04:00:00Z is after 2100 (--max-year), probably a typo",
        )],
        true,
    );
    assert_eq!(bundle.articles[0].date.unwrap().year, 2325);
}

#[test]
fn a_date_that_does_not_exist_is_dropped_with_a_warning() {
    one(
        "a.md",
        &md("title: T\ndate: 2023-02-30\n", "body\n"),
        &[
            (
                "a.md",
                Some(1),
                Warning,
                Undated,
                "the document has no date",
            ),
            (
                "a.md",
                Some(3),
                Warning,
                BadDate,
                "`date: 2023-02-30` is not a date",
            ),
        ],
        true,
    );
}

#[test]
fn a_date_in_words_only_is_read_from_published_date() {
    let bundle = one(
        "a.md",
        &md("title: T\npublishedDate: \"14 décembre 2023\"\n", "body\n"),
        &[],
        true,
    );
    assert_eq!(bundle.articles[0].date.unwrap().to_string(), "2023-12-14");
}

#[test]
fn an_empty_date_is_an_undated_article() {
    one(
        "a.md",
        &md("title: T\ndate: \"\"\n", "body\n"),
        &[(
            "a.md",
            Some(1),
            Warning,
            Undated,
            "the document has no date",
        )],
        true,
    );
}

#[test]
fn a_source_url_that_is_not_a_url_is_dropped_with_a_warning() {
    let bundle = one(
        "a.md",
        &md(
            "title: T\ndate: 2024-01-05\nsourceUrl: \"www.example.com/a\"\n",
            "body\n",
        ),
        &[(
            "a.md",
            Some(4),
            Warning,
            BadUrl,
            "`sourceUrl: www.example.com/a` is not an http(s) URL",
        )],
        true,
    );
    assert_eq!(bundle.articles[0].source_url, None);
}

#[test]
fn a_placeholder_source_url_is_dropped_with_a_warning() {
    one(
        "a.md",
        &md(
            "title: T\ndate: 2024-01-05\nsourceUrl: \"[object Object]\"\n",
            "body\n",
        ),
        &[(
            "a.md",
            Some(4),
            Warning,
            JunkValue,
            "`sourceUrl` holds the placeholder `[object Object]`",
        )],
        true,
    );
}

#[test]
fn a_javascript_image_url_is_dropped_with_a_warning() {
    one(
        "a.md",
        &md(
            "title: T\ndate: 2024-01-05\nimageUrl: \"javascript:alert(1)\"\n",
            "body\n",
        ),
        &[(
            "a.md",
            Some(4),
            Warning,
            BadUrl,
            "`imageUrl: javascript:alert(1)` is not an http(s) URL",
        )],
        true,
    );
}

#[test]
fn a_summary_that_is_a_mapping_is_dropped_with_a_warning() {
    one(
        "a.md",
        &md("title: T\ndate: 2024-01-05\nsummary: {text: x}\n", "body\n"),
        &[(
            "a.md",
            Some(4),
            Warning,
            WrongType,
            "`summary` should be text",
        )],
        true,
    );
}

#[test]
fn entities_and_extra_whitespace_in_the_title_are_cleaned_without_a_warning() {
    let bundle = one(
        "a.md",
        &md(
            "title: \"  Johnson &#38;   Johnson&#8217;s &Amp; co  \"\ndate: 2024-01-05\n",
            "body\n",
        ),
        &[],
        true,
    );
    assert_eq!(bundle.articles[0].title, "Johnson & Johnson’s & co");
}

#[test]
fn scripts_and_event_handlers_in_the_body_never_reach_the_bundle() {
    let bundle = one(
        "a.md",
        &md(
            "title: T\ndate: 2024-01-05\n",
            "<script>alert(1)</script>\n\n<p onclick=\"x()\">Hi</p>\n\n[x](javascript:alert(2))\n",
        ),
        &[],
        true,
    );
    let html = &bundle.articles[0].body_html;
    for bad in ["<script", "onclick", "javascript:"] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
}

// --- Duplicates.

#[test]
fn the_same_source_url_up_to_case_slash_and_utm_parameters_is_one_article() {
    let (dir, bundle, report) = build_files(&[
        ("papers/2025-09-10-x.md", &md("title: Later\ndate: 2025-09-10\nsourceUrl: \"https://WWW.Example.com/n/1/?utm_source=rss\"\n", "b\n")),
        ("papers/2025-09-04-x.md", &md("title: Earlier\ndate: 2025-09-04\nsourceUrl: \"https://example.com/n/1\"\n", "b\n")),
    ]);
    assert_diagnostics(
        dir.path(),
        &report,
        &[(
            "papers/2025-09-10-x.md",
            Some(4),
            Warning,
            Duplicate,
            &format!(
                "same source URL `https://www.example.com/n/1/?utm_source=rss` as `{}`",
                dir.path().join("site/papers/2025-09-04-x.md").display()
            ),
        )],
    );
    assert_eq!(bundle.articles.len(), 1);
    assert_eq!(bundle.articles[0].title, "Earlier");
    assert_eq!((report.files_read, report.duplicates_merged), (2, 1));
}

#[test]
fn folders_whose_names_differ_only_in_case_are_one_collection_and_share_permalinks() {
    let (dir, bundle, report) = build_files(&[
        ("Papers/post.md", OK_FM.as_bytes()),
        ("papers/post.md", OK_FM.as_bytes()),
    ]);
    let kept = dir.path().join("site/Papers/post.md");
    assert_diagnostics(
        dir.path(),
        &report,
        &[(
            "papers/post.md",
            Some(1),
            Warning,
            Duplicate,
            &format!("same permalink `/papers/post` as `{}`", kept.display()),
        )],
    );
    assert_eq!(
        report.diagnostics[0].action,
        format!(
            "dropped; `{}` is kept (same date and completeness, first by path)",
            kept.display()
        )
    );
    assert_eq!(bundle.articles.len(), 1);
    assert_eq!(bundle.articles[0].collection, "papers");
}
