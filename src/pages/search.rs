//! `/`: search, facets, timeline and results, all from the URL's query.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{FacetKind, Results};

use super::set_document_title;
use crate::components::{
    ActiveFilters, BundleGate, FacetGroup, Pager, ResultList, SearchBox, SortControl, TimelineChart,
};
use crate::data::Catalog;
use crate::i18n::I18n;
use crate::state::{use_query, LiveText};

/// The explorer's main page.
#[component]
pub fn SearchPage() -> impl IntoView {
    view! { <BundleGate render=|catalog| view! { <Explorer catalog /> } /> }
}

/// The explorer over a loaded catalog. Results are recomputed from the URL's
/// query on every change; only one page of hits is rendered.
#[component]
fn Explorer(catalog: Arc<Catalog>) -> impl IntoView {
    let i18n = I18n::expect();
    let url_query = use_query();
    let live = LiveText::new();
    let query = live.effective(url_query);
    let results: Memo<Results> = {
        let catalog = Arc::clone(&catalog);
        Memo::new(move |_| query.with(|q| catalog.engine.search(q)))
    };
    Effect::new(move |_| {
        let text = url_query.with(|q| q.text.trim().to_owned());
        if text.is_empty() {
            set_document_title("Veille");
        } else {
            set_document_title(&format!("{text} · Veille"));
        }
    });
    let filters_open = RwSignal::new(false);
    let facet = move |kind: FacetKind| {
        let values = Signal::derive(move || {
            results.with(|r| match kind {
                FacetKind::Tag => r.facets.tag.clone(),
                FacetKind::Source => r.facets.source.clone(),
                FacetKind::Collection => r.facets.collection.clone(),
            })
        });
        let title = Signal::derive(move || {
            let t = i18n.t();
            match kind {
                FacetKind::Tag => t.tags,
                FacetKind::Source => t.sources,
                FacetKind::Collection => t.collections,
            }
        });
        view! { <FacetGroup kind title values query /> }
    };
    let filter_count = move || query.with(|q| q.active_filters().len());
    view! {
        <div class="explorer">
            <h1 class="visually-hidden">{move || i18n.t().search_articles}</h1>
            <div class="search-row">
                <SearchBox url_query live />
                <SortControl query />
            </div>
            <TimelineChart query results />
            <div class="explorer-body">
                <button
                    type="button"
                    class="filters-toggle button"
                    aria-controls="facets"
                    aria-expanded=move || filters_open.get().to_string()
                    data-testid="filters-toggle"
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    {move || match filter_count() {
                        0 => i18n.t().filters.to_owned(),
                        n => format!("{} ({n})", i18n.t().filters),
                    }}
                </button>
                <aside id="facets" class="facets" class:open=filters_open aria-label=move || i18n.t().filters>
                    {facet(FacetKind::Tag)}
                    {facet(FacetKind::Source)}
                    {facet(FacetKind::Collection)}
                </aside>
                <section id="results" class="results" aria-labelledby="result-count" tabindex="-1">
                    <ActiveFilters query />
                    <p id="result-count" class="result-count" role="status" aria-live="polite" data-testid="result-count">
                        {move || i18n.lang().results(results.with(|r| r.total))}
                    </p>
                    <ResultList catalog query results />
                    <Pager query results />
                </section>
            </div>
        </div>
    }
}
