//! Where things live under the site's base path.
//!
//! Every in-app link and every data URL goes through [`app_path`], so that a
//! site published under a sub-path (`https://user.github.io/veille/`) works
//! the same as one at the root.

/// The site's base path without a trailing slash: empty at the root.
pub fn base_path() -> String {
    String::new()
}

/// `path` (which starts with `/`) under the site's base path.
pub fn app_path(path: &str) -> String {
    format!("{}{path}", base_path())
}
