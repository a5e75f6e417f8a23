//! Writing files so that a failed build never leaves half of one.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("could not write `{}`: {source}", path.display())]
pub struct WriteError {
    /// The file that was being written.
    pub path: PathBuf,
    /// Why.
    #[source]
    pub source: std::io::Error,
}

/// `--out` names a file (or a path through one), where a folder is needed.
#[derive(Debug, thiserror::Error)]
#[error("--out `{}` must be a folder, but `{}` is a file", out.display(), file.display())]
pub struct NotAFolder {
    /// The output path given.
    pub out: PathBuf,
    /// The file in the way: `out` itself or one of its parents.
    pub file: PathBuf,
}

/// Checks that `out` is a folder or can be made one: neither it nor any of
/// its parents is an existing file.
pub fn check_out_folder(out: &Path) -> Result<(), NotAFolder> {
    for ancestor in out.ancestors() {
        if ancestor.as_os_str().is_empty() {
            break;
        }
        match std::fs::metadata(ancestor) {
            Ok(meta) if meta.is_dir() => return Ok(()),
            Ok(_) => {
                return Err(NotAFolder {
                    out: out.to_owned(),
                    file: ancestor.to_owned(),
                })
            }
            Err(_) => {}
        }
    }
    Ok(())
}

/// Writes `bytes` to `dir/name` through a temporary file in `dir` that is
/// renamed into place, so readers see the old file or the new one, never a part.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), WriteError> {
    let path = dir.join(name);
    let err = |source| WriteError {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(err)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".veille-")
        .tempfile_in(dir)
        .map_err(err)?;
    // Bundles are published and the web server is often another user, but
    // `tempfile` creates files that only their owner can read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let readable = std::fs::Permissions::from_mode(0o644);
        tmp.as_file().set_permissions(readable).map_err(err)?;
    }
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(&path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_files_replace_the_old_ones_and_are_readable_by_everyone() {
        let dir = tempfile::tempdir().unwrap();
        write_atomic(dir.path(), "a.json", b"old").unwrap();
        write_atomic(dir.path(), "a.json", b"new").unwrap();
        assert_eq!(std::fs::read(dir.path().join("a.json")).unwrap(), b"new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("a.json"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o644);
        }
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn an_output_path_through_a_file_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, "x").unwrap();
        assert_eq!(check_out_folder(&file).unwrap_err().file, file);
        assert_eq!(check_out_folder(&file.join("a/b")).unwrap_err().file, file);
        assert!(check_out_folder(&dir.path().join("new/folder")).is_ok());
        assert!(check_out_folder(dir.path()).is_ok());
    }
}
