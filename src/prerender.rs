//! The prerendered text of a page written by `veille site`
//! (`#veille-prerender`, [`veille_core::site::PRERENDER_ID`]): readable
//! before the app starts, and kept on screen until the app's own view of the
//! same content replaces it, so that the page never goes blank nor shows a
//! skeleton in between.
//!
//! While it is there, the app mounts beside it, hidden ([`HOLDING_CLASS`]
//! on `<body>`, see the style); [`release`] removes the text and shows the
//! app in one step, within one task, so that no frame is painted with both
//! or with neither. The page that replaces it calls [`release`] once its
//! own content is in the document: the article page once its article is, the
//! search page once its first view is, the not-found and error views at once.
//! When the app is ready before the browser has painted the page at all (its
//! code came from the cache, or a fast network), the release waits for that
//! first paint: the prerendered text is then the page's first and largest
//! paint, which the app's view of the same size does not replace as such.

/// The class on `<body>` that hides the app's elements while the
/// prerendered text is shown (`style/main.css` names it too).
pub const HOLDING_CLASS: &str = "veille-prerendered";

/// The prerendered text, if the page has one (still).
fn element() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .get_element_by_id(veille_core::site::PRERENDER_ID)
}

/// The page's `<body>`.
fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}

/// Called before the app mounts: when the page has a prerendered text,
/// hides the app's elements until [`release`]. Returns whether it has one.
pub fn hold() -> bool {
    let Some(_) = element() else {
        return false;
    };
    if let Some(body) = body() {
        let _ = body.class_list().add_1(HOLDING_CLASS);
    }
    true
}

/// Removes the prerendered text and shows the app's elements, together,
/// once the page has been painted (see the module's documentation). Does
/// nothing when the page has no prerendered text (any more).
pub fn release() {
    if element().is_some() && !painted() {
        crate::frames::after_next_paint(release_now);
        return;
    }
    release_now();
}

/// Whether the browser has painted the page's content (its first
/// contentful paint), or cannot tell (then it does not wait).
fn painted() -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return true;
    };
    if window.document().is_none_or(|d| d.hidden()) {
        return true;
    }
    let get = |of: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(of, &name.into()).ok();
    let Some(performance) = get(&window, "performance") else {
        return true;
    };
    get(&performance, "getEntriesByName")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&performance, &"first-contentful-paint".into()).ok())
        .is_none_or(|entries| js_sys::Array::from(&entries).length() > 0)
}

/// [`release`] now.
fn release_now() {
    if let Some(el) = element() {
        el.remove();
    }
    if let Some(body) = body() {
        let _ = body.class_list().remove_1(HOLDING_CLASS);
    }
}
