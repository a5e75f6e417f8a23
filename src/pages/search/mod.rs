//! `/`: search, facets, timeline and results, all from the URL's query.

mod answer;

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{FacetKind, Results};

use super::set_document_title;
use crate::catalog::Catalog;
use crate::catch_up::follow_rest;
use crate::components::{
    ActiveFilters, FacetGroup, ListTools, LoadErrorView, Loaded, Pager, ResultList, SearchBox,
    Skeleton, SortControl, TimelineChart,
};
use crate::data::HeadResource;
use crate::i18n::I18n;
use crate::search_view::{follow_typed_text, SearchView};
use crate::state::use_query;
use answer::{filters_button_label, page_title, Answer, Parts, Phase};

/// The explorer's main page: shown from the precomputed first view as soon
/// as it arrives, searching once the index has.
#[component]
pub fn SearchPage() -> impl IntoView {
    let head = HeadResource::expect().0;
    view! { <Loaded resource=head render=|head| view! { <Explorer head /> } /> }
}

/// The explorer. Results are recomputed from the URL's query (and the text
/// being typed) on every change; only one page of hits is rendered.
#[component]
fn Explorer(
    /// The precomputed first view, if the site has one.
    head: Option<Arc<Results>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let catalog = Catalog::expect();
    let PageState { view, answer } = search_view(catalog, head);
    let SearchView {
        url_query,
        live_query,
        rest,
        ..
    } = view;
    // Back from an article returns to its card, once the cards are drawn.
    Effect::new(move |_| {
        let Some(point) = crate::return_point::remembered() else {
            return;
        };
        let found = rest.below.with(|r| {
            let paths: Vec<&str> = r.hits.iter().map(|h| h.permalink.as_str()).collect();
            url_query.with_untracked(|q| point.card_in(q, &paths))
        });
        if found.is_some() {
            let href = crate::paths::app_path(&point.path);
            crate::frames::after_next_paint(move || {
                if crate::return_point::return_to_card(&href) {
                    crate::return_point::forget();
                }
            });
        }
    });
    // Only a change of phase rebuilds the results section.
    let phase = Memo::new(move |_| answer.with(Answer::phase));
    let parts = Memo::new(move |_| Parts {
        phase: phase.get(),
        drawn: rest.drawn.get(),
        behind: rest.behind.get(),
        answered: rest.ready.get(),
    });
    // While typed text has yet to reach them, the pager, which would count
    // another search's pages under these results, waits for it, and the
    // facets and the timeline say that they are being updated. Each part is
    // built again only when whether it is shown changes.
    let pager_shown = Memo::new(move |_| parts.get().pager());
    let facets_shown = Memo::new(move |_| parts.get().facets());
    let busy = Memo::new(move |_| parts.get().busy());
    let busy = move || busy.get().then_some("true");
    let section = move || {
        match phase.get() {
        Phase::Loading => view! { <Skeleton /> }.into_any(),
        Phase::Failed => {
            let mut errors = Errors::default();
            if let Answer::Failed(e) = answer.get_untracked() {
                errors.insert_with_default_key(e);
            }
            view! { <LoadErrorView errors=ArcRwSignal::new(errors) on_retry=move || catalog.retry() /> }
                .into_any()
        }
        Phase::Ready => view! {
            <p id="result-count" class="result-count" role="status" aria-live="polite" data-testid="result-count">
                {move || i18n.lang().results(view.results_in_view.with(|r| r.total))}
            </p>
            // A query no article matched, relaxed by the engine: what it did.
            {move || view.results_in_view.with(|r| r.relaxed.as_ref().map(|x| i18n.lang().relaxed(x))).map(|note| view! {
                <p class="relaxed-note" data-testid="relaxed-note">{note}</p>
            })}
            <ResultList view />
            // With the cards below the first ones: it appears once, under
            // all of them, and a keystroke's frame leaves it alone but for
            // the first of a word, which hides it.
            {move || pager_shown.get().then(|| view! { <Pager query=rest.query results=rest.results /> })}
            <ListTools query=url_query />
        }
        .into_any(),
    }
    };
    Effect::new(move |_| {
        set_document_title(&url_query.with(|q| page_title(&q.text, &crate::site_name::site_name())))
    });
    // Its first view replaces the prerendered list of a page written by
    // `veille site`.
    Effect::new(move |_| crate::prerender::release());
    let filters_open = RwSignal::new(false);
    let french = crate::topic_labels::use_french_labels();
    let topic_values = move || {
        let lang = i18n.lang();
        french.with(|fr| {
            rest.results
                .with(|r| crate::topic_labels::localized(r.facets.topic.clone(), lang, fr))
        })
    };
    let facet = move |kind: FacetKind| {
        // A memo: the facet reads its values several times per change.
        let values = Memo::new(move |_| {
            // Topics with their labels in the reader's language.
            if kind == FacetKind::Topic {
                return topic_values();
            }
            rest.results.with(|r| match kind {
                FacetKind::Tag => r.facets.tag.clone(),
                FacetKind::Source => r.facets.source.clone(),
                FacetKind::Collection => r.facets.collection.clone(),
                FacetKind::Topic => r.facets.topic.clone(),
            })
        });
        let title = Signal::derive(move || {
            let t = i18n.t();
            match kind {
                FacetKind::Topic => t.topics,
                FacetKind::Tag => t.tags,
                FacetKind::Source => t.sources,
                FacetKind::Collection => t.collections,
            }
        });
        view! { <FacetGroup kind title values=values.into() query=rest.query /> }
    };
    let filter_count = move || live_query.with(|q| q.active_filters().len());
    view! {
        <div class="explorer">
            <h1 class="visually-hidden">{move || i18n.t().search_articles}</h1>
            <div class="search-row">
                <SearchBox view />
                <SortControl query=live_query />
                // Beside the sort on a phone (hidden on a wide screen, where
                // the facets are always shown), so that results come sooner.
                <button
                    type="button"
                    class="filters-toggle button"
                    aria-controls="facets"
                    aria-expanded=move || filters_open.get().to_string()
                    data-testid="filters-toggle"
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    {move || filters_button_label(i18n.t(), filter_count())}
                </button>
            </div>
            <TimelineChart view />
            <div class="explorer-body">
                <aside id="facets" class="facets" class:open=filters_open aria-label=move || i18n.t().filters aria-busy=busy>
                    // Once there are values to show, so that they do not
                    // grow from empty under the user's eyes.
                    {move || facets_shown.get().then(|| view! {
                        // Above the others; only when the corpus has topics.
                        <Show when=move || rest.results.with(|r| !r.facets.topic.is_empty())>
                            {facet(FacetKind::Topic)}
                        </Show>
                        {facet(FacetKind::Tag)}
                        {facet(FacetKind::Source)}
                        {facet(FacetKind::Collection)}
                    })}
                </aside>
                <section id="results" class="results" aria-labelledby="result-count" tabindex="-1">
                    <ActiveFilters query=live_query topics=Signal::derive(topic_values) />
                    {section}
                </section>
            </div>
        </div>
    }
}

/// The search page's state and its answer.
struct PageState {
    /// What the components read.
    view: SearchView,
    /// Where the results come from.
    answer: Memo<Answer>,
}

/// The search page's state over `catalog`, with `head` (the precomputed
/// first view, if any) while the index loads.
fn search_view(catalog: Catalog, head: Option<Arc<Results>>) -> PageState {
    let loaded = catalog.state();
    let url_query = use_query();
    let typed_text = RwSignal::new(None);
    let live_query = follow_typed_text(url_query, typed_text);
    // The engine fills in at once the hits of the cards the window shows,
    // which a keystroke's frame paints; the others of the page (most of a
    // search's time) when the rest of the page follows (`catch_up`). The
    // count is measured after the cards below are drawn, between
    // keystrokes: a new one searches again then, so that the cards in view
    // always have their hits.
    let cards_in_view = RwSignal::new(crate::components::fold::UNMEASURED);
    // A view the first view cannot show, or no first view, needs the index
    // now (see `demand`).
    let no_head = head.is_none();
    Effect::new(move |_| {
        if no_head || live_query.with(|q| *q != veille_core::Query::default()) {
            crate::demand::ask();
        }
    });
    // A phrase needs the rest of the index.
    Effect::new(move |_| {
        if let Some(Ok(engine)) = loaded.get() {
            if !live_query.with(|q| engine.answers(q)) {
                crate::demand::ask_rest();
            }
        }
    });
    let answer: Memo<Answer> = Memo::new(move |_| match loaded.get() {
        Some(Ok(engine)) => {
            let first = cards_in_view.get();
            live_query.with(|q| Answer::from_index(&engine, q, first))
        }
        Some(Err(e)) => Answer::Failed(e),
        None => live_query.with(|q| Answer::before_index(head.as_deref(), q)),
    });
    let results_in_view: Memo<Results> = Memo::new(move |_| answer.with(Answer::results));
    // The page's results with every hit filled in.
    let complete = move |r: Results| match loaded.try_get_untracked() {
        Some(Some(Ok(engine))) => answer.with_untracked(|a| a.complete(&engine, r)),
        _ => r,
    };
    let answered = Memo::new(move |_| answer.with(|a| a.phase() == Phase::Ready));
    let rest = follow_rest(live_query, url_query, results_in_view, answered, complete);
    PageState {
        view: SearchView {
            url_query,
            typed_text,
            live_query,
            results_in_view,
            cards_in_view,
            rest,
        },
        answer,
    }
}
