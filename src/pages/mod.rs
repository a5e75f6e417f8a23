//! One component per route.

mod article;
mod not_found;
mod search;

pub use article::ArticlePage;
pub use not_found::NotFound;
pub use search::SearchPage;

/// Sets the browser tab's title.
pub(crate) fn set_document_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}
