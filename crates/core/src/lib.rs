//! Veille's core: the plain types every other part of Veille agrees on.
//!
//! This crate does no IO. The native `veille` builder produces a [`Bundle`]
//! and writes it as JSON; the browser app reads that JSON back through
//! [`Bundle::from_json`]. Because both sides use these same types, the
//! bundle schema is written exactly once, here.

mod article;
mod bundle;
mod date;

pub use article::Article;
pub use bundle::{Bundle, BundleError, FORMAT_VERSION};
pub use date::{ArticleDate, DateParseError};
