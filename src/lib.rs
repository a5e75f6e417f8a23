//! Veille's explorer, a Leptos client-side app.
//!
//! The app loads the bundle written by `veille build` once (see [`data`]),
//! shares it through context, and renders pages from it. Logic lives in
//! `veille-core`; components only wire signals to it.

pub mod app;
pub mod components;
pub mod data;
pub mod pages;
pub mod paths;

pub use app::App;
