//! The one place pages wait for the bundle.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::Bundle;

use super::LoadErrorView;
use crate::data::BundleResource;

/// Renders `render` with the loaded bundle; a skeleton while it loads, and a
/// readable error with a retry button when it cannot be loaded.
#[component]
pub fn BundleGate<F, V>(
    /// Builds the view from the loaded bundle.
    render: F,
) -> impl IntoView
where
    F: Fn(Arc<Bundle>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let resource = BundleResource::expect().0;
    let render = Arc::new(render);
    view! {
        <Transition fallback=Skeleton>
            <ErrorBoundary fallback=move |errors| {
                view! { <LoadErrorView errors on_retry=move || resource.refetch() /> }
            }>
                {move || {
                    let render = Arc::clone(&render);
                    Suspend::new(async move { resource.await.map(|bundle| render(bundle)) })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

/// Grey placeholder lines shown while the bundle loads.
#[component]
fn Skeleton() -> impl IntoView {
    view! {
        <div class="skeleton" data-testid="loading" aria-busy="true" aria-label="Loading articles">
            <div class="skeleton-line"></div>
            <div class="skeleton-line short"></div>
            <div class="skeleton-line"></div>
        </div>
    }
}
