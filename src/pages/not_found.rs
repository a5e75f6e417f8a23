//! Shown for unknown paths and unknown articles.

use leptos::prelude::*;

use super::set_document_title;
use crate::i18n::I18n;
use crate::paths::app_path;

/// A page that says nothing is here, with a way to search.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = I18n::expect();
    Effect::new(move |_| set_document_title(&crate::site_name::titled(i18n.t().not_found_title)));
    // Its own text replaces any prerendered one.
    Effect::new(move |_| crate::prerender::release());
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>{move || i18n.t().not_found_title}</h1>
            <p>{move || i18n.t().not_found_text}</p>
            <a href=app_path("/")>{move || i18n.t().search_articles}</a>
        </section>
    }
}
