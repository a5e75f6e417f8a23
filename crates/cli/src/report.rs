//! What a build did: counts that reconcile, and every diagnostic with its file and line.

use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::controls::escape_for_terminal;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was done on purpose that the user should know of (a draft skipped).
    Note,
    /// The article was built, but something in it was dropped or guessed.
    Warning,
    /// The file could not be built into an article and was skipped.
    Error,
}

/// What kind of problem a diagnostic is about; stable names for scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The file could not be read.
    Io,
    /// The file is empty or only whitespace.
    Empty,
    /// The file has NUL bytes: it is not text.
    Binary,
    /// The file is not UTF-8.
    NotUtf8,
    /// The file is larger than the builder reads.
    TooLarge,
    /// The walk hit a symlink loop or an unreadable folder.
    Walk,
    /// Frontmatter opened with `---` is never closed.
    UnterminatedFrontmatter,
    /// The frontmatter is not valid YAML.
    Yaml,
    /// The frontmatter is valid YAML but not a mapping of keys to values.
    FrontmatterNotMapping,
    /// A field has a value of the wrong type (a list where text was expected, ...).
    WrongType,
    /// A field holds a placeholder such as `[object Object]`.
    JunkValue,
    /// A date could not be understood.
    BadDate,
    /// The document has no date.
    Undated,
    /// The date is after the last plausible year (`--max-year`).
    FutureDate,
    /// A URL field is not an `http` or `https` URL.
    BadUrl,
    /// No title in the frontmatter; one was derived.
    MissingTitle,
    /// The document is a draft and was skipped.
    Draft,
    /// Another document is the same article (same permalink or source URL).
    Duplicate,
    /// The permalink's first segment is one of the site's own files or
    /// folders (`data`, `feeds`, `_headers`, ...).
    ReservedPermalink,
    /// The file goes past one of the builder's limits on the work a file
    /// may cost (frontmatter depth, tags, HTML depth: [`crate::limits`]).
    Limit,
}

/// One thing the user should know about one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file, as found under the input folder given on the command line.
    pub path: String,
    /// The 1-based line in that file, when the problem has one.
    pub line: Option<usize>,
    /// How serious it is.
    pub severity: Severity,
    /// What kind of problem it is.
    pub kind: Kind,
    /// What is wrong.
    pub message: String,
    /// What the builder did about it.
    pub action: String,
}

impl Diagnostic {
    /// A diagnostic about `path`.
    pub fn new(
        path: &Path,
        line: Option<usize>,
        severity: Severity,
        kind: Kind,
        message: impl Into<String>,
        action: impl Into<String>,
    ) -> Self {
        Self {
            path: path.display().to_string(),
            line,
            severity,
            kind,
            message: message.into(),
            action: action.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let kind = serde_json::to_value(self.kind).ok();
        let kind = kind.as_ref().and_then(|k| k.as_str()).unwrap_or("?");
        // The path, message and action come from the content: escaped, so
        // that a file cannot drive the terminal.
        write!(f, "{}", escape_for_terminal(&self.path))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(
            f,
            ": {severity}[{kind}]: {} ({})",
            escape_for_terminal(&self.message),
            escape_for_terminal(&self.action)
        )
    }
}

/// The machine-readable account of a build, written as `report.json`.
///
/// The counts reconcile: `files_read == articles_written + files_skipped + duplicates_merged`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Article files found (.md, .markdown, .txt) and read.
    pub files_read: usize,
    /// Articles in the bundle.
    pub articles_written: usize,
    /// Files that gave no article (errors and skipped drafts).
    pub files_skipped: usize,
    /// Files dropped because another file is the same article.
    pub duplicates_merged: usize,
    /// Other files under the inputs, which are not articles and were not read.
    pub other_files_ignored: usize,
    /// Number of diagnostics of severity warning.
    pub warnings: usize,
    /// Number of diagnostics of severity error.
    pub errors: usize,
    /// Every diagnostic, sorted by file, line and kind.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Sorts the diagnostics and fills in the warning and error counts.
    pub fn finish(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            (&a.path, a.line, a.kind, &a.message).cmp(&(&b.path, b.line, b.kind, &b.message))
        });
        self.warnings = self.count(Severity::Warning);
        self.errors = self.count(Severity::Error);
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Whether the counts add up, as they always must.
    pub fn reconciles(&self) -> bool {
        self.files_read == self.articles_written + self.files_skipped + self.duplicates_merged
    }

    /// One line for the terminal.
    pub fn summary_line(&self) -> String {
        format!(
            "read {} files: {} articles written, {} skipped, {} duplicates merged; {} warnings, {} errors",
            self.files_read,
            self.articles_written,
            self.files_skipped,
            self.duplicates_merged,
            self.warnings,
            self.errors,
        )
    }
}
