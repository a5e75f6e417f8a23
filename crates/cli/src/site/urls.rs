//! The site's absolute URLs and root-relative paths, from `--base-url` and
//! `--base-path`.

use url::Url;
use veille_core::site::{normalize_base_path, permalink};
use veille_core::Article;

use super::error::SiteError;

/// Where the site lives: `https://user.github.io` + `/veille`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrls {
    /// The site's root URL, always ending with `/`: `https://user.github.io/veille/`.
    root: Url,
    /// The base path without a trailing slash: `""` at the root, else `/veille`.
    base_path: String,
}

impl SiteUrls {
    /// Reads `--base-url` and `--base-path`. The sub-path may be given in
    /// either (`https://h/veille/`, or `https://h` with `/veille/`), or in
    /// both when they agree.
    pub fn new(base_url: &str, base_path: Option<&str>) -> Result<Self, SiteError> {
        let bad_url = || SiteError::BaseUrl(base_url.to_owned());
        let mut root = Url::parse(base_url.trim()).map_err(|_| bad_url())?;
        if !matches!(root.scheme(), "http" | "https") || root.host_str().is_none() {
            return Err(bad_url());
        }
        if root.query().is_some() || root.fragment().is_some() {
            return Err(bad_url());
        }
        let url_path = checked_base_path(root.path()).ok_or_else(bad_url)?;
        let base_path = match base_path {
            None => url_path,
            Some(given) => {
                let given_norm = checked_base_path(given)
                    .ok_or_else(|| SiteError::BasePath(given.to_owned()))?;
                if !url_path.is_empty() && url_path != given_norm {
                    return Err(SiteError::BaseMismatch {
                        url_path: root.path().to_owned(),
                        base_path: given.to_owned(),
                    });
                }
                given_norm
            }
        };
        root.set_path(&format!("{base_path}/"));
        Ok(Self { root, base_path })
    }

    /// The base path without a trailing slash (`""` or `/veille`).
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The site's root URL, ending with `/`.
    pub fn root(&self) -> &str {
        self.root.as_str()
    }

    /// The root-relative path of a file or folder of the site: `rel` has no
    /// leading slash (`feeds/atom.xml`, `papers/x/`).
    pub fn path(&self, rel: &str) -> String {
        format!("{}/{rel}", self.base_path)
    }

    /// The absolute URL of `rel` (no leading slash), percent-encoded.
    pub fn absolute(&self, rel: &str) -> String {
        self.root
            .join(rel)
            .map(String::from)
            .unwrap_or_else(|_| format!("{}{rel}", self.root))
    }

    /// The article page's path relative to the root: its permalink
    /// ([`permalink`]) without the leading slash and with a trailing one,
    /// `<collection>/<slug>/`.
    pub fn article_rel(article: &Article) -> String {
        Self::article_rel_of(&article.collection, &article.slug)
    }

    /// [`Self::article_rel`] of the article `slug` in `collection`.
    pub fn article_rel_of(collection: &str, slug: &str) -> String {
        let path = permalink(collection, slug);
        format!("{}/", path.trim_start_matches('/'))
    }

    /// The article page's absolute URL, with its trailing slash (the folder's
    /// `index.html` is served there without a redirect).
    pub fn article_url(&self, article: &Article) -> String {
        self.absolute(&Self::article_rel(article))
    }
}

/// The base path as the app reads it back ([`normalize_base_path`]:
/// `/veille/`, `veille`, `/veille` → `/veille`; `/`, `` → ``), or `None`
/// when a segment could not be written as is: `.`/`..` segments, empty
/// inner segments, `?`, `#`, `\`, quotes, `<`, `>` or whitespace.
fn checked_base_path(path: &str) -> Option<String> {
    let normalized = normalize_base_path(path);
    let bad = |segment: &str| {
        segment.is_empty()
            || segment == "."
            || segment == ".."
            || segment.chars().any(|c| {
                matches!(c, '?' | '#' | '\\' | '"' | '\'' | '<' | '>') || c.is_whitespace()
            })
    };
    if normalized.split('/').skip(1).any(bad) {
        return None;
    }
    Some(normalized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sub_path_may_come_from_either_option() {
        for (url, path) in [
            ("https://u.github.io", Some("/veille/")),
            ("https://u.github.io/veille/", None),
            ("https://u.github.io/veille", Some("veille")),
        ] {
            let s = SiteUrls::new(url, path).unwrap();
            assert_eq!(s.base_path(), "/veille");
            assert_eq!(s.root(), "https://u.github.io/veille/");
            assert_eq!(s.path("feeds/atom.xml"), "/veille/feeds/atom.xml");
        }
        let s = SiteUrls::new("http://127.0.0.1:8000", Some("/")).unwrap();
        assert_eq!((s.base_path(), s.root()), ("", "http://127.0.0.1:8000/"));
        assert_eq!(s.absolute("papers/x/"), "http://127.0.0.1:8000/papers/x/");
    }

    #[test]
    fn bad_or_contradictory_bases_are_refused() {
        assert!(matches!(
            SiteUrls::new("u.github.io", None),
            Err(SiteError::BaseUrl(_))
        ));
        assert!(matches!(
            SiteUrls::new("ftp://h/", None),
            Err(SiteError::BaseUrl(_))
        ));
        assert!(matches!(
            SiteUrls::new("https://h", Some("/a/../b")),
            Err(SiteError::BasePath(_))
        ));
        assert!(matches!(
            SiteUrls::new("https://h", Some("/a b")),
            Err(SiteError::BasePath(_))
        ));
        assert!(matches!(
            SiteUrls::new("https://h/x/", Some("/y/")),
            Err(SiteError::BaseMismatch { .. })
        ));
    }

    #[test]
    fn non_ascii_slugs_are_percent_encoded_in_urls() {
        let s = SiteUrls::new("https://h", None).unwrap();
        assert_eq!(s.absolute("papers/été/"), "https://h/papers/%C3%A9t%C3%A9/");
    }
}
