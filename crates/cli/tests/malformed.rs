//! The catalogue of malformed inputs: each case builds a small folder and
//! asserts the exact diagnostics (file, line, severity, kind, message) and
//! what became of the file.

use std::path::Path;

use veille_cli::build::{build, BuildOptions};
use veille_cli::report::{Kind, Report, Severity};
use veille_core::Bundle;

/// One diagnostic as the tests spell it: path under the input folder, line,
/// severity, kind, message.
type Expected<'a> = (&'a str, Option<usize>, Severity, Kind, &'a str);

use Kind::*;
use Severity::{Error, Note, Warning};

/// Builds a folder holding `files` (path under the input folder, bytes).
fn build_files(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Bundle, Report) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("site");
    std::fs::create_dir_all(&input).unwrap();
    for (name, bytes) in files {
        let path = input.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
    build_dir(dir)
}

fn build_dir(dir: tempfile::TempDir) -> (tempfile::TempDir, Bundle, Report) {
    let opts = BuildOptions {
        inputs: vec![dir.path().join("site")],
        out: dir.path().join("out"),
        quiet: true,
        ..BuildOptions::default()
    };
    let (bundle, report) = build(&opts).unwrap();
    assert!(report.reconciles(), "{report:?}");
    (dir, bundle, report)
}

/// The diagnostics with paths made relative to the input folder.
fn diagnostics(
    dir: &Path,
    report: &Report,
) -> Vec<(String, Option<usize>, Severity, Kind, String)> {
    let root = format!("{}/", dir.join("site").display());
    report
        .diagnostics
        .iter()
        .map(|d| {
            let path = d.path.strip_prefix(&root).unwrap_or(&d.path).to_owned();
            (path, d.line, d.severity, d.kind, d.message.clone())
        })
        .collect()
}

#[track_caller]
fn assert_diagnostics(dir: &Path, report: &Report, expected: &[Expected<'_>]) {
    let got = diagnostics(dir, report);
    let expected: Vec<_> = expected
        .iter()
        .map(|(p, l, s, k, m)| ((*p).to_owned(), *l, *s, *k, (*m).to_owned()))
        .collect();
    assert_eq!(got, expected);
}

/// Builds one file and checks its diagnostics and whether it became an article.
#[track_caller]
fn one(name: &str, bytes: &[u8], expected: &[Expected<'_>], built: bool) -> Bundle {
    let (dir, bundle, report) = build_files(&[(name, bytes)]);
    assert_diagnostics(dir.path(), &report, expected);
    assert_eq!(report.articles_written, usize::from(built), "{report:?}");
    assert_eq!(report.files_read, 1);
    bundle
}

/// Frontmatter with everything needed for no warning at all.
const OK_FM: &str = "---\ntitle: T\ndate: 2024-01-05\n---\n";

fn md(frontmatter_lines: &str, body: &str) -> Vec<u8> {
    format!("---\n{frontmatter_lines}---\n{body}").into_bytes()
}

// --- Broken YAML: the file is skipped with an error on the line in the file.

#[test]
fn an_unclosed_flow_list_is_a_yaml_error_on_the_line_where_the_parser_stops() {
    one(
        "a.md",
        &md("title: ok\ndate: 2024-01-05\ntags: [a, b\nsummary: x\n", "body\n"),
        &[("a.md", Some(5), Error, Yaml, "the frontmatter is not valid YAML: did not find expected ',' or ']' at line 5 column 8, while parsing a flow sequence at line 4 column 7")],
        false,
    );
}

#[test]
fn an_unclosed_quote_is_a_yaml_error_naming_where_the_string_began() {
    one(
        "a.md",
        &md("title: \"unclosed\nx: 1\n", "body\n"),
        &[("a.md", Some(4), Error, Yaml, "the frontmatter is not valid YAML: found unexpected end of stream at line 4 column 1, while scanning a quoted scalar at line 2 column 8")],
        false,
    );
}

#[test]
fn a_value_holding_a_colon_and_space_is_a_yaml_error() {
    one(
        "a.md",
        &md("date: 2024-01-05\ntitle: Study: results\n", "body\n"),
        &[("a.md", Some(3), Error, Yaml, "the frontmatter is not valid YAML: mapping values are not allowed in this context at line 3 column 13")],
        false,
    );
}

#[test]
fn a_tab_indenting_a_key_is_a_yaml_error_on_its_line() {
    one(
        "a.md",
        &md("date: 2024-01-05\n\ttitle: x\n", "body\n"),
        &[("a.md", Some(3), Error, Yaml, "the frontmatter is not valid YAML: found a tab character that violates indentation at line 3 column 1, while scanning a plain scalar at line 2 column 7")],
        false,
    );
}

#[test]
fn a_key_given_twice_is_a_yaml_error_on_its_second_line() {
    one(
        "a.md",
        &md("title: a\ndate: 2024-01-05\ntitle: b\n", "body\n"),
        &[(
            "a.md",
            Some(4),
            Error,
            Yaml,
            "the frontmatter is not valid YAML: duplicate entry with key \"title\"",
        )],
        false,
    );
}

#[test]
fn a_self_referencing_alias_is_refused_instead_of_expanded() {
    one(
        "a.md",
        &md("title: T\nloop: &x [*x]\n", "body\n"),
        &[(
            "a.md",
            Some(3),
            Error,
            Yaml,
            "the frontmatter is not valid YAML: recursion limit exceeded at line 3 column 7",
        )],
        false,
    );
}

#[test]
fn an_alias_to_an_unknown_anchor_is_a_yaml_error() {
    one(
        "a.md",
        &md("title: T\nsummary: *nope\n", "body\n"),
        &[(
            "a.md",
            Some(3),
            Error,
            Yaml,
            "the frontmatter is not valid YAML: unknown anchor at line 3 column 10",
        )],
        false,
    );
}

#[test]
fn frontmatter_that_is_a_list_is_refused_on_its_first_line() {
    one(
        "a.md",
        &md("- title\n- date\n", "body\n"),
        &[(
            "a.md",
            Some(2),
            Error,
            FrontmatterNotMapping,
            "the frontmatter is not a mapping of keys to values",
        )],
        false,
    );
}

#[test]
fn frontmatter_that_is_a_lone_sentence_is_refused() {
    one(
        "a.md",
        &md("just a sentence\n", "body\n"),
        &[(
            "a.md",
            Some(2),
            Error,
            FrontmatterNotMapping,
            "the frontmatter is not a mapping of keys to values",
        )],
        false,
    );
}

#[test]
fn unterminated_frontmatter_is_an_error_on_its_opening_line() {
    one(
        "a.md",
        b"---\ntitle: T\ndate: 2024-01-05\n\nBody without the closing line\n",
        &[(
            "a.md",
            Some(1),
            Error,
            UnterminatedFrontmatter,
            "the frontmatter opened on line 1 is never closed by a `---` line",
        )],
        false,
    );
}

// --- Bytes that are not text.

#[test]
fn a_binary_file_is_refused_with_the_line_of_its_first_nul_byte() {
    one(
        "logo.md",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        &[(
            "logo.md",
            Some(3),
            Error,
            Binary,
            "the file is binary (NUL byte on line 3), not text",
        )],
        false,
    );
}

#[test]
fn invalid_utf8_is_refused_with_its_line_and_byte() {
    one(
        "latin1.md",
        b"---\ntitle: Caf\xe9\n---\nbody\n",
        &[(
            "latin1.md",
            Some(2),
            Error,
            NotUtf8,
            "the file is not valid UTF-8 (line 2, byte 14)",
        )],
        false,
    );
}

#[test]
fn a_utf16_file_is_refused_as_binary() {
    let utf16: Vec<u8> = "title".encode_utf16().flat_map(u16::to_le_bytes).collect();
    one(
        "utf16.md",
        &[&[0xff, 0xfe][..], &utf16].concat(),
        &[(
            "utf16.md",
            Some(1),
            Error,
            Binary,
            "the file is binary (NUL byte on line 1), not text",
        )],
        false,
    );
}

#[test]
fn an_empty_file_is_refused() {
    one(
        "empty.md",
        b"",
        &[("empty.md", None, Error, Empty, "the file is empty")],
        false,
    );
}

#[test]
fn a_file_of_blank_lines_is_refused_as_empty() {
    one(
        "blank.txt",
        b" \n\t\r\n\n",
        &[("blank.txt", None, Error, Empty, "the file is empty")],
        false,
    );
}

#[test]
fn a_bom_is_dropped_so_the_frontmatter_is_still_read() {
    let bundle = one(
        "bom.md",
        &[
            b"\xef\xbb\xbf".as_slice(),
            &md("title: With BOM\ndate: 2024-01-05\n", "Body\n"),
        ]
        .concat(),
        &[],
        true,
    );
    assert_eq!(bundle.articles[0].title, "With BOM");
    assert_eq!(bundle.articles[0].body_text, "Body");
}

#[test]
fn crlf_line_ends_are_read_like_lf() {
    let bundle = one(
        "crlf.md",
        b"---\r\ntitle: \"Windows\"\r\ndate: 2024-01-05\r\ntags: [a, b]\r\n---\r\nLine one\r\nline two\r\n",
        &[],
        true,
    );
    let a = &bundle.articles[0];
    assert_eq!((a.title.as_str(), a.tags.len()), ("Windows", 2));
    assert_eq!(a.body_text, "Line one line two");
}

#[test]
fn a_50_mb_file_is_refused_as_too_large_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("site")).unwrap();
    let f = std::fs::File::create(dir.path().join("site/huge.md")).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap(); // sparse: no 50 MB written or read
    let (dir, _, report) = build_dir(dir);
    assert_diagnostics(
        dir.path(),
        &report,
        &[(
            "huge.md",
            None,
            Error,
            TooLarge,
            "the file is 52428800 bytes, more than the 16777216 bytes an article may have",
        )],
    );
    assert_eq!((report.files_read, report.files_skipped), (1, 1));
}

#[test]
fn a_symlink_loop_is_reported_and_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("papers")).unwrap();
    std::fs::write(site.join("papers/a.md"), OK_FM).unwrap();
    std::os::unix::fs::symlink(&site, site.join("papers/loop")).unwrap();
    let (dir, bundle, report) = build_dir(dir);
    assert_diagnostics(
        dir.path(),
        &report,
        &[("papers/loop", None, Error, Walk, "symlink loop")],
    );
    assert_eq!((report.files_read, bundle.articles.len()), (1, 1));
}

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

// --- Whole documents.

#[test]
fn a_draft_is_skipped_with_a_note_unless_drafts_are_asked_for() {
    one(
        "a.md",
        &md("title: T\ndate: 2024-01-05\ndraft: true\n", "body\n"),
        &[("a.md", Some(4), Note, Draft, "the document is a draft")],
        false,
    );
}

#[test]
fn a_plain_text_document_is_an_undated_article_titled_by_its_first_line() {
    let bundle = one(
        "notes/report.txt",
        b"\n  Annual  report \n\nFirst paragraph\ncontinues.\n\nSecond.\n",
        &[(
            "notes/report.txt",
            Some(1),
            Warning,
            Undated,
            "the document has no date",
        )],
        true,
    );
    let a = &bundle.articles[0];
    assert_eq!(
        (a.title.as_str(), a.collection.as_str()),
        ("Annual report", "notes")
    );
    assert_eq!(a.body_text, "First paragraph continues.\nSecond.");
}

#[test]
fn markdown_without_frontmatter_is_an_undated_article() {
    let bundle = one(
        "a.md",
        b"# Heading\n\nText\n",
        &[(
            "a.md",
            Some(1),
            Warning,
            Undated,
            "the document has no date",
        )],
        true,
    );
    assert_eq!(bundle.articles[0].title, "Heading");
}

#[test]
fn empty_frontmatter_gives_a_missing_title_and_an_undated_article() {
    one(
        "a.md",
        b"---\n---\nHello\n",
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
                Some(1),
                Warning,
                MissingTitle,
                "the frontmatter has no title",
            ),
        ],
        true,
    );
}

#[test]
fn hidden_files_are_skipped_and_other_files_counted_as_ignored() {
    let (dir, bundle, report) = build_files(&[
        ("a.md", OK_FM.as_bytes()),
        (".hidden.md", b"\0"),
        (".git/config.md", b"\0"),
        ("image.png", b"\0"),
    ]);
    assert_diagnostics(dir.path(), &report, &[]);
    assert_eq!(
        (
            report.files_read,
            report.other_files_ignored,
            bundle.articles.len()
        ),
        (1, 1, 1)
    );
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
