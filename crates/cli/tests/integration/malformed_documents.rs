//! The catalogue of malformed documents (part 1: broken YAML, bytes that are
//! not text, whole documents and folders). Each case builds a small folder
//! and asserts the exact diagnostics (file, line, severity, kind, message)
//! and what became of the file. Part 2 is `malformed_fields.rs`.

use crate::util::*;
use veille_cli::report::Kind::*;
use veille_cli::report::Severity::{Error, Note, Warning};

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
