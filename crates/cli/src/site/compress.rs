//! Precompressed siblings: `file.br` and `file.gz` beside every file of the
//! site that compression shrinks, for hosts that serve them as they are
//! (nginx's `brotli_static` and `gzip_static`). Written once, so that no
//! host spends time compressing on each request: at the best levels where
//! the bytes matter most for their cost, faster ones elsewhere ([`Tier`]).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::error::io;
use super::writer::link_or_copy;
use super::SiteError;

/// The extensions worth compressing: text, the wasm and the index. Images,
/// fonts and archives are compressed already.
pub const COMPRESSIBLE: &[&str] = &[
    "html", "js", "mjs", "css", "json", "wasm", "svg", "xml", "txt", "bin", "map",
];

/// Files smaller than this are sent as they are: the response fits in one
/// packet either way, and a host would open a second file for nothing.
pub const MIN_SIZE: u64 = 1024;

/// Files from this size up to [`LARGE`] are compressed at the best levels.
pub const MEDIUM: usize = 64 << 10;

/// Files larger than this are compressed at the fast levels again.
pub const LARGE: usize = 8 << 20;

/// How hard a file is compressed, by its size.
///
/// Brotli's quality 11 is about 25 times slower than quality 5 (figures in
/// `benchsuite/runs/2026-12-08-publish`). It saves about a tenth of the
/// bytes: worth it for the files between [`MEDIUM`] and [`LARGE`], those a
/// visitor's browser downloads whole before it can search (the app, the
/// index of an ordinary site, its first view), not for the many small ones
/// (a page and a file per article, the feeds; at quality 5 they take a few
/// hundred bytes more each), nor for the very large ones (`bundle.json`,
/// which the app does not fetch, and the index of 100,000 articles),
/// which would take minutes at every publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Brotli quality 5, gzip level 6.
    Fast,
    /// Brotli quality 11, gzip level 9.
    Best,
}

impl Tier {
    /// The tier of a file of `len` bytes.
    pub fn of(len: usize) -> Self {
        if (MEDIUM..=LARGE).contains(&len) {
            Tier::Best
        } else {
            Tier::Fast
        }
    }

    /// Brotli's quality.
    pub fn brotli_quality(self) -> i32 {
        match self {
            Tier::Fast => 5,
            Tier::Best => 11,
        }
    }

    /// gzip's level.
    pub fn gzip_level(self) -> u32 {
        match self {
            Tier::Fast => 6,
            Tier::Best => 9,
        }
    }
}

/// What the site's marker says of the siblings, so that a later run
/// carries them over only when it would write the same.
pub const LEVELS: &str = "brotli quality 11 window 22 and gzip level 9 from 64 KiB to 8 MiB, \
    brotli quality 5 and gzip level 6 otherwise, from 1024 bytes";

/// A content encoding with a precompressed sibling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Brotli, the `.br` sibling.
    Brotli,
    /// gzip, no name and no time in its header, the `.gz` sibling.
    Gzip,
}

impl Encoding {
    /// Both, in the order they are written.
    pub const ALL: [Encoding; 2] = [Encoding::Brotli, Encoding::Gzip];

    /// The sibling's extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }

    /// `bytes` compressed at their [`Tier`]'s level; the same bytes give
    /// the same output on every run.
    pub fn compress(self, bytes: &[u8]) -> Vec<u8> {
        let tier = Tier::of(bytes.len());
        match self {
            Encoding::Brotli => veille_precompress::brotli_at(bytes, tier.brotli_quality()),
            Encoding::Gzip => veille_precompress::gzip_at(bytes, tier.gzip_level()),
        }
    }

    /// `rel` with this encoding's extension added (`index.bin.br`).
    pub fn sibling(self, rel: &Path) -> PathBuf {
        let mut name = rel.as_os_str().to_owned();
        name.push(".");
        name.push(self.extension());
        PathBuf::from(name)
    }
}

/// Whether a file of this name and size gets precompressed siblings (they
/// are then written only where smaller than the file).
pub fn is_compressible(rel: &Path, len: u64) -> bool {
    len >= MIN_SIZE
        && rel
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e.to_ascii_lowercase().as_str()))
}

/// A sibling written: its path below the output folder and its size.
#[derive(Debug)]
pub struct Sibling {
    /// `file.br` or `file.gz`, relative to the output folder.
    pub rel: PathBuf,
    /// Its size in bytes.
    pub len: u64,
    /// Whether it was carried over from the previous site.
    pub carried: bool,
}

/// Writes the `.br` and `.gz` siblings of the files `rels` (relative to
/// `out`) that are [compressible](is_compressible), each only where it is
/// smaller than the file, in parallel; returns what it wrote, sorted.
/// `known` holds brotli bytes already at hand for some files (the embedded
/// app's, at quality 11), used instead of compressing them again;
/// the files of `reuse` are the same as in a previous site written with the
/// same compressors, whose siblings are carried over instead.
pub fn write_siblings(
    out: &Path,
    rels: &[PathBuf],
    known: &HashMap<PathBuf, &[u8]>,
    reuse: Option<Reuse<'_>>,
) -> Result<Vec<Sibling>, SiteError> {
    let per_file: Vec<Vec<Sibling>> = rels
        .par_iter()
        .map(|rel| {
            let path = out.join(rel);
            let len = path.metadata().map_err(io(&path))?.len();
            if !is_compressible(rel, len) {
                return Ok(Vec::new());
            }
            if let Some(reuse) = reuse.filter(|r| r.unchanged.contains(rel)) {
                return carry_siblings(out, reuse.previous, rel);
            }
            let bytes = std::fs::read(&path).map_err(io(&path))?;
            Encoding::ALL
                .par_iter()
                .filter_map(|&enc| {
                    let packed = match (enc, known.get(rel)) {
                        (Encoding::Brotli, Some(packed)) => packed.to_vec(),
                        _ => enc.compress(&bytes),
                    };
                    (packed.len() < bytes.len()).then(|| {
                        let rel = enc.sibling(rel);
                        let path = out.join(&rel);
                        std::fs::write(&path, &packed).map_err(io(&path))?;
                        Ok(Sibling {
                            rel,
                            len: packed.len() as u64,
                            carried: false,
                        })
                    })
                })
                .collect()
        })
        .collect::<Result<_, SiteError>>()?;
    let mut all: Vec<Sibling> = per_file.into_iter().flatten().collect();
    all.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(all)
}

/// A previous site and the files of the new one that are the same there.
#[derive(Clone, Copy, Debug)]
pub struct Reuse<'a> {
    /// The previous site's folder.
    pub previous: &'a Path,
    /// Files (relative) whose bytes are the same in both.
    pub unchanged: &'a HashSet<PathBuf>,
}

/// Links the previous site's siblings of `rel` into `out`: the same bytes
/// compressed the same way; a sibling it lacks was not smaller then either.
fn carry_siblings(out: &Path, previous: &Path, rel: &Path) -> Result<Vec<Sibling>, SiteError> {
    let mut carried = Vec::new();
    for enc in Encoding::ALL {
        let rel = enc.sibling(rel);
        let old = previous.join(&rel);
        let Ok(meta) = old.metadata() else {
            continue;
        };
        link_or_copy(&old, &out.join(&rel))?;
        carried.push(Sibling {
            rel,
            len: meta.len(),
            carried: true,
        });
    }
    Ok(carried)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn text(n: usize) -> Vec<u8> {
        "The stent was deployed in the artery. "
            .repeat(n)
            .into_bytes()
    }

    fn inflate(enc: Encoding, packed: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        match enc {
            Encoding::Brotli => {
                brotli::Decompressor::new(packed, 4096)
                    .read_to_end(&mut out)
                    .unwrap();
            }
            Encoding::Gzip => {
                flate2::read::GzDecoder::new(packed)
                    .read_to_end(&mut out)
                    .unwrap();
            }
        }
        out
    }

    #[test]
    fn each_encoding_round_trips_and_gives_the_same_bytes_twice() {
        let bytes = text(200);
        for enc in Encoding::ALL {
            let packed = enc.compress(&bytes);
            assert!(packed.len() < bytes.len() / 10, "{enc:?}");
            assert_eq!(inflate(enc, &packed), bytes, "{enc:?}");
            assert_eq!(enc.compress(&bytes), packed, "{enc:?}");
        }
    }

    #[test]
    fn the_gzip_header_holds_no_time_and_no_name() {
        let packed = Encoding::Gzip.compress(&text(10));
        assert_eq!(&packed[..3], &[0x1f, 0x8b, 8]);
        assert_eq!(packed[3], 0, "no FNAME or other flags");
        assert_eq!(&packed[4..8], &[0, 0, 0, 0], "mtime");
    }

    #[test]
    fn only_text_the_wasm_and_the_index_from_one_kilobyte_are_compressible() {
        for name in [
            "index.html",
            "a/b/index.html",
            "app-0123abcd_bg.wasm",
            "app-0123abcd.js",
            "data/index.bin",
            "data/head.json",
            "sitemap.xml",
            "robots.txt",
            "favicon.svg",
            "STYLE.CSS",
        ] {
            assert!(is_compressible(Path::new(name), MIN_SIZE), "{name}");
            assert!(!is_compressible(Path::new(name), MIN_SIZE - 1), "{name}");
        }
        for name in [
            "og-image.png",
            "photo.jpg",
            "font.woff2",
            "_headers",
            ".nojekyll",
            "x.gz",
        ] {
            assert!(!is_compressible(Path::new(name), 1 << 20), "{name}");
        }
    }

    #[test]
    fn siblings_are_written_only_where_smaller() {
        let dir = tempfile::tempdir().unwrap();
        // xorshift64: bytes no compressor can shrink.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 56) as u8
            })
            .collect();
        std::fs::write(dir.path().join("text.html"), text(100)).unwrap();
        std::fs::write(dir.path().join("noise.bin"), &noise).unwrap();
        std::fs::write(dir.path().join("tiny.js"), "export default 1;").unwrap();
        let rels: Vec<PathBuf> = ["text.html", "noise.bin", "tiny.js"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let written = write_siblings(dir.path(), &rels, &HashMap::new(), None).unwrap();
        let names: Vec<_> = written.iter().map(|s| s.rel.to_str().unwrap()).collect();
        assert_eq!(names, ["text.html.br", "text.html.gz"]);
        for s in &written {
            let len = std::fs::metadata(dir.path().join(&s.rel)).unwrap().len();
            assert_eq!(len, s.len);
        }
    }

    #[test]
    fn only_files_from_64_kib_to_8_mib_get_the_best_levels() {
        assert_eq!(Tier::of(MIN_SIZE as usize), Tier::Fast);
        assert_eq!(Tier::of(MEDIUM - 1), Tier::Fast);
        assert_eq!(Tier::of(MEDIUM), Tier::Best);
        assert_eq!(Tier::of(LARGE), Tier::Best);
        assert_eq!(Tier::of(LARGE + 1), Tier::Fast);
        assert_eq!(
            (Tier::Best.brotli_quality(), Tier::Best.gzip_level()),
            (11, 9)
        );
        // What the levels give is what the compressors give at them.
        let small = text(20);
        assert_eq!(
            Encoding::Brotli.compress(&small),
            veille_precompress::brotli_at(&small, 5)
        );
        let medium = text(2000);
        assert_eq!(
            Encoding::Brotli.compress(&medium),
            veille_precompress::brotli(&medium)
        );
        assert_eq!(
            Encoding::Gzip.compress(&small),
            veille_precompress::gzip_at(&small, 6)
        );
    }

    #[test]
    fn the_sibling_keeps_the_whole_name() {
        assert_eq!(
            Encoding::Brotli.sibling(Path::new("data/index.bin")),
            PathBuf::from("data/index.bin.br")
        );
        assert_eq!(
            Encoding::Gzip.sibling(Path::new("a.b/c.html")),
            PathBuf::from("a.b/c.html.gz")
        );
    }
}
