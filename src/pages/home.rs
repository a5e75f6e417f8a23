//! `/`: every article, newest first.

use leptos::prelude::*;

use crate::components::{ArticleList, BundleGate};

/// The list of all articles in the bundle.
#[component]
pub fn HomePage() -> impl IntoView {
    set_document_title("Veille");
    view! {
        <h1 class="page-title">"Articles"</h1>
        <BundleGate render=|bundle| view! { <ArticleList articles=bundle.articles.clone() /> } />
    }
}

/// Sets the browser tab's title.
pub(crate) fn set_document_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}
