//! The output folder: emptied only when an earlier run wrote it, filled by a
//! writer that refuses to write a file twice and counts what it wrote.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::error::io;
use super::{SiteError, SiteOutcome, MARKER};

/// Creates `out`, or empties it when an earlier run wrote it.
pub fn prepare_out(out: &Path) -> Result<(), SiteError> {
    match std::fs::read_dir(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(out)(e)),
        Ok(mut entries) => {
            let empty = entries.next().is_none();
            if !empty {
                if !out.join(MARKER).is_file() {
                    return Err(SiteError::OutNotASite {
                        path: out.to_owned(),
                        marker: MARKER,
                    });
                }
                for entry in std::fs::read_dir(out).map_err(io(out))? {
                    let path = entry.map_err(io(out))?.path();
                    let removed = if path.is_dir() && !path.is_symlink() {
                        std::fs::remove_dir_all(&path)
                    } else {
                        std::fs::remove_file(&path)
                    };
                    removed.map_err(io(&path))?;
                }
            }
        }
    }
    std::fs::create_dir_all(out).map_err(io(out))
}

/// Writes files under `out`, refusing to write one twice.
pub struct Writer<'a> {
    /// The output folder.
    pub out: &'a Path,
    /// The files written so far, relative to `out`.
    pub written: HashSet<PathBuf>,
    /// Brotli bytes already at hand for some of them (the embedded app's).
    pub brotli: HashMap<PathBuf, &'static [u8]>,
    /// What was written.
    pub outcome: SiteOutcome,
}

impl Writer<'_> {
    /// Writes `rel` (a `/`-separated path below the output folder); `owner`
    /// names the article for collision errors.
    pub fn file(&mut self, rel: &str, bytes: &[u8], owner: &str) -> Result<(), SiteError> {
        let rel_path = PathBuf::from(rel);
        let path = self.out.join(&rel_path);
        if !self.written.insert(rel_path) {
            return Err(SiteError::Collision {
                path,
                permalink: owner.to_owned(),
            });
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, bytes).map_err(io(&path))?;
        self.outcome.files += 1;
        self.outcome.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Records a file written under `out` by other means (`rel`, `len` bytes).
    pub fn record(&mut self, rel: PathBuf, len: u64) {
        self.written.insert(rel);
        self.outcome.files += 1;
        self.outcome.bytes += len;
    }

    /// Records the files the builder wrote under `dir`.
    pub fn count_tree(&mut self, dir: &Path) -> Result<(), SiteError> {
        for entry in std::fs::read_dir(dir).map_err(io(dir))? {
            let path = entry.map_err(io(dir))?.path();
            if path.is_dir() {
                self.count_tree(&path)?;
            } else {
                let len = path.metadata().map_err(io(&path))?.len();
                let rel = path.strip_prefix(self.out).expect("below out").to_owned();
                self.written.insert(rel);
                self.outcome.files += 1;
                self.outcome.bytes += len;
            }
        }
        Ok(())
    }
}
