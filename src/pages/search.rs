//! `/`: search, facets, timeline and results, all from the URL's query.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::MoreHits;
use veille_core::{FacetKind, Query, Results};

use super::set_document_title;
use crate::catch_up::{follow_later, Later};
use crate::components::{
    ActiveFilters, FacetGroup, LoadErrorView, Loaded, Pager, ResultList, SearchBox, Skeleton,
    SortControl, TimelineChart,
};
use crate::data::{CatalogResource, CatalogState, HeadResource, LoadError};
use crate::i18n::I18n;
use crate::state::{use_query, LiveText};

/// The explorer's main page: shown from the precomputed first view as soon
/// as it arrives, searching once the index has.
#[component]
pub fn SearchPage() -> impl IntoView {
    let head = HeadResource::expect().0;
    view! { <Loaded resource=head render=|head| view! { <Explorer head /> } /> }
}

/// Where the page's results come from.
#[derive(Clone, Debug, PartialEq)]
enum Answer {
    /// Neither the index nor (for this query) the first view is there yet.
    Loading,
    /// The index could not be loaded.
    Failed(LoadError),
    /// Results, from the engine or, for the default query while the index
    /// loads, from the first view: the hits of the cards in view, and the
    /// others of the page to fill in once they are painted.
    Ready(Box<Results>, MoreHits),
}

/// Which of [`Answer`]'s cases the page is in, without its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Loading,
    Failed,
    Ready,
}

impl Answer {
    fn phase(&self) -> Phase {
        match self {
            Answer::Loading => Phase::Loading,
            Answer::Failed(_) => Phase::Failed,
            Answer::Ready(..) => Phase::Ready,
        }
    }
}

/// The explorer. Results are recomputed from the URL's query (and the text
/// being typed) on every change; only one page of hits is rendered.
#[component]
fn Explorer(
    /// The precomputed first view, if the site has one.
    head: Option<Arc<Results>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let catalog = CatalogResource::expect().0;
    let loaded = CatalogState::expect().0;
    let url_query = use_query();
    let live = LiveText::new();
    let query = live.effective(url_query);
    // The engine fills in at once the hits of the cards the window shows,
    // which a keystroke's frame paints; the others of the page (most of a
    // search's time) when the rest of the page follows (`catch_up`). The
    // count is measured after the cards below are drawn, between
    // keystrokes: a new one searches again then, so that the cards in view
    // always have their hits.
    let cards_in_view = RwSignal::new(crate::components::fold::UNMEASURED);
    let answer: Memo<Answer> = Memo::new(move |_| match loaded.get() {
        Some(Ok(c)) => {
            let first = cards_in_view.get();
            let (results, more) = query.with(|q| c.engine.search_first(q, first));
            Answer::Ready(Box::new(results), more)
        }
        Some(Err(e)) => Answer::Failed(e),
        None => match head.as_deref() {
            Some(h) if query.with(|q| *q == Query::default()) => {
                Answer::Ready(Box::new(h.clone()), MoreHits::default())
            }
            _ => Answer::Loading,
        },
    });
    let results: Memo<Results> = Memo::new(move |_| {
        answer.with(|a| match a {
            Answer::Ready(r, _) => Results::clone(r),
            _ => Results::default(),
        })
    });
    // The page's results with every hit filled in.
    let complete = move |mut r: Results| {
        answer.with_untracked(|a| {
            if let (Answer::Ready(_, more), Some(Some(Ok(c)))) = (a, loaded.try_get_untracked()) {
                r.hits.extend(c.engine.more_hits(more));
            }
        });
        r
    };
    let Later {
        query: side_query,
        results: side_results,
        below: later,
        ready,
        behind,
    } = follow_later(query, url_query, results, complete);
    // While typed text has yet to reach them, the pager, which would count
    // another search's pages under these results, waits for it, and the
    // facets and the timeline say that they are being updated.
    let busy = move || behind.get().then_some("true");
    // Only a change of phase rebuilds the results section.
    let phase = Memo::new(move |_| answer.with(Answer::phase));
    let section = move || {
        match phase.get() {
        Phase::Loading => view! { <Skeleton /> }.into_any(),
        Phase::Failed => {
            let mut errors = Errors::default();
            if let Answer::Failed(e) = answer.get_untracked() {
                errors.insert_with_default_key(e);
            }
            view! { <LoadErrorView errors=ArcRwSignal::new(errors) on_retry=move || catalog.refetch() /> }
                .into_any()
        }
        Phase::Ready => view! {
            <p id="result-count" class="result-count" role="status" aria-live="polite" data-testid="result-count">
                {move || i18n.lang().results(results.with(|r| r.total))}
            </p>
            <ResultList query link_query=url_query results later later_query=side_query cards_in_view />
            // With the cards below the first ones: it appears once, under
            // all of them, and a keystroke's frame leaves it alone but for
            // the first of a word, which hides it.
            {move || (ready.get() && !behind.get()).then(|| view! { <Pager query=side_query results=side_results /> })}
        }
        .into_any(),
    }
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
        // A memo: the facet reads its values several times per change.
        let values = Memo::new(move |_| {
            side_results.with(|r| match kind {
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
        view! { <FacetGroup kind title values=values.into() query=side_query /> }
    };
    let filter_count = move || query.with(|q| q.active_filters().len());
    view! {
        <div class="explorer">
            <h1 class="visually-hidden">{move || i18n.t().search_articles}</h1>
            <div class="search-row">
                <SearchBox url_query live />
                <SortControl query />
            </div>
            <TimelineChart query=side_query results=side_results drawn=ready busy=behind />
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
                <aside id="facets" class="facets" class:open=filters_open aria-label=move || i18n.t().filters aria-busy=busy>
                    // Once there are values to show, so that they do not
                    // grow from empty under the user's eyes.
                    {move || (ready.get() && phase.get() == Phase::Ready).then(|| view! {
                        {facet(FacetKind::Tag)}
                        {facet(FacetKind::Source)}
                        {facet(FacetKind::Collection)}
                    })}
                </aside>
                <section id="results" class="results" aria-labelledby="result-count" tabindex="-1">
                    <ActiveFilters query />
                    {section}
                </section>
            </div>
        </div>
    }
}
