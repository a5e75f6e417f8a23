//! The names at the top of a published site that `veille site` writes for
//! itself, which no article's permalink may take: an article at
//! `/data/x` would be written among the data files, one at `/_headers/x`
//! would need `_headers` to be a folder.

use super::{DATA_DIR, MAIN_FEED};

/// The site's home page.
pub const HOME_PAGE: &str = "index.html";
/// The page hosts serve for unknown paths.
pub const NOT_FOUND_PAGE: &str = "404.html";
/// The sitemap.
pub const SITEMAP_FILE: &str = "sitemap.xml";
/// The robots file.
pub const ROBOTS_FILE: &str = "robots.txt";
/// The default preview image (1200×630 PNG), for articles without one.
pub const DEFAULT_IMAGE: &str = "og-image.png";
/// Netlify's and Cloudflare Pages' headers file.
pub const HEADERS_FILE: &str = "_headers";
/// The file that tells GitHub Pages not to run Jekyll.
pub const NOJEKYLL_FILE: &str = ".nojekyll";
/// The file that marks a folder as written by `veille site`.
pub const SITE_MARKER: &str = ".veille-site";

/// Every name `veille site` writes at the top of the site besides the
/// app's own files: the data folder, the feeds' folder and the files above.
pub fn site_names() -> [&'static str; 10] {
    let feeds = MAIN_FEED.split('/').next().unwrap_or(MAIN_FEED);
    [
        DATA_DIR,
        feeds,
        HOME_PAGE,
        NOT_FOUND_PAGE,
        SITEMAP_FILE,
        ROBOTS_FILE,
        DEFAULT_IMAGE,
        HEADERS_FILE,
        NOJEKYLL_FILE,
        SITE_MARKER,
    ]
}

/// The site's own file or folder that a permalink's first segment
/// (`collection`) would collide with, if any. Compared without case, as
/// some hosts' file systems do.
pub fn reserved_name(collection: &str) -> Option<&'static str> {
    site_names()
        .into_iter()
        .find(|name| name.eq_ignore_ascii_case(collection))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sites_own_folders_and_files_are_reserved() {
        for name in [
            "data",
            "feeds",
            "_headers",
            "404.html",
            "og-image.png",
            "SITEMAP.xml",
        ] {
            assert!(reserved_name(name).is_some(), "{name}");
        }
        assert_eq!(reserved_name("Data"), Some("data"));
        for name in ["papers", "news", "data-2", "feed"] {
            assert_eq!(reserved_name(name), None, "{name}");
        }
    }
}
