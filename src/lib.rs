//! Veille's explorer, a Leptos client-side app.
//!
//! The app loads the articles once (see [`data`]), keeps its whole state in
//! the URL (see [`state`]), and renders pages from the engine's answers.
//! Logic lives in `veille-core`; components only wire signals to it.

pub mod app;
pub mod catalog;
pub mod catch_up;
pub mod components;
pub mod data;
pub mod demand;
pub mod frames;
pub mod i18n;
pub mod last_visit;
pub mod messages;
pub mod pages;
pub mod paths;
pub mod prefs;
pub mod prerender;
pub mod return_point;
pub mod search_view;
pub mod site_name;
pub mod state;
pub mod theme;
pub mod topic_labels;

pub use app::App;
