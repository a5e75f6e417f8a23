//! `veille site`'s precompressed siblings (`.br`, `.gz`), on `content/` plus
//! generated articles and, when `../shared` is beside the checkout, on the
//! real corpus: every text file from a kilobyte has both, each smaller than
//! the file and inflating to its exact bytes; images, tiny files and the
//! siblings themselves get none.

use std::io::Read;
use std::path::{Path, PathBuf};

use veille_cli::site::compress::{is_compressible, Encoding, MIN_SIZE};

use crate::util::site::*;

/// Every file of the site, relative to its folder, sorted.
fn files(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(root).unwrap().to_owned())
        .collect();
    out.sort();
    out
}

fn is_sibling(rel: &Path) -> bool {
    matches!(rel.extension().and_then(|e| e.to_str()), Some("br" | "gz"))
}

fn inflate(enc: Encoding, packed: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match enc {
        Encoding::Brotli => brotli::Decompressor::new(packed, 4096)
            .read_to_end(&mut out)
            .unwrap(),
        Encoding::Gzip => flate2::read::GzDecoder::new(packed)
            .read_to_end(&mut out)
            .unwrap(),
    };
    out
}

#[test]
fn every_text_file_has_siblings_that_inflate_to_its_bytes() {
    every_text_file_has_siblings_that_inflate_to_its_bytes_in(fixture_site());
}

#[test]
fn on_the_corpus_every_text_file_has_siblings_that_inflate_to_its_bytes() {
    let Some(site) = corpus_site() else {
        return;
    };
    every_text_file_has_siblings_that_inflate_to_its_bytes_in(site);
}

fn every_text_file_has_siblings_that_inflate_to_its_bytes_in(site: &Site) {
    let all = files(&site.out);
    let mut checked = 0;
    for rel in all.iter().filter(|r| !is_sibling(r)) {
        let bytes = std::fs::read(site.out.join(rel)).unwrap();
        let text = !matches!(
            rel.extension().and_then(|e| e.to_str()),
            Some("bin" | "wasm")
        );
        for enc in Encoding::ALL {
            let sibling = site.out.join(enc.sibling(rel));
            if !is_compressible(rel, bytes.len() as u64) {
                assert!(!sibling.exists(), "{}", sibling.display());
                continue;
            }
            if !sibling.exists() {
                // Only data that compression cannot shrink goes without.
                assert!(!text, "{} has no .{}", rel.display(), enc.extension());
                assert!(enc.compress(&bytes).len() >= bytes.len());
                continue;
            }
            let packed = std::fs::read(&sibling).unwrap();
            assert!(packed.len() < bytes.len(), "{}", sibling.display());
            assert!(
                inflate(enc, &packed) == bytes,
                "{} does not inflate to {}",
                sibling.display(),
                rel.display()
            );
            checked += 1;
        }
    }
    // Not data/index.bin: index format 3 compresses its sections itself,
    // so a sibling is written only in the rare case it comes out smaller.
    for must in ["index.html", "404.html", "data/head.json", "sitemap.xml"] {
        for enc in Encoding::ALL {
            assert!(
                site.out.join(enc.sibling(Path::new(must))).is_file(),
                "{must}.{}",
                enc.extension()
            );
        }
    }
    assert!(
        checked > 2 * site.bundle.articles.len(),
        "{checked} siblings"
    );
}

#[test]
fn images_tiny_files_and_siblings_get_no_siblings() {
    let site = fixture_site();
    let all = files(&site.out);
    for rel in [
        "og-image.png",
        "veille-app-1.js", // "export default 1;": 17 bytes
        "robots.txt",
        "_headers",
        ".nojekyll",
    ] {
        assert!(all.contains(&PathBuf::from(rel)), "{rel} is written");
        let len = std::fs::metadata(site.out.join(rel)).unwrap().len();
        assert!(
            rel.ends_with(".png") || len < MIN_SIZE,
            "{rel}: {len} bytes"
        );
        for enc in Encoding::ALL {
            let sibling = enc.sibling(Path::new(rel));
            assert!(!all.contains(&sibling), "{}", sibling.display());
        }
    }
    for rel in all.iter().filter(|r| is_sibling(r)) {
        let stem = rel.with_extension("");
        assert!(
            !is_sibling(&stem),
            "a sibling of a sibling: {}",
            rel.display()
        );
        assert!(all.contains(&stem), "{} has no original", rel.display());
    }
}

#[test]
fn gzip_siblings_carry_no_time_or_name() {
    let site = fixture_site();
    for rel in files(&site.out)
        .iter()
        .filter(|r| r.extension().is_some_and(|e| e == "gz"))
    {
        let packed = std::fs::read(site.out.join(rel)).unwrap();
        assert_eq!(packed[3], 0, "{}: flags", rel.display());
        assert_eq!(&packed[4..8], &[0, 0, 0, 0], "{}: mtime", rel.display());
    }
}
