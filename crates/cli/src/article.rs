//! One file in, at most one article out, with every diagnostic about it.

use std::io::Read;
use std::path::Path;

use veille_core::Article;

use crate::controls;
use crate::document::{self, DocumentError, MAX_FILE_BYTES};
use crate::fields::{self, FieldIssue, FieldLines, Fields};
use crate::markdown;
use crate::normalize::slugify;
use crate::plain;
use crate::report::{Diagnostic, Kind, Severity};
use crate::walk::InputFile;

/// The last year a date may have before it is reported as `future_date`,
/// unless `--max-year` says otherwise.
///
/// A fixed year rather than "now": the same folder must give the same bundle
/// and report whenever it is built.
pub const DEFAULT_MAX_YEAR: i32 = 2100;

/// How files become articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileOptions {
    /// Build documents marked `draft: true` instead of skipping them.
    pub drafts: bool,
    /// Dates after this year are kept but reported as `future_date`.
    pub max_year: i32,
}

impl Default for FileOptions {
    fn default() -> Self {
        Self {
            drafts: false,
            max_year: DEFAULT_MAX_YEAR,
        }
    }
}

/// What became of one file.
#[derive(Debug)]
pub struct FileResult {
    /// The article, unless the file was skipped.
    pub article: Option<Article>,
    /// Everything worth knowing about the file.
    pub diagnostics: Vec<Diagnostic>,
    /// Where the date, source URL and permalink were found in the file.
    pub lines: FieldLines,
}

/// Reads `file` and builds its article.
pub fn read_file(file: &InputFile, opts: &FileOptions) -> FileResult {
    match read_bytes(&file.path) {
        Ok(bytes) => from_bytes(file, &bytes, opts),
        Err(e) => skipped(&file.path, &e),
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, DocumentError> {
    let io = |e: std::io::Error| DocumentError::Io(e.to_string());
    let f = std::fs::File::open(path).map_err(io)?;
    let size = f.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(DocumentError::TooLarge { size });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(bytes)
}

/// Builds the article of a file whose bytes are already read.
pub fn from_bytes(file: &InputFile, bytes: &[u8], opts: &FileOptions) -> FileResult {
    let text = match document::decode(bytes) {
        Ok(text) => controls::clean(text),
        Err(e) => return skipped(&file.path, &e),
    };
    let text = text.as_ref();
    let split = match document::split(text) {
        Ok(split) => split,
        Err(e) => return skipped(&file.path, &e),
    };
    let mut issues = Vec::new();
    let (fields, body_html, body_text, derived_title) = match &split.frontmatter {
        Some(fm) => {
            let map = match fields::parse_yaml(fm) {
                Ok(map) => map,
                Err(e) => return skipped(&file.path, &e),
            };
            let fields = fields::read(map, fm, &mut issues);
            let body = markdown::render(split.body);
            let body_line = 1 + text[..text.len() - split.body.len()].matches('\n').count();
            html_depth_issue(&body, body_line, &mut issues);
            let first = first_line(&body.text);
            (fields, body.html, body.text, first)
        }
        None if is_txt(&file.path) => {
            let doc = plain::parse(text).expect("decode refuses blank files");
            (
                Fields::default(),
                doc.to_html(),
                doc.to_text(),
                Some(doc.title),
            )
        }
        None => {
            let body = markdown::render(text);
            html_depth_issue(&body, 1, &mut issues);
            let first = first_line(&body.text);
            (Fields::default(), body.html, body.text, first)
        }
    };
    let mut diagnostics: Vec<Diagnostic> = issues
        .into_iter()
        .map(|i| field_diagnostic(&file.path, i))
        .collect();
    if fields.draft && !opts.drafts {
        diagnostics.push(Diagnostic::new(
            &file.path,
            fields.lines.draft,
            Severity::Note,
            Kind::Draft,
            "the document is a draft",
            "skipped (build with --drafts to include it)",
        ));
        return FileResult {
            article: None,
            diagnostics,
            lines: fields.lines,
        };
    }
    let stem = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let title = match (fields.title.clone(), derived_title) {
        (Some(title), _) => title,
        (None, derived) => {
            let (title, from) = match derived {
                Some(title) => (title, "the first line of the text"),
                None => (stem.clone(), "the file name"),
            };
            if split.frontmatter.is_some() {
                diagnostics.push(Diagnostic::new(
                    &file.path,
                    Some(1),
                    Severity::Warning,
                    Kind::MissingTitle,
                    "the frontmatter has no title",
                    format!("title taken from {from}"),
                ));
            }
            title
        }
    };
    let (collection, slug) = location(fields.permalink.as_deref(), &file.folder_collection, &stem);
    if let Some(name) = veille_core::site::reserved_name(&collection) {
        diagnostics.push(reserved_diagnostic(&file.path, &fields, &collection, name));
        return FileResult {
            article: None,
            diagnostics,
            lines: fields.lines,
        };
    }
    match fields.date {
        None => diagnostics.push(Diagnostic::new(
            &file.path,
            Some(1),
            Severity::Warning,
            Kind::Undated,
            "the document has no date",
            "built as undated",
        )),
        Some(date) if date.year > opts.max_year => diagnostics.push(Diagnostic::new(
            &file.path,
            fields.lines.date,
            Severity::Warning,
            Kind::FutureDate,
            format!(
                "the date {date} is after {} (--max-year), probably a typo",
                opts.max_year
            ),
            "date kept as written",
        )),
        Some(_) => {}
    }
    let (source_url, source_host) = fields
        .source
        .map_or((None, None), |(u, h)| (Some(u), Some(h)));
    let mut article = Article {
        permalink: veille_core::site::permalink(&collection, &slug),
        slug,
        collection,
        title,
        date: fields.date,
        published_label: fields.published_label,
        summary: fields.summary,
        source_url,
        source_host,
        tags: fields.tags,
        image_url: fields.image_url,
        image_credit: fields.image_credit,
        body_html,
        body_text,
        extra: fields.extra,
        also: Vec::new(),
        topics: Vec::new(),
    };
    // Controls that YAML escapes (`"\a"`) or entities (`&#7;`) brought back.
    controls::clean_article(&mut article);
    article.title = crate::normalize::collapse_whitespace(&article.title);
    FileResult {
        article: Some(article),
        diagnostics,
        lines: fields.lines,
    }
}

/// The collection and slug from a permalink such as `/papers/<slug>`; parts the
/// permalink does not give come from the folder and the file name.
fn location(permalink: Option<&str>, folder: &str, stem: &str) -> (String, String) {
    let segments: Vec<String> = permalink
        .unwrap_or("")
        .split('/')
        .map(slugify_segment)
        .filter(|s| !s.is_empty())
        .collect();
    match segments.as_slice() {
        [.., collection, slug] => (collection.clone(), slug.clone()),
        [slug] => (folder.to_owned(), slug.clone()),
        [] => (
            folder.to_owned(),
            match slugify(stem) {
                s if s.is_empty() => "untitled".into(),
                s => s,
            },
        ),
    }
}

/// Keeps a permalink segment as the publisher wrote it when it is already
/// URL-safe, and slugifies it otherwise.
fn slugify_segment(segment: &str) -> String {
    if segment
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    {
        segment.to_owned()
    } else {
        slugify(segment)
    }
}

/// The first line of a body's plain text, for documents with no title.
fn first_line(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim().to_owned();
    (!first.is_empty()).then_some(first)
}

fn is_txt(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

fn skipped(path: &Path, err: &DocumentError) -> FileResult {
    let kind = match err {
        DocumentError::Io(_) => Kind::Io,
        DocumentError::TooLarge { .. } => Kind::TooLarge,
        DocumentError::Empty => Kind::Empty,
        DocumentError::Binary { .. } => Kind::Binary,
        DocumentError::NotUtf8 { .. } => Kind::NotUtf8,
        DocumentError::UnterminatedFrontmatter { .. } => Kind::UnterminatedFrontmatter,
        DocumentError::Yaml { .. } => Kind::Yaml,
        DocumentError::NotMapping { .. } => Kind::FrontmatterNotMapping,
        DocumentError::FrontmatterTooDeep { .. } => Kind::Limit,
    };
    FileResult {
        article: None,
        lines: FieldLines::default(),
        diagnostics: vec![Diagnostic::new(
            path,
            err.line(),
            Severity::Error,
            kind,
            err.to_string(),
            "file skipped",
        )],
    }
}

/// A warning when the body's raw HTML nested too deep to be parsed.
fn html_depth_issue(body: &markdown::Rendered, line: usize, issues: &mut Vec<FieldIssue>) {
    if body.html_too_deep {
        issues.push(FieldIssue {
            line: Some(line),
            kind: Kind::Limit,
            message: format!(
                "the body's HTML nests elements more than {} deep",
                crate::limits::MAX_HTML_DEPTH
            ),
            action: "its raw HTML shown as text".into(),
        });
    }
}

/// An article whose collection would land on one of the site's own files.
fn reserved_diagnostic(path: &Path, fields: &Fields, collection: &str, name: &str) -> Diagnostic {
    let (line, from) = match fields.lines.permalink {
        Some(line) => (line, "the permalink"),
        None => (1, "the folder"),
    };
    Diagnostic::new(
        path,
        Some(line),
        Severity::Error,
        Kind::ReservedPermalink,
        format!(
            "the collection `{collection}` (from {from}) is the site's own `{name}`, where the article's page would overwrite or sit among the site's files"
        ),
        "file skipped (give it another permalink)",
    )
}

fn field_diagnostic(path: &Path, issue: FieldIssue) -> Diagnostic {
    Diagnostic::new(
        path,
        issue.line,
        Severity::Warning,
        issue.kind,
        issue.message,
        issue.action,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_permalink_gives_the_collection_and_slug() {
        assert_eq!(
            location(Some("/papers/2023-x"), "content", "f"),
            ("papers".into(), "2023-x".into())
        );
        assert_eq!(
            location(Some("my-post"), "posts", "f"),
            ("posts".into(), "my-post".into())
        );
        assert_eq!(
            location(None, "posts", "Mon Article"),
            ("posts".into(), "mon-article".into())
        );
    }
}
