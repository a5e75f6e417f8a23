//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::build::BuildOptions;
use crate::check::{CheckOptions, FailOn, Format};
use crate::site::app::AppSource;
use crate::site::{SiteError, SiteOptions, SiteUrls, Source};

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
    /// Read content folders and write `bundle.json`, `report.json`, and for the
    /// explorer `index.bin`, `index-rest.bin`, `head.json` and
    /// `articles/<collection>/<slug>.json`.
    Build(BuildArgs),
    /// Write a deployable site: the Trunk-built app, the bundle, one page per
    /// article (with link-preview meta tags and its text readable without
    /// JavaScript), 404.html, sitemap.xml, robots.txt and Atom feeds.
    Site(SiteArgs),
    /// Check content folders for a CI gate: every diagnostic `veille build`
    /// would report, as text, JSON or GitHub Actions annotations; nothing is
    /// written. Exit codes: 0 passed, 1 failed (a diagnostic at or above
    /// --fail-on), 2 usage error or a folder that cannot be read.
    Check(CheckArgs),
}

/// Arguments of `veille check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folders to read recursively (.md, .markdown, .txt); give them relative
    /// to the repository's root so that annotations land on the right files.
    #[arg(required = true, value_name = "DIR")]
    pub inputs: Vec<PathBuf>,
    /// How to print: github (annotations on the pull request's lines), text,
    /// json (the report), or auto (github inside GitHub Actions, else text).
    #[arg(long, value_enum, default_value = "auto")]
    pub format: Format,
    /// Fail on any warning, on errors only, or never.
    #[arg(long, value_enum, default_value = "warning")]
    pub fail_on: FailOn,
    /// Include documents marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Report dates after this year as `future_date` warnings.
    #[arg(long, value_name = "YEAR", default_value_t = crate::article::DEFAULT_MAX_YEAR)]
    pub max_year: i32,
}

impl CheckArgs {
    /// The library's options; `github_actions` is the value of `GITHUB_ACTIONS`.
    pub fn to_options(&self, github_actions: Option<&str>) -> CheckOptions {
        CheckOptions {
            inputs: self.inputs.clone(),
            drafts: self.drafts,
            max_year: self.max_year,
            format: self.format.resolve(github_actions),
            fail_on: self.fail_on,
        }
    }
}

/// Arguments of `veille build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Folders to read recursively (.md, .markdown, .txt).
    #[arg(required = true, value_name = "DIR")]
    pub inputs: Vec<PathBuf>,
    /// Folder to write the bundle, its report and the explorer's files to (created if missing).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// How to build.
    #[command(flatten)]
    pub flags: BuildFlags,
}

/// The options of a build, shared by `veille build` and `veille site` (which
/// builds when given content folders).
#[derive(Debug, Args)]
pub struct BuildFlags {
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
    /// Print how the topics were derived: the topics, the merges, and the best
    /// rejected candidates with the rule that rejected each.
    #[arg(long)]
    pub explain_topics: bool,
    /// The publisher's taxonomy (YAML: topics with aliases and French labels,
    /// stop terms, `derive: false`); default: `topics.yaml` at the root of an
    /// input folder, if there is one.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
}

impl BuildFlags {
    /// The library's options for building `inputs` into `out`.
    pub fn to_options(&self, inputs: &[PathBuf], out: PathBuf) -> BuildOptions {
        BuildOptions {
            inputs: inputs.to_vec(),
            out,
            drafts: self.drafts,
            strict: self.strict,
            quiet: self.quiet,
            max_year: self.max_year,
            explain_topics: self.explain_topics,
            taxonomy: self.taxonomy.clone(),
        }
    }
}

impl BuildArgs {
    /// The library's options for these arguments.
    pub fn to_options(&self) -> BuildOptions {
        self.flags.to_options(&self.inputs, self.out.clone())
    }
}

/// Arguments of `veille site`.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// Content folders to build the bundle from (or give --bundle).
    #[arg(
        value_name = "DIR",
        required_unless_present = "bundle",
        conflicts_with = "bundle"
    )]
    pub inputs: Vec<PathBuf>,
    /// An existing bundle.json to publish instead of building one.
    #[arg(long, value_name = "FILE")]
    pub bundle: Option<PathBuf>,
    /// The app as `trunk build --release --public-url <base-path>` wrote it,
    /// instead of the release build `veille` carries.
    #[arg(long, value_name = "DIR")]
    pub dist: Option<PathBuf>,
    /// Folder to write the site to (replaced if `veille site` wrote it before).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// The site's public origin, for canonical URLs, previews, sitemap and
    /// feeds: https://user.github.io (may include the sub-path).
    #[arg(long, value_name = "URL")]
    pub base_url: String,
    /// The sub-path the site lives under, such as /veille/ (default: the
    /// path of --base-url, usually /).
    #[arg(long, value_name = "PATH")]
    pub base_path: Option<String>,
    /// The site's name, in titles, previews and feeds.
    #[arg(long, value_name = "TEXT", default_value = "Veille")]
    pub name: String,
    /// The home page's description, for previews.
    #[arg(
        long,
        value_name = "TEXT",
        default_value = "Des articles à rechercher, filtrer et partager, dans votre navigateur."
    )]
    pub description: String,
    /// Write no precompressed `.br` and `.gz` siblings: for hosts that
    /// compress by themselves and ignore them, such as GitHub Pages (most of
    /// a first publication's time goes into them).
    #[arg(long)]
    pub no_precompress: bool,
    /// How to build, when given content folders.
    #[command(flatten)]
    pub flags: BuildFlags,
}

impl SiteArgs {
    /// The library's options for these arguments.
    pub fn to_options(&self) -> Result<SiteOptions, SiteError> {
        let source = match &self.bundle {
            Some(path) => Source::Bundle(path.clone()),
            None => Source::Content(self.flags.to_options(&self.inputs, PathBuf::new())),
        };
        Ok(SiteOptions {
            app: match &self.dist {
                Some(dir) => AppSource::Dir(dir.clone()),
                None => AppSource::Embedded,
            },
            source,
            out: self.out.clone(),
            urls: SiteUrls::new(&self.base_url, self.base_path.as_deref())?,
            name: self.name.clone(),
            description: self.description.clone(),
            precompress: !self.no_precompress,
        })
    }
}
