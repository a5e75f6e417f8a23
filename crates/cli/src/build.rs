//! `veille build`: content folders in, `bundle.json` and `report.json` out,
//! with the browser's prebuilt files next to the bundle (`index.bin` and
//! `articles/`, see [`crate::prebuilt`]).

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use veille_core::Bundle;

use crate::article::{read_file, FileOptions, FileResult, DEFAULT_MAX_YEAR};
use crate::dedupe::{self, Candidate};
use crate::output::{check_out_folder, write_atomic, NotAFolder, WriteError};
use crate::report::{Report, Severity};
use crate::walk::{self, MissingInput};

/// The bundle's file name inside the output folder.
pub const BUNDLE_FILE: &str = "bundle.json";
/// The report's file name inside the output folder.
pub const REPORT_FILE: &str = "report.json";

/// What `veille build` was asked to do.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Folders to read.
    pub inputs: Vec<PathBuf>,
    /// Folder to write `bundle.json`, `index.bin`, `articles/` and `report.json` to.
    pub out: PathBuf,
    /// Include drafts.
    pub drafts: bool,
    /// Fail (and write no bundle) when there is any warning or error.
    pub strict: bool,
    /// No progress bar and no per-file lines.
    pub quiet: bool,
    /// Dates after this year are reported as `future_date` (and kept).
    pub max_year: i32,
    /// Print on stderr how the topics were derived (`--explain-topics`).
    pub explain_topics: bool,
    /// The taxonomy file (`--taxonomy`); when `None`, a `topics.yaml` at the
    /// root of an input folder is used if there is one.
    pub taxonomy: Option<PathBuf>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            inputs: Vec::new(),
            out: PathBuf::new(),
            drafts: false,
            strict: false,
            quiet: false,
            max_year: DEFAULT_MAX_YEAR,
            explain_topics: false,
            taxonomy: None,
        }
    }
}

/// A failure that stops the whole build.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// An input folder is missing.
    #[error(transparent)]
    MissingInput(#[from] MissingInput),
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The taxonomy file could not be read or is not valid.
    #[error(transparent)]
    Taxonomy(#[from] crate::topics::taxonomy::TaxonomyError),
    /// `--out` is a file.
    #[error(transparent)]
    OutNotAFolder(#[from] NotAFolder),
}

/// What a build did.
#[derive(Debug)]
pub struct Outcome {
    /// Counts and diagnostics (also written as `report.json`).
    pub report: Report,
    /// True when the build must be reported as failed: no article at all, or
    /// any warning or error under `--strict`. No bundle is written then.
    pub failed: bool,
}

/// Runs a build: reads, reports each diagnostic on stderr, writes the bundle
/// (unless the build failed) and always the report.
pub fn run(opts: &BuildOptions) -> Result<Outcome, BuildError> {
    check_out_folder(&opts.out)?;
    let (bundle, report) = build(opts)?;
    for d in &report.diagnostics {
        if !opts.quiet || d.severity == Severity::Error {
            eprintln!("{d}");
        }
    }
    let failed = bundle.articles.is_empty() || (opts.strict && report.warnings + report.errors > 0);
    let report_json = serde_json::to_string_pretty(&report).expect("a report always serializes");
    write_atomic(&opts.out, REPORT_FILE, report_json.as_bytes())?;
    if failed {
        if bundle.articles.is_empty() {
            eprintln!("veille: no article could be built; no bundle written");
        } else {
            eprintln!("veille: --strict: the build has warnings or errors; no bundle written");
        }
    } else {
        write_atomic(&opts.out, BUNDLE_FILE, bundle.to_json().as_bytes())?;
        let engine = veille_core::Engine::with_topics(
            bundle.articles.as_slice(),
            &bundle.topics,
            veille_core::EngineOptions::default(),
        );
        crate::prebuilt::write_index(&opts.out, &engine)?;
        crate::prebuilt::write_articles(&opts.out, &bundle, &engine)?;
    }
    Ok(Outcome { report, failed })
}

/// Reads the inputs (and the taxonomy, if any) into a bundle and a report,
/// writing nothing.
pub fn build(opts: &BuildOptions) -> Result<(Bundle, Report), BuildError> {
    let walked = walk::walk(&opts.inputs)?;
    let taxonomy = crate::topics::taxonomy::find(opts.taxonomy.as_deref(), &opts.inputs)
        .map(|path| crate::topics::taxonomy::load(&path))
        .transpose()?;
    let progress = progress_bar(walked.files.len() as u64, opts.quiet);
    let file_opts = FileOptions {
        drafts: opts.drafts,
        max_year: opts.max_year,
    };
    let results: Vec<FileResult> = walked
        .files
        .par_iter()
        .map(|file| {
            let result = read_file(file, &file_opts);
            progress.inc(1);
            result
        })
        .collect();
    progress.finish_and_clear();

    let mut report = Report {
        files_read: walked.files.len(),
        other_files_ignored: walked.ignored,
        diagnostics: walked.problems,
        ..Report::default()
    };
    let mut articles = Vec::with_capacity(results.len());
    for (file, result) in walked.files.iter().zip(results) {
        report.diagnostics.extend(result.diagnostics);
        match result.article {
            Some(article) => articles.push(Candidate {
                path: file.path.clone(),
                article,
                lines: result.lines,
            }),
            None => report.files_skipped += 1,
        }
    }
    let (mut articles, duplicates) = dedupe::merge(articles);
    // Topics need the whole corpus: derived once every article is read.
    let topic_options = crate::topics::Options {
        taxonomy,
        ..crate::topics::Options::default()
    };
    let topics = crate::topics::assign(&mut articles, &topic_options);
    if opts.explain_topics {
        for line in crate::topics::explain::explain(&topics).lines() {
            eprintln!("{}", crate::controls::escape_for_terminal(line));
        }
    }
    report.duplicates_merged = duplicates.len();
    report.diagnostics.extend(duplicates);
    report.articles_written = articles.len();
    report.finish();
    debug_assert!(report.reconciles(), "{report:?}");
    Ok((
        Bundle::new(articles).with_topics(bundle_topics(&topics)),
        report,
    ))
}

/// The bundle's list of the derived topics (largest first).
fn bundle_topics(derived: &crate::topics::Derived) -> Vec<veille_core::Topic> {
    derived
        .topics
        .iter()
        .map(|t| veille_core::Topic {
            id: t.id.clone(),
            label: t.label.clone(),
            label_fr: t.label_fr.clone(),
            forms: t.forms.clone(),
        })
        .collect()
}

fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} files {per_sec} {eta}")
            .expect("a valid template"),
    );
    bar
}
