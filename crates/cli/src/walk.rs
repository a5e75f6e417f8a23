//! Finding the article files under the input folders.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::normalize::slugify;
use crate::report::{Diagnostic, Kind, Severity};

/// The file endings read as articles.
pub const EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// A file to build into an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputFile {
    /// The file's path, under the input folder as given.
    pub path: PathBuf,
    /// The collection a file without a permalink belongs to: the folder it sits
    /// in (or, at the top of an input folder, that folder's own name), slugified.
    pub folder_collection: String,
}

/// What walking the inputs found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Article files, sorted by path.
    pub files: Vec<InputFile>,
    /// Other files (not .md, .markdown or .txt), which are not read.
    pub ignored: usize,
    /// Folders that could not be walked and symlink loops.
    pub problems: Vec<Diagnostic>,
}

/// An input folder that does not exist: nothing can be built from it.
#[derive(Debug, thiserror::Error)]
#[error("input folder `{}` does not exist or is not a folder", path.display())]
pub struct MissingInput {
    /// The folder as given.
    pub path: PathBuf,
}

/// Walks every input folder recursively, following symlinks (loops are reported,
/// not followed) and skipping hidden files and folders.
pub fn walk(roots: &[PathBuf]) -> Result<Walk, MissingInput> {
    let mut out = Walk::default();
    for root in roots {
        if !root.is_dir() {
            return Err(MissingInput { path: root.clone() });
        }
        let root_name = root_name(root);
        let entries = WalkDir::new(root)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in entries {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    if is_article(e.path()) {
                        let parent = e.path().parent().filter(|_| e.depth() > 1);
                        let folder = parent
                            .and_then(|p| p.file_name())
                            .map_or_else(|| root_name.clone(), |n| slugify(&n.to_string_lossy()));
                        out.files.push(InputFile {
                            path: e.into_path(),
                            folder_collection: folder,
                        });
                    } else {
                        out.ignored += 1;
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_owned();
                    let message = if err.loop_ancestor().is_some() {
                        "symlink loop".to_owned()
                    } else {
                        err.to_string()
                    };
                    out.problems.push(Diagnostic::new(
                        &path,
                        None,
                        Severity::Error,
                        Kind::Walk,
                        message,
                        "not followed",
                    ));
                }
            }
        }
    }
    // By bytes rather than by path components: the same total order every
    // time, and much cheaper on large folders.
    out.files
        .sort_unstable_by(|a, b| a.path.as_os_str().cmp(b.path.as_os_str()));
    out.files.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn root_name(root: &Path) -> String {
    let name = root
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    match slugify(&name) {
        s if s.is_empty() => "articles".to_owned(),
        s => s,
    }
}
