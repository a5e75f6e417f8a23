//! Entry point of the browser app: mount [`veille_app::App`] on the page.
//!
//! Pages written by `veille site` carry a prerendered, static copy of their
//! text in `#veille-prerender` (readable without JavaScript and by link
//! previewers); it stays on screen, the app hidden beside it, until the
//! app's own view of the page replaces it (see [`veille_app::prerender`]).

fn main() {
    console_error_panic_hook::set_once();
    veille_app::prerender::hold();
    leptos::mount::mount_to_body(veille_app::App);
}
