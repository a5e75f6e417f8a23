//! Where things live under the site's base path.
//!
//! Every in-app link and every data URL goes through [`app_path`], so that a
//! site published under a sub-path (`https://user.github.io/veille/`) works
//! the same as one at the root.
//!
//! The base path is read once from the meta tag
//! [`veille_core::site::BASE_PATH_META`] (`<meta name="veille-base-path"
//! content="/veille">`), which `veille site` writes into every page it
//! generates, and normalized by the core's
//! [`veille_core::site::normalize_base_path`]. Without that tag
//! (`trunk serve`, the tests) it is empty.
//!
//! With leptos_router 0.8 and `<Router base=base_path()>`: routes match
//! below the base, a link `<a href="/x">` (or `<A>`) is NOT prefixed
//! (give it `app_path("/x")`), while `use_navigate()("/x", ..)` with the
//! default `resolve: true` IS prefixed (give it the plain path).

use std::sync::OnceLock;

use veille_core::site::{normalize_base_path, BASE_PATH_META};

/// The site's base path without a trailing slash: empty at the root.
pub fn base_path() -> String {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| normalize_base_path(read_meta().as_deref().unwrap_or("")))
        .clone()
}

/// `path` (which starts with `/`) under the site's base path.
pub fn app_path(path: &str) -> String {
    format!("{}{path}", base_path())
}

fn read_meta() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector(&format!("meta[name=\"{BASE_PATH_META}\"]"))
        .ok()??;
    meta.get_attribute("content")
}

// The app's tests run in the browser (wasm-bindgen-test), where a plain
// #[test] is not run.
#[cfg(test)]
mod tests {
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    use veille_core::site::BASE_PATH_META;

    use super::{app_path, base_path};

    wasm_bindgen_test_configure!(run_in_browser);

    // How the base path is normalized is tested natively with the core's
    // `normalize_base_path`, on the cases index.html's script also runs.

    // The only test of this binary that calls base_path(), which is read once.
    #[wasm_bindgen_test]
    fn the_base_path_comes_from_the_meta_tag_veille_site_writes() {
        let document = web_sys::window().unwrap().document().unwrap();
        let meta = document.create_element("meta").unwrap();
        meta.set_attribute("name", BASE_PATH_META).unwrap();
        meta.set_attribute("content", "/veille/").unwrap();
        let head = document.query_selector("head").unwrap().unwrap();
        head.append_child(&meta).unwrap();
        assert_eq!(base_path(), "/veille");
        assert_eq!(app_path("/data/bundle.json"), "/veille/data/bundle.json");
    }
}
