//! Hostile content through `veille site`: control characters that XML and
//! terminals must not see, permalinks that aim at the site's own files, and
//! messages that name their cause once. (The browser side, payloads that
//! try to run, is `e2e/hostile.test.mjs`.)

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::util::site::{veille, SHELL};

/// A fake Trunk build and a content folder holding `files` (name, text)
/// under `papers/`, in one temp dir.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub dist: PathBuf,
    pub content: PathBuf,
    pub out: PathBuf,
}

pub fn fixture(files: &[(&str, &[u8])]) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), SHELL).unwrap();
    std::fs::write(dist.join("veille-app-1.js"), "export default 1;").unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("papers")).unwrap();
    for (name, bytes) in files {
        std::fs::write(content.join("papers").join(name), bytes).unwrap();
    }
    let out = dir.path().join("out");
    Fixture {
        dir,
        dist,
        content,
        out,
    }
}

impl Fixture {
    /// Runs `veille site` on the content folder (or `extra` arguments instead).
    pub fn site(&self, source: &[&OsStr]) -> Output {
        let mut args: Vec<&OsStr> = vec!["site".as_ref()];
        if source.is_empty() {
            args.push(self.content.as_os_str());
        } else {
            args.extend(source);
        }
        args.extend([
            "--dist".as_ref(),
            self.dist.as_os_str(),
            "--out".as_ref(),
            self.out.as_os_str(),
            "--base-url".as_ref(),
            "https://example.org/veille/".as_ref(),
        ]);
        veille(&args)
    }
}

/// Every file below `dir`.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_below(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn is_xml_forbidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

const CONTROLS: &str = "---\n\
title: \"Bell\\a and escape\\e[2J \u{e}shift\"\n\
date: 2024-05-01\n\
summary: \"sum\\x01mary\\x7f\"\n\
tags: [\"tag\\x07one\", \"\\x1b\"]\n\
image_credit: \"cr\\x0bedit\"\n\
---\n\
Body with a raw \u{7} bell, an escape \u{1b}[31m and an entity &#7; &#x1b;.\n";

#[test]
fn control_characters_reach_no_feed_page_or_data_file_and_every_feed_is_valid_xml() {
    let f = fixture(&[
        ("controls.md", CONTROLS.as_bytes()),
        (
            "raw\u{7}.md",
            b"---\ntitle: Raw \x07\x1b[2J bell\ndate: 2024-05-02\n---\nText\x0e.\n",
        ),
    ]);
    let run = f.site(&[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut xml = 0;
    for path in files_below(&f.out) {
        let ext = path.extension().and_then(OsStr::to_str).unwrap_or("");
        if !matches!(ext, "xml" | "html" | "json" | "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.chars().any(is_xml_forbidden),
            "{} carries a control character",
            path.display()
        );
        assert!(
            !text.contains("&#7;") && !text.contains("&#x1b;"),
            "{}",
            path.display()
        );
        if ext == "xml" {
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            xml += 1;
        }
    }
    assert!(xml >= 3, "the sitemap, the main feed and a tag feed");
    let bundle = std::fs::read_to_string(f.out.join("data/bundle.json")).unwrap();
    assert!(bundle.contains("Bell and escape[2J shift"), "{bundle}");
    assert!(bundle.contains("tagone"));
}

#[test]
fn a_bundle_with_control_characters_is_published_cleaned() {
    let f = fixture(&[]);
    let bundle = f.dir.path().join("bundle.json");
    let article = serde_json::json!({
        "slug": "s", "collection": "papers", "permalink": "/papers/s",
        "title": "Ti\u{7}tle", "date": "2024-01-02", "summary": "a\u{1b}b",
        "tags": ["x\u{1}y"], "body_html": "<p>b\u{8}</p>", "body_text": "b\u{8}"
    });
    let text = serde_json::json!({"format_version": 1, "articles": [article]}).to_string();
    std::fs::write(&bundle, text).unwrap();
    let run = f.site(&["--bundle".as_ref(), bundle.as_os_str()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for path in files_below(&f.out) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        assert!(!text.chars().any(is_xml_forbidden), "{}", path.display());
    }
    let feed = std::fs::read_to_string(f.out.join("feeds/atom.xml")).unwrap();
    roxmltree::Document::parse(&feed).unwrap();
    assert!(feed.contains("Title"));
}

fn dated(title: &str, permalink: &str) -> Vec<u8> {
    format!("---\ntitle: {title}\ndate: 2024-03-04\npermalink: {permalink}\n---\nBody.\n")
        .into_bytes()
}

#[test]
fn a_permalink_on_the_sites_own_files_is_refused_naming_the_file_and_line_and_the_rest_publishes() {
    let f = fixture(&[
        ("headers.md", &dated("Headers", "/_headers/x")),
        ("data.md", &dated("Data", "/data/articles")),
        ("feeds.md", &dated("Feeds", "/feeds/tags")),
        ("fine.md", &dated("Fine", "/papers/fine")),
    ]);
    let run = f.site(&[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    for (file, name) in [
        ("headers.md", "_headers"),
        ("data.md", "data"),
        ("feeds.md", "feeds"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} is named: {stderr}"));
        assert!(
            line.contains(&format!("{file}:4: error[reserved_permalink]")),
            "{line}"
        );
        assert!(line.contains(&format!("`{name}`")), "{line}");
    }
    assert!(f.out.join("_headers").is_file());
    assert!(f.out.join("papers/fine/index.html").is_file());
    assert!(!f.out.join("data/articles/index.html").exists());
    assert!(!f.out.join("feeds/tags/index.html").exists());
    let bundle = std::fs::read_to_string(f.out.join("data/bundle.json")).unwrap();
    assert!(!bundle.contains("/_headers/x"));
}

#[test]
fn a_bundle_article_on_the_sites_own_files_is_left_out_before_anything_is_written() {
    let f = fixture(&[]);
    let article = |permalink: &str, collection: &str| {
        serde_json::json!({
            "slug": "x", "collection": collection, "permalink": permalink,
            "title": "T", "date": "2024-01-02", "body_html": "", "body_text": ""
        })
    };
    let bundle = f.dir.path().join("bundle.json");
    let articles = [
        article("/_headers/x", "_headers"),
        article("/sitemap.xml/x", "sitemap.xml"),
        article("/veille-app-1.js/x", "veille-app-1.js"),
        article("/papers/x", "papers"),
    ];
    let text = serde_json::json!({"format_version": 1, "articles": articles}).to_string();
    std::fs::write(&bundle, text).unwrap();
    let run = f.site(&["--bundle".as_ref(), bundle.as_os_str()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    for permalink in ["/_headers/x", "/sitemap.xml/x", "/veille-app-1.js/x"] {
        assert!(
            stderr.contains(&format!(
                "bundle.json: warning[reserved_permalink]: article `{permalink}`"
            )),
            "{stderr}"
        );
    }
    assert!(f.out.join("_headers").is_file());
    assert!(f.out.join("sitemap.xml").is_file());
    assert!(f.out.join("veille-app-1.js").is_file());
    assert!(f.out.join("papers/x/index.html").is_file());
}

#[test]
fn control_characters_in_paths_titles_and_messages_reach_the_terminal_escaped() {
    let f = fixture(&[
        ("evil\u{1b}[2J.md", b"---\ntitle: [unclosed\n---\nBody.\n"),
        ("fine.md", &dated("Fine", "/papers/fine")),
    ]);
    let out = f.dir.path().join("out\u{1b}]0;owned\u{7}");
    let mut args: Vec<&OsStr> = vec!["site".as_ref(), f.content.as_os_str()];
    args.extend([
        "--dist".as_ref(),
        f.dist.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--base-url".as_ref(),
        "https://example.org/".as_ref(),
    ]);
    let run = veille(&args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(
        stderr.contains("evil\\u{1b}[2J.md:3: error[yaml]"),
        "{stderr}"
    );
    assert!(stderr.contains("out\\u{1b}]0;owned\\u{7}"), "{stderr}");
}

#[test]
fn a_failure_says_its_cause_once_with_the_path() {
    let f = fixture(&[("fine.md", &dated("Fine", "/papers/fine"))]);
    let file = f.dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    for out in [file.clone(), file.join("below")] {
        for command in ["build", "site"] {
            let mut args: Vec<&OsStr> = vec![OsStr::new(command), f.content.as_os_str()];
            args.extend([OsStr::new("--out"), out.as_os_str()]);
            if command == "site" {
                args.extend([OsStr::new("--dist"), f.dist.as_os_str()]);
                args.extend([OsStr::new("--base-url"), OsStr::new("https://example.org/")]);
            }
            let run = veille(&args);
            let stderr = String::from_utf8_lossy(&run.stderr);
            assert!(!run.status.success());
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(
                stderr.contains(&format!("`{}` is a file", file.display())),
                "{command} {}: {stderr}",
                out.display()
            );
        }
    }
    // An IO error (the bundle is a folder) names the path, its cause once.
    let run = f.site(&["--bundle".as_ref(), f.content.as_os_str()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(
        stderr.contains(&f.content.display().to_string()),
        "{stderr}"
    );
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");
}

#[test]
fn the_nginx_configuration_sends_the_policy_that_headers_and_pages_carry() {
    let conf =
        std::fs::read_to_string(crate::util::workspace().join("deploy/nginx-veille.conf")).unwrap();
    let line = conf
        .lines()
        .find(|l| l.starts_with("set $veille_csp "))
        .unwrap();
    let policy = line
        .trim_start_matches("set $veille_csp \"")
        .trim_end_matches("\";");
    assert_eq!(policy, veille_cli::site::csp::header_policy());
    assert_eq!(
        conf.matches("add_header Content-Security-Policy $veille_csp always;")
            .count(),
        2
    );

    let f = fixture(&[("fine.md", &dated("Fine", "/papers/fine"))]);
    let run = f.site(&[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let headers = std::fs::read_to_string(f.out.join("_headers")).unwrap();
    assert!(
        headers.contains(&format!("/veille/*\n  Content-Security-Policy: {policy}\n")),
        "{headers}"
    );
    for page in ["index.html", "404.html", "papers/fine/index.html"] {
        let html = std::fs::read_to_string(f.out.join(page)).unwrap();
        assert!(html.contains(&format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
            veille_cli::site::csp::POLICY
        )));
        assert!(!html.contains("import init"), "{page}: no inline loader");
    }
}
