//! What the user sees when the articles cannot be loaded.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The errors caught by an error boundary, as sentences, with a retry button.
#[component]
pub fn LoadErrorView(
    /// The errors of the surrounding `ErrorBoundary`.
    errors: ArcRwSignal<Errors>,
    /// Called when the user asks to try again.
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = I18n::expect();
    // The error replaces any prerendered text: it must be seen.
    Effect::new(move |_| crate::prerender::release());
    let messages = move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|(_, e)| view! { <li>{e.to_string()}</li> })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="load-error" role="alert" data-testid="load-error">
            <h2>{move || i18n.t().load_failed}</h2>
            <ul>{messages}</ul>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {move || i18n.t().try_again}
            </button>
        </section>
    }
}
