//! Finding the timeline's bars in the page, and moving the keyboard focus
//! to them: the chart's event handlers (`timeline.rs`) work on bar
//! indexes, which the bars carry in `data-index`.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// The bar index under a pointer or inside an event target, if any.
pub fn bar_at(x: i32, y: i32) -> Option<usize> {
    let doc = web_sys::window()?.document()?;
    index_of(doc.element_from_point(x as f32, y as f32)?)
}

/// The bar index of an event's target, if it is (inside) a bar.
pub fn target_bar(target: Option<web_sys::EventTarget>) -> Option<usize> {
    index_of(target?.dyn_into::<web_sys::Element>().ok()?)
}

fn index_of(el: web_sys::Element) -> Option<usize> {
    el.closest(".bar")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

/// Once the chart has been redrawn, focuses its first chosen bar (or its
/// first bar), so that choosing with the keyboard does not lose the focus.
pub fn refocus_chosen() {
    let again = || {
        focus_first(&[".timeline .bar[aria-pressed=\"true\"]", ".timeline .bar"]);
    };
    request_animation_frame(move || request_animation_frame(again));
}

/// Moves the keyboard focus to bar `i` of the chart.
pub fn focus_bar(i: usize) {
    focus_first(&[&format!(".timeline .bar[data-index=\"{i}\"]")]);
}

/// Focuses the first element found by the first of `selectors` that
/// matches any.
fn focus_first(selectors: &[&str]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = selectors
        .iter()
        .find_map(|s| doc.query_selector(s).ok().flatten());
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
