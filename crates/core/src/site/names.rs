//! The names the pages `veille site` generates and the app agree on.

/// The `name` of the `<meta>` tag holding the site's base path
/// (`<meta name="veille-base-path" content="/veille">`): written into every
/// generated page, read by the app and by `index.html`'s early script.
pub const BASE_PATH_META: &str = "veille-base-path";

/// The `id` of the element holding a generated page's prerendered text
/// (readable without JavaScript); it stays on screen until the app's own
/// view of the page replaces it.
pub const PRERENDER_ID: &str = "veille-prerender";
