//! Lists the app embedded in `veille` (the brotli-compressed files under
//! `app/files/`, written by `scripts/embed-app.sh`) as `include_bytes!`
//! entries, so that the binary carries them: `src/site/app.rs` includes
//! the generated list. Its names are Trunk's content-hashed ones, which
//! change with every build of the app, hence a generated list.

use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest.join("app").join("files");
    println!("cargo::rerun-if-changed=app/files");
    let mut files = Vec::new();
    if root.is_dir() {
        walk(&root, &mut files)?;
    }
    files.sort();
    let mut list = String::from("&[\n");
    for path in files {
        let rel = path
            .strip_prefix(&root)?
            .to_string_lossy()
            .replace('\\', "/");
        let Some(name) = rel.strip_suffix(".br") else {
            continue;
        };
        writeln!(
            list,
            "    ({name:?}, include_bytes!({:?})),",
            path.display()
        )?;
    }
    list.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("embedded_app.rs");
    std::fs::write(out, list)?;
    Ok(())
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), Box<dyn Error>> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
