//! The one pattern pages wait with: a `LocalResource` under `Transition`
//! and `ErrorBoundary`, a skeleton while loading, a readable error with a
//! retry button when loading fails.

use std::sync::Arc;

use leptos::prelude::*;

use super::LoadErrorView;
use crate::data::LoadError;
use crate::i18n::I18n;

/// Renders `render` with the value of `resource` once loaded.
#[component]
pub fn Loaded<T, F, V>(
    /// What to wait for.
    resource: LocalResource<Result<T, LoadError>>,
    /// Builds the view from the loaded value.
    render: F,
) -> impl IntoView
where
    T: Clone + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let render = Arc::new(render);
    view! {
        <Transition fallback=Skeleton>
            <ErrorBoundary fallback=move |errors| {
                view! { <LoadErrorView errors on_retry=move || resource.refetch() /> }
            }>
                {move || {
                    let render = Arc::clone(&render);
                    Suspend::new(async move { resource.await.map(|value| render(value)) })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

/// Grey placeholder lines shown while loading, and a status saying so to
/// assistive technology.
#[component]
pub fn Skeleton() -> impl IntoView {
    let i18n = I18n::expect();
    view! {
        <div class="skeleton" data-testid="loading" aria-busy="true" role="status" aria-label=move || i18n.t().loading>
            <span class="visually-hidden">{move || i18n.t().loading}</span>
            <div class="skeleton-line"></div>
            <div class="skeleton-line short"></div>
            <div class="skeleton-line"></div>
        </div>
    }
}
