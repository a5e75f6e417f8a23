//! The app a site is made of: the release build embedded in `veille`
//! (`crates/cli/app`, written by `scripts/embed-app.sh`), or a Trunk build
//! folder given with `--dist`. Either gives the shell (`index.html`, each
//! page's template) and the files served as they are.

use std::path::{Path, PathBuf};

use veille_core::site::DATA_DIR;

use super::error::io;
use super::{SiteError, MARKER};

/// The `--public-url` the embedded app is built with; `veille site` puts
/// the site's base path in its place in the shell (the only file that
/// names it: `scripts/embed-app.sh` checks so).
pub const BASE_PLACEHOLDER: &str = "/__veille_base__/";

/// The embedded app: each file's name and its brotli-compressed bytes
/// (listed by `build.rs` from `crates/cli/app/files`).
static EMBEDDED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/embedded_app.rs"));

/// Where the app comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppSource {
    /// The release build `veille` carries.
    Embedded,
    /// A Trunk build folder (`trunk build --release --public-url <base>/`).
    Dir(PathBuf),
}

/// A file of the app, written into the site as it is.
#[derive(Debug)]
pub struct AppFile {
    /// Its path below the site's root, `/`-separated.
    pub rel: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its brotli-compressed bytes (quality 11, as the site's `.br`
    /// siblings of its size, or better), when already at hand: the
    /// embedded app's.
    pub brotli: Option<&'static [u8]>,
}

/// The app, read.
#[derive(Debug)]
pub struct App {
    /// Where the shell came from, for error messages.
    pub shell_path: PathBuf,
    /// The shell, `index.html`, with the base path in place.
    pub shell: String,
    /// Every other file, sorted by path; without a data folder
    /// ([`DATA_DIR`]) or the site marker.
    pub files: Vec<AppFile>,
}

/// Whether this `veille` carries an app (built without one, it needs `--dist`).
pub fn has_embedded() -> bool {
    EMBEDDED.iter().any(|(name, _)| *name == "index.html")
}

impl AppSource {
    /// Reads the app for a site whose base path is `base_path` (`""` or
    /// `/veille`, as [`super::SiteUrls::base_path`] gives it).
    pub fn load(&self, base_path: &str) -> Result<App, SiteError> {
        match self {
            AppSource::Embedded => load_embedded(base_path),
            AppSource::Dir(dir) => load_dir(dir),
        }
    }
}

fn load_embedded(base_path: &str) -> Result<App, SiteError> {
    let shell_path = PathBuf::from("(the app embedded in veille)/index.html");
    if !has_embedded() {
        return Err(SiteError::NoEmbeddedApp);
    }
    let mut shell = None;
    let mut files = Vec::new();
    for &(name, packed) in EMBEDDED {
        let bytes = veille_precompress::unbrotli(packed).map_err(|source| SiteError::Io {
            path: PathBuf::from(format!("(the app embedded in veille)/{name}")),
            source,
        })?;
        if name == "index.html" {
            let html = String::from_utf8_lossy(&bytes).into_owned();
            shell = Some(html.replace(BASE_PLACEHOLDER, &format!("{base_path}/")));
        } else if kept(Path::new(name)) {
            files.push(AppFile {
                rel: name.to_owned(),
                bytes,
                brotli: Some(packed),
            });
        }
    }
    let shell = shell.ok_or(SiteError::NoEmbeddedApp)?;
    Ok(App {
        shell_path,
        shell,
        files,
    })
}

fn load_dir(dist: &Path) -> Result<App, SiteError> {
    let shell_path = dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_path).map_err(|source| SiteError::Shell {
        path: shell_path.clone(),
        source,
    })?;
    let mut files = Vec::new();
    read_tree(dist, dist, &mut files)?;
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(App {
        shell_path,
        shell,
        files,
    })
}

/// Whether a file of the app (relative path) goes into the site: not the
/// shell, which each page rewrites, nor a data folder or a site marker.
fn kept(rel: &Path) -> bool {
    rel != Path::new("index.html") && !rel.starts_with(DATA_DIR) && rel != Path::new(MARKER)
}

fn read_tree(root: &Path, dir: &Path, files: &mut Vec<AppFile>) -> Result<(), SiteError> {
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let path = entry.map_err(io(dir))?.path();
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        if !kept(rel) {
            continue;
        }
        if path.is_dir() {
            read_tree(root, &path, files)?;
        } else {
            files.push(AppFile {
                rel: rel.to_string_lossy().replace('\\', "/"),
                bytes: std::fs::read(&path).map_err(io(&path))?,
                brotli: None,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_shell_names_the_base_path_and_no_placeholder() {
        let app = AppSource::Embedded.load("/veille").unwrap();
        assert!(!app.shell.contains(BASE_PLACEHOLDER));
        assert!(app.shell.contains("'/veille/veille-app-"), "{}", app.shell);
        let root = AppSource::Embedded.load("").unwrap();
        assert!(root.shell.contains("'/veille-app-"));
    }

    #[test]
    fn the_embedded_app_has_its_wasm_script_and_style_with_their_brotli() {
        let app = AppSource::Embedded.load("").unwrap();
        for ending in ["_bg.wasm", ".js", ".css"] {
            let file = app.files.iter().find(|f| f.rel.ends_with(ending));
            let file = file.unwrap_or_else(|| panic!("no {ending}"));
            assert!(!file.bytes.is_empty());
            let packed = file.brotli.unwrap();
            assert_eq!(veille_precompress::unbrotli(packed).unwrap(), file.bytes);
        }
        assert!(app.files.iter().all(|f| f.rel != "index.html"));
    }

    #[test]
    fn a_dist_folder_is_read_without_its_shell_data_or_marker() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("data")).unwrap();
        std::fs::create_dir_all(d.join("icons")).unwrap();
        std::fs::write(d.join("index.html"), "<html>").unwrap();
        std::fs::write(d.join("data/bundle.json"), "{}").unwrap();
        std::fs::write(d.join(MARKER), "").unwrap();
        std::fs::write(d.join("icons/a.svg"), "<svg/>").unwrap();
        std::fs::write(d.join("app-0123abcd.js"), "1").unwrap();
        let app = AppSource::Dir(d.to_owned()).load("").unwrap();
        assert_eq!(app.shell, "<html>");
        let rels: Vec<_> = app.files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["app-0123abcd.js", "icons/a.svg"]);
    }
}
