//! Waiting for the browser to paint a frame.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Runs `f` once the next frame has been painted: a zero timeout queued
/// from that frame's animation callback runs after its paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        let window = web_sys::window().expect("a window");
        let callback = Closure::once_into_js(f);
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    });
}

/// Resolves once the next frame has been painted (see [`after_next_paint`]),
/// or at once if the page is hidden: a background tab paints no frame
/// until it is shown.
pub async fn next_paint() {
    let hidden = web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.hidden());
    if hidden {
        return;
    }
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        after_next_paint(move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
}
