//! The site's name, as `veille site --name` wrote it.
//!
//! `veille site` writes the name into every page it generates as
//! `<meta property="og:site_name">`; the app reads it once and shows it in
//! its header and in every tab title. Without that tag (`trunk serve`, the
//! tests) it is [`DEFAULT_NAME`].

use std::sync::OnceLock;

/// The name of a site built without `--name`, and of the app served alone.
pub const DEFAULT_NAME: &str = "Veille";

/// The site's name from the page's `og:site_name` content, if any.
pub fn name_from_meta(content: Option<&str>) -> String {
    match content.map(str::trim) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => DEFAULT_NAME.to_owned(),
    }
}

/// The site's name (read once from the page).
pub fn site_name() -> String {
    static NAME: OnceLock<String> = OnceLock::new();
    NAME.get_or_init(|| name_from_meta(read_meta().as_deref()))
        .clone()
}

/// `page · site name`, a tab's title.
pub fn titled(page: &str) -> String {
    format!("{page} · {}", site_name())
}

fn read_meta() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector("meta[property=\"og:site_name\"]")
        .ok()??;
    meta.get_attribute("content")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_tag_names_the_site_and_its_absence_gives_the_default() {
        assert_eq!(name_from_meta(Some(" Veille cardio ")), "Veille cardio");
        assert_eq!(name_from_meta(Some("")), "Veille");
        assert_eq!(name_from_meta(None), "Veille");
    }
}
