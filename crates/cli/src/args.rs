//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::build::BuildOptions;

/// Veille turns folders of articles into a bundle the explorer loads.
#[derive(Debug, Parser)]
#[command(name = "veille", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read content folders and write `bundle.json` and `report.json`.
    Build(BuildArgs),
}

/// Arguments of `veille build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Folders to read recursively (.md, .markdown, .txt).
    #[arg(required = true, value_name = "DIR")]
    pub inputs: Vec<PathBuf>,
    /// Folder to write the bundle and its report to (created if missing).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Include documents marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Fail the build when there is any warning.
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no per-file messages; errors and the summary still print.
    #[arg(long, short)]
    pub quiet: bool,
    /// Report dates after this year as `future_date` warnings (the date is kept).
    /// A fixed year, not the clock, so that builds are reproducible.
    #[arg(long, value_name = "YEAR", default_value_t = crate::article::DEFAULT_MAX_YEAR)]
    pub max_year: i32,
}

impl BuildArgs {
    /// The library's options for these arguments.
    pub fn to_options(&self) -> BuildOptions {
        BuildOptions {
            inputs: self.inputs.clone(),
            out: self.out.clone(),
            drafts: self.drafts,
            strict: self.strict,
            quiet: self.quiet,
            max_year: self.max_year,
        }
    }
}
