//! Entry point of the browser app: mount [`veille_app::App`] on the page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(veille_app::App);
}
