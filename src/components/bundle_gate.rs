//! The one place pages wait for the articles.

use std::sync::Arc;

use leptos::prelude::*;

use super::LoadErrorView;
use crate::data::{Catalog, CatalogContext, CatalogResource};
use crate::i18n::I18n;

/// Renders `render` with the loaded catalog (also provided as
/// [`CatalogContext`]); a skeleton while it loads, and a readable error with
/// a retry button when it cannot be loaded.
#[component]
pub fn BundleGate<F, V>(
    /// Builds the view from the loaded catalog.
    render: F,
) -> impl IntoView
where
    F: Fn(Arc<Catalog>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let resource = CatalogResource::expect().0;
    let render = Arc::new(render);
    view! {
        <Transition fallback=Skeleton>
            <ErrorBoundary fallback=move |errors| {
                view! { <LoadErrorView errors on_retry=move || resource.refetch() /> }
            }>
                {move || {
                    let render = Arc::clone(&render);
                    Suspend::new(async move {
                        resource
                            .await
                            .map(|catalog| {
                                CatalogContext::provide(Arc::clone(&catalog));
                                render(catalog)
                            })
                    })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

/// Grey placeholder lines shown while the articles load.
#[component]
fn Skeleton() -> impl IntoView {
    let i18n = I18n::expect();
    view! {
        <div class="skeleton" data-testid="loading" aria-busy="true" role="status" aria-label=move || i18n.t().loading>
            <div class="skeleton-line"></div>
            <div class="skeleton-line short"></div>
            <div class="skeleton-line"></div>
        </div>
    }
}
