//! Entry point of the browser app: mount [`veille_app::App`] on the page.
//!
//! Pages written by `veille site` carry a prerendered, static copy of their
//! text in `#veille-prerender` (readable without JavaScript and by link
//! previewers); it is removed just before mounting so the app takes over
//! without showing the text twice.

fn main() {
    console_error_panic_hook::set_once();
    remove_prerendered();
    leptos::mount::mount_to_body(veille_app::App);
}

fn remove_prerendered() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(veille_core::site::PRERENDER_ID))
    {
        el.remove();
    }
}
