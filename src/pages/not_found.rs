//! Shown for unknown paths and unknown articles.

use leptos::prelude::*;
use leptos_router::components::A;

use super::home::set_document_title;

/// A page that says nothing is here, with a way back to the articles.
#[component]
pub fn NotFound() -> impl IntoView {
    set_document_title("Not found · Veille");
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>"Page not found"</h1>
            <p>"There is no article at this address. It may have been renamed or removed."</p>
            <A href="/">"Browse all articles"</A>
        </section>
    }
}
