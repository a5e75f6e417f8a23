//! Where things live under the site's base path.
//!
//! Every in-app link and every data URL goes through [`app_path`], so that a
//! site published under a sub-path (`https://user.github.io/veille/`) works
//! the same as one at the root.
//!
//! The base path is read once from `<meta name="veille-base-path"
//! content="/veille">`, which `veille site` writes into every page it
//! generates. Without that tag (`trunk serve`, the tests) it is empty.
//!
//! With leptos_router 0.8 and `<Router base=base_path()>`: routes match
//! below the base, a link `<a href="/x">` (or `<A>`) is NOT prefixed
//! (give it `app_path("/x")`), while `use_navigate()("/x", ..)` with the
//! default `resolve: true` IS prefixed (give it the plain path).

use std::sync::OnceLock;

/// The name of the meta tag holding the base path.
pub const BASE_PATH_META: &str = "veille-base-path";

/// The site's base path without a trailing slash: empty at the root.
pub fn base_path() -> String {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| normalize(read_meta().as_deref().unwrap_or("")))
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

/// `/veille/` → `/veille`, `veille` → `/veille`, `/` and `` → ``.
fn normalize(raw: &str) -> String {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

// The app's tests run in the browser (wasm-bindgen-test), where a plain
// #[test] is not run.
#[cfg(test)]
mod tests {
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    use super::{app_path, base_path, normalize, BASE_PATH_META};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn base_paths_have_a_leading_slash_and_no_trailing_one() {
        assert_eq!(normalize("/veille/"), "/veille");
        assert_eq!(normalize("veille"), "/veille");
        assert_eq!(normalize(" /a/b "), "/a/b");
        assert_eq!(normalize("/"), "");
        assert_eq!(normalize(""), "");
    }

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
