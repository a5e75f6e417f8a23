//! `veille check`: the content gate for a publisher's CI. It reads the
//! folders as `veille build` does (the same diagnostics, nothing written),
//! prints every diagnostic in the chosen format (GitHub Actions annotations,
//! so that each shows on its file and line in a pull request), and says by
//! its outcome whether the content passes.

pub mod annotations;

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::build::{self, BuildError, BuildOptions};
use crate::report::{Report, Severity};

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `github` inside GitHub Actions (`GITHUB_ACTIONS=true`), else `text`.
    Auto,
    /// `file:line: warning[kind]: message (action)`, as `veille build` prints them.
    Text,
    /// GitHub Actions workflow commands: `::warning file=…,line=…,title=…::…`.
    Github,
    /// The report as JSON, as `report.json` holds it.
    Json,
}

impl Format {
    /// `Auto` resolved with the value of `GITHUB_ACTIONS`.
    pub fn resolve(self, github_actions: Option<&str>) -> Format {
        match self {
            Format::Auto if github_actions == Some("true") => Format::Github,
            Format::Auto => Format::Text,
            other => other,
        }
    }
}

/// From which severity the check fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any warning or error (the default: content merges clean).
    Warning,
    /// Errors only (a file skipped).
    Error,
    /// Never: report only.
    Never,
}

/// What `veille check` was asked to do.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// The content folders.
    pub inputs: Vec<PathBuf>,
    /// Include drafts.
    pub drafts: bool,
    /// Dates after this year are `future_date` warnings.
    pub max_year: i32,
    /// How to print.
    pub format: Format,
    /// From which severity the check fails.
    pub fail_on: FailOn,
}

/// The outcome of a check.
#[derive(Debug)]
pub struct Checked {
    /// Everything `veille build` would report.
    pub report: Report,
    /// What to print on standard output.
    pub output: String,
    /// Whether the content passes.
    pub passed: bool,
}

/// Reads the folders and judges the diagnostics.
pub fn run(opts: &CheckOptions) -> Result<Checked, BuildError> {
    let (_, report) = build::build(&BuildOptions {
        inputs: opts.inputs.clone(),
        drafts: opts.drafts,
        max_year: opts.max_year,
        quiet: true,
        ..BuildOptions::default()
    })?;
    let passed = passes(&report, opts.fail_on);
    let output = render(&report, opts.format, passed);
    Ok(Checked {
        report,
        output,
        passed,
    })
}

/// Whether `report` passes under `fail_on` (notes never fail).
pub fn passes(report: &Report, fail_on: FailOn) -> bool {
    let worst = report.diagnostics.iter().map(|d| d.severity).max();
    match fail_on {
        FailOn::Never => true,
        FailOn::Error => worst < Some(Severity::Error),
        FailOn::Warning => worst < Some(Severity::Warning),
    }
}

/// The diagnostics and a summary in `format` (`Auto` prints as text).
pub fn render(report: &Report, format: Format, passed: bool) -> String {
    let verdict = if passed { "passed" } else { "failed" };
    let summary = format!("veille check {verdict}: {}", report.summary_line());
    let mut out = String::new();
    match format {
        Format::Json => {
            out = serde_json::to_string_pretty(report).unwrap_or_default();
            out.push('\n');
        }
        Format::Github => {
            for d in &report.diagnostics {
                let _ = writeln!(out, "{}", annotations::annotation(d));
            }
            let _ = writeln!(out, "{summary}");
        }
        Format::Text | Format::Auto => {
            for d in &report.diagnostics {
                let _ = writeln!(out, "{d}");
            }
            let _ = writeln!(out, "{summary}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::report::{Diagnostic, Kind};

    // Both diagnostics below share a path, line and kind, so the report
    // keeps them in the order given.

    fn report(severities: &[Severity]) -> Report {
        let mut r = Report {
            diagnostics: severities
                .iter()
                .map(|&s| Diagnostic::new(Path::new("a.md"), Some(2), s, Kind::BadDate, "m", "a"))
                .collect(),
            ..Report::default()
        };
        r.finish();
        r
    }

    #[test]
    fn warnings_fail_by_default_errors_with_fail_on_error_and_nothing_with_never() {
        let clean = report(&[Severity::Note]);
        let warned = report(&[Severity::Note, Severity::Warning]);
        let broken = report(&[Severity::Error]);
        assert!(passes(&clean, FailOn::Warning));
        assert!(!passes(&warned, FailOn::Warning));
        assert!(passes(&warned, FailOn::Error));
        assert!(!passes(&broken, FailOn::Error));
        assert!(passes(&broken, FailOn::Never));
    }

    #[test]
    fn auto_is_github_only_inside_github_actions() {
        assert_eq!(Format::Auto.resolve(Some("true")), Format::Github);
        assert_eq!(Format::Auto.resolve(None), Format::Text);
        assert_eq!(Format::Auto.resolve(Some("false")), Format::Text);
        assert_eq!(Format::Json.resolve(Some("true")), Format::Json);
    }

    #[test]
    fn the_github_format_has_one_command_per_diagnostic_then_the_summary() {
        let text = render(
            &report(&[Severity::Warning, Severity::Error]),
            Format::Github,
            false,
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[0].starts_with("::warning file=a.md,line=2,"),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with("::error file=a.md,line=2,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].starts_with("veille check failed: "),
            "{}",
            lines[2]
        );
    }
}
