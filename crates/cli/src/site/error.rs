//! Why `veille site` could not write the site. Every variant names the file or
//! the option at fault.

use std::path::PathBuf;

use crate::build::BuildError;

/// A failure that stops `veille site`.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    /// `--base-url` is not an absolute `http`/`https` URL.
    #[error("--base-url `{0}` is not an absolute http or https URL (for example https://user.github.io)")]
    BaseUrl(String),
    /// `--base-path` has an empty, `.` or `..` segment, or a `?` or `#`.
    #[error("--base-path `{0}` is not a plain path such as /veille/")]
    BasePath(String),
    /// `--base-url` has a path that is not `--base-path`.
    #[error("--base-url ends with the path `{url_path}` but --base-path is `{base_path}`; give the sub-path once, in either")]
    BaseMismatch {
        /// The path part of `--base-url`.
        url_path: String,
        /// `--base-path`.
        base_path: String,
    },
    /// The Trunk build folder has no `index.html`.
    #[error("{}: cannot read the app shell: {source} (run `trunk build --release` first)", path.display())]
    Shell {
        /// `<dist>/index.html`.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// This `veille` was built without an app (`crates/cli/app` was empty).
    #[error("this veille carries no app: give --dist with a `trunk build --release` folder, or build veille after scripts/embed-app.sh")]
    NoEmbeddedApp,
    /// The shell lacks something a page is built around.
    #[error("{}: not a Trunk-built app shell: {what}", path.display())]
    NotAShell {
        /// `<dist>/index.html`.
        path: PathBuf,
        /// What is missing.
        what: &'static str,
    },
    /// The app was built for another base path than the site's.
    #[error("{}: the app's script is at `{found}`, not under the base path `{base}/`; rebuild it with `trunk build --release --public-url {base}/`", path.display())]
    AssetBase {
        /// `<dist>/index.html`.
        path: PathBuf,
        /// The script URL found.
        found: String,
        /// The site's base path.
        base: String,
    },
    /// The output folder exists, is not empty, and was not written by `veille site`.
    #[error("{}: the folder is not empty and was not written by `veille site` (no {marker}); refusing to replace it", path.display())]
    OutNotASite {
        /// `--out`.
        path: PathBuf,
        /// The marker file's name.
        marker: &'static str,
    },
    /// `--out` is a file, or a path through one.
    #[error(transparent)]
    OutNotAFolder(#[from] crate::output::NotAFolder),
    /// The bundle file could not be read.
    #[error("{}: {source}", path.display())]
    ReadBundle {
        /// The bundle's path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The bundle file is not a bundle this version reads.
    #[error("{}: {source}", path.display())]
    Bundle {
        /// The bundle's path.
        path: PathBuf,
        /// What is wrong with it.
        source: veille_core::BundleError,
    },
    /// Building the bundle from content folders failed.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// The content folders gave no article (or failed under `--strict`).
    #[error("no bundle was built from the content folders (see the messages above)")]
    NothingBuilt,
    /// An article's collection or slug cannot be a folder name.
    #[error("article `{permalink}`: `{segment}` cannot be used as a folder name")]
    UnsafeSegment {
        /// The article's permalink.
        permalink: String,
        /// The offending segment.
        segment: String,
    },
    /// Two articles, or an article and a file of the app, want the same file.
    #[error("{}: written twice (article `{permalink}` collides with another page or a file of the app)", path.display())]
    Collision {
        /// The file.
        path: PathBuf,
        /// The second article.
        permalink: String,
    },
    /// A file or folder could not be written, copied or removed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A feed or the sitemap could not be serialized.
    #[error("{}: cannot write XML: {message}", path.display())]
    Xml {
        /// The file.
        path: PathBuf,
        /// What the writer said.
        message: String,
    },
}

/// `map_err` helper: an IO error on `path`.
pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> SiteError {
    let path = path.into();
    move |source| SiteError::Io { path, source }
}
