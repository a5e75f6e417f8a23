//! What the user sees when the articles cannot be loaded.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The errors caught by an error boundary, said to the reader in a short
/// sentence of their language with a retry button; the details (URLs,
/// statuses, the browser's or the decoder's words) go to the console, for
/// whoever maintains the site.
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
    Effect::new(move |_| {
        errors.with(|errors| {
            for (_, e) in errors.iter() {
                leptos::logging::error!("Veille: {e}");
            }
        })
    });
    view! {
        <section class="load-error" role="alert" data-testid="load-error">
            <h2>{move || i18n.t().load_failed}</h2>
            <p>{move || i18n.t().load_failed_hint}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {move || i18n.t().try_again}
            </button>
        </section>
    }
}
