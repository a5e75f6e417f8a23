//! The output folder, written beside the previous site and swapped in when
//! complete: a failed publication leaves the previous site as it was.
//! Every file whose bytes did not change is carried over from the previous
//! site (a hard link: the same bytes and modification time, so that a
//! deploy uploads little and validators stay the same), with its
//! precompressed siblings; files the new site does not write are gone.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::error::io;
use super::{SiteError, SiteOutcome, MARKER};

/// What the marker file says, for a site with precompressed siblings or
/// without. Siblings are carried over only from a site whose marker says
/// the same (siblings written, by the same compressors at the same levels).
pub fn marker_text(precompress: bool) -> String {
    let siblings = if precompress {
        super::compress::LEVELS
    } else {
        "none"
    };
    format!(
        "Written by `veille site` {}; the next run replaces this folder.\nsiblings: {siblings}\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// A site being written: the new folder beside `out`, and the previous
/// site, if there is one, to carry unchanged files over from.
#[derive(Debug)]
pub struct Staging {
    /// The folder to replace (`--out`).
    pub out: PathBuf,
    /// Where the new site is written: `.<name>.veille-new` beside `out`.
    pub new: PathBuf,
    /// The previous site (`out`, when an earlier run wrote it).
    pub previous: Option<PathBuf>,
    /// Whether the previous site's siblings can be carried over.
    pub same_siblings: bool,
}

impl Staging {
    /// Checks `out` (missing, empty, or written by `veille site`) and
    /// creates an empty folder beside it to write the new site into;
    /// `marker` is what the new site's marker will say.
    pub fn begin(out: &Path, marker: &str) -> Result<Self, SiteError> {
        let mut previous = None;
        let mut same_siblings = false;
        match std::fs::read_dir(out) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(out)(e)),
            Ok(mut entries) => {
                if entries.next().is_some() {
                    let marker_file = out.join(MARKER);
                    if !marker_file.is_file() {
                        return Err(SiteError::OutNotASite {
                            path: out.to_owned(),
                            marker: MARKER,
                        });
                    }
                    same_siblings =
                        std::fs::read_to_string(&marker_file).is_ok_and(|text| text == marker);
                    previous = Some(out.to_owned());
                }
            }
        }
        let new = beside(out, "new")?;
        remove_if_there(&new)?;
        std::fs::create_dir_all(&new).map_err(io(&new))?;
        Ok(Self {
            out: out.to_owned(),
            new,
            previous,
            same_siblings,
        })
    }

    /// Puts the new site in place of `out` and removes the previous one.
    pub fn commit(self) -> Result<(), SiteError> {
        let old = beside(&self.out, "old")?;
        remove_if_there(&old)?;
        let had_out = self.out.exists();
        if had_out {
            std::fs::rename(&self.out, &old).map_err(io(&self.out))?;
        }
        if let Err(e) = std::fs::rename(&self.new, &self.out) {
            if had_out {
                // Put the previous site back; the error is the one to report.
                let _ = std::fs::rename(&old, &self.out);
            }
            return Err(io(&self.out)(e));
        }
        remove_if_there(&old)
    }

    /// Removes the unfinished new site; `out` was never touched.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.new);
    }
}

/// `.<name>.veille-<what>` in `out`'s parent folder (the same file system,
/// so that renaming is instant and hard links work).
fn beside(out: &Path, what: &str) -> Result<PathBuf, SiteError> {
    let name = out
        .file_name()
        .ok_or_else(|| io(out)(std::io::Error::other("--out must name a folder")))?;
    let parent = out.parent().unwrap_or(Path::new(""));
    Ok(parent.join(format!(".{}.veille-{what}", name.to_string_lossy())))
}

fn remove_if_there(dir: &Path) -> Result<(), SiteError> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(dir)(e)),
        _ => Ok(()),
    }
}

/// Writes files under the new site, refusing to write one twice, carrying
/// over from the previous site every file whose bytes are the same.
pub struct Writer<'a> {
    /// The folder being written (the staging folder).
    pub out: &'a Path,
    /// The previous site.
    pub previous: Option<&'a Path>,
    /// Whether its siblings were written as this run writes them.
    pub same_siblings: bool,
    /// The files written so far, relative to `out`.
    pub written: HashSet<PathBuf>,
    /// Those among them carried over from the previous site unchanged.
    pub unchanged: HashSet<PathBuf>,
    /// Brotli bytes already at hand for some of them (the embedded app's).
    pub brotli: HashMap<PathBuf, &'static [u8]>,
    /// What was written.
    pub outcome: SiteOutcome,
}

impl<'a> Writer<'a> {
    /// A writer into `staging`'s new folder.
    pub fn new(staging: &'a Staging) -> Self {
        Self {
            out: &staging.new,
            previous: staging.previous.as_deref(),
            same_siblings: staging.same_siblings,
            written: HashSet::new(),
            unchanged: HashSet::new(),
            brotli: HashMap::new(),
            outcome: SiteOutcome::default(),
        }
    }

    /// Writes `rel` (a `/`-separated path below the output folder); `owner`
    /// names the article for collision errors.
    pub fn file(&mut self, rel: &str, bytes: &[u8], owner: &str) -> Result<(), SiteError> {
        let rel_path = PathBuf::from(rel);
        let path = self.out.join(&rel_path);
        if self.written.contains(&rel_path) {
            return Err(SiteError::Collision {
                path,
                permalink: owner.to_owned(),
            });
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        match self.same_in_previous(&rel_path, bytes) {
            Some(old) => self.carry_over(&old, &rel_path)?,
            None => std::fs::write(&path, bytes).map_err(io(&path))?,
        }
        self.record(rel_path, bytes.len() as u64);
        Ok(())
    }

    /// The previous site's `rel`, when it holds exactly `bytes`.
    fn same_in_previous(&self, rel: &Path, bytes: &[u8]) -> Option<PathBuf> {
        let old = self.previous?.join(rel);
        let same = old
            .metadata()
            .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
            && std::fs::read(&old).is_ok_and(|held| held == bytes);
        same.then_some(old)
    }

    /// Links `old` from the previous site into the new one as `rel`.
    fn carry_over(&mut self, old: &Path, rel: &Path) -> Result<(), SiteError> {
        link_or_copy(old, &self.out.join(rel))?;
        self.unchanged.insert(rel.to_owned());
        self.outcome.unchanged += 1;
        Ok(())
    }

    /// Records a file written under `out` by other means (`rel`, `len` bytes).
    pub fn record(&mut self, rel: PathBuf, len: u64) {
        self.written.insert(rel);
        self.outcome.files += 1;
        self.outcome.bytes += len;
    }

    /// Records the files the builder wrote under `dir`, replacing each that
    /// the previous site holds with the same bytes by the previous file.
    pub fn count_tree(&mut self, dir: &Path) -> Result<(), SiteError> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io(dir))?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(io(dir))?;
        entries.sort();
        for path in entries {
            if path.is_dir() {
                self.count_tree(&path)?;
                continue;
            }
            let rel = path
                .strip_prefix(self.out)
                .map_err(|_| io(&path)(std::io::Error::other("outside the site")))?
                .to_owned();
            let len = path.metadata().map_err(io(&path))?.len();
            if self.previous.is_some() {
                let bytes = std::fs::read(&path).map_err(io(&path))?;
                if let Some(old) = self.same_in_previous(&rel, &bytes) {
                    std::fs::remove_file(&path).map_err(io(&path))?;
                    self.carry_over(&old, &rel)?;
                }
            }
            self.record(rel, len);
        }
        Ok(())
    }
}

/// A hard link from `old` to `new` (same bytes, same modification time);
/// a copy with the old file's modification time where links fail.
pub fn link_or_copy(old: &Path, new: &Path) -> Result<(), SiteError> {
    if std::fs::hard_link(old, new).is_ok() {
        return Ok(());
    }
    std::fs::copy(old, new).map_err(io(new))?;
    let modified = old.metadata().and_then(|m| m.modified()).map_err(io(old))?;
    let file = std::fs::File::options()
        .write(true)
        .open(new)
        .map_err(io(new))?;
    file.set_modified(modified).map_err(io(new))
}
