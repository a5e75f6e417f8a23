//! Headers for hosts that read a `_headers` file (Netlify, Cloudflare
//! Pages): Trunk's content-hashed files are cached forever, and every path
//! gets the Content-Security-Policy.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::urls::SiteUrls;

/// Whether Trunk named the file after its content: `name-<hex>.ext` or
/// `name-<hex>_bg.wasm`. Such a file can be cached forever.
pub fn is_hashed(file_name: &str) -> bool {
    let Some((stem, _ext)) = file_name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty()
            && hash.len() >= 8
            && hash
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    })
}

/// `_headers`: an immutable, year-long cache for every hashed file; the rest
/// keeps the host's default (revalidate on every use).
pub fn headers_file(urls: &SiteUrls, written: &HashSet<PathBuf>) -> String {
    let mut hashed: Vec<String> = written
        .iter()
        .filter(|p| p.parent() == Some(Path::new("")) && p.to_str().is_some_and(is_hashed))
        .map(|p| urls.path(&p.to_string_lossy()))
        .collect();
    hashed.sort();
    let mut out = String::from(
        "# Written by `veille site` (Netlify, Cloudflare Pages): hashed files never change.\n",
    );
    for path in hashed {
        out.push_str(&format!(
            "{path}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    // Every path: the Content-Security-Policy (site/csp.rs).
    out.push_str(&format!(
        "{}*\n  Content-Security-Policy: {}\n",
        urls.path(""),
        super::csp::header_policy()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        for name in [
            "veille-app-f608b5abe569fe5.js",
            "veille-app-f608b5abe569fe5_bg.wasm",
            "main-2de6263d29bd585c.css",
            "favicon-0123abcd.svg",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "index.html",
            "og-image.png",
            "bundle.json",
            "my-notes.md",
            "a-B0123456.js",
            "-0123abcd.js",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }
}
