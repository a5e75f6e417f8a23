//! The page shell `index.html` runs a script before the app's code: it
//! reads the base path meta tag and fetches the first view. It cannot call
//! the core, so it names them itself; they must be the core's. (Its copy of
//! the base path's normalization is run on the core's cases by
//! `e2e/base-path.test.mjs`.)

use veille_core::site::{data_path, BASE_PATH_META, HEAD_FILE};

const INDEX_HTML: &str = include_str!("../../../../index.html");

#[test]
fn index_html_reads_the_base_path_from_the_cores_meta_tag() {
    let selector = format!("document.querySelector('meta[name=\"{BASE_PATH_META}\"]')");
    assert!(
        INDEX_HTML.contains(&selector),
        "index.html lacks {selector}"
    );
}

#[test]
fn index_html_fetches_the_first_view_from_the_cores_path() {
    let path = format!("['{}']", data_path(HEAD_FILE));
    assert!(INDEX_HTML.contains(&path), "index.html lacks {path}");
}
