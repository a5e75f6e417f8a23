//! `/<collection>/<slug>`: one article, inside the results it was opened
//! from (the query string is the results' state).
//!
//! The page fetches the article's own file at once and shows it; it never
//! waits for the index. Only previous / next need the index, and fill in
//! when it arrives (see [`crate::components::ArticleNav`]). On a page
//! written by `veille site`, the prerendered text stays on screen until the
//! article replaces it (see [`crate::prerender`]).

mod phase;

pub use phase::ArticlePhase;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use veille_core::Query;

use super::{set_document_title, NotFound};
use crate::catalog::Catalog;
use crate::components::{ArticleView, LoadErrorView, Skeleton};
use crate::data::{article_url, load_article};
use crate::return_point::{remember, ReturnPoint};
use crate::state::use_query;

/// The article named by the route's collection and slug, fetched from its
/// own file, or [`NotFound`] when there is no such file.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query();
    let route = Memo::new(move |_| {
        params.with(|p| {
            (
                p.get("collection").unwrap_or_default(),
                p.get("slug").unwrap_or_default(),
            )
        })
    });
    // Back (the browser's or "Back to results") returns to this article's
    // card in the results it was opened from.
    Effect::new(move |_| {
        let (collection, slug) = route.get();
        let path = format!("/{collection}/{slug}");
        query.with(|q| remember(&ReturnPoint::new(q, &path)));
    });
    move || {
        let (collection, slug) = route.get();
        view! { <ArticleLoader url=article_url(&collection, &slug) query /> }
    }
}

/// Fetches one article's file and shows it, whatever the index is doing.
#[component]
fn ArticleLoader(url: String, query: Memo<Query>) -> impl IntoView {
    let file = LocalResource::new(move || load_article(url.clone()));
    let phase = Memo::new(move |_| ArticlePhase::of(file.get()));
    let index: Signal<_> = Catalog::expect().state().into();
    move || {
        let phase = phase.get();
        // Once something replaces it, after that something is mounted.
        let release = (!phase.keeps_prerender()).then(|| view! { <ReleasePrerender /> });
        let content = match phase {
            ArticlePhase::Loading => view! { <Skeleton /> }.into_any(),
            ArticlePhase::Ready(file) => {
                set_document_title(&crate::site_name::titled(&file.article.title));
                view! { <ArticleView file=*file index query=query.get() /> }.into_any()
            }
            ArticlePhase::NotFound => view! { <NotFound /> }.into_any(),
            ArticlePhase::Failed(e) => {
                let mut errors = Errors::default();
                errors.insert_with_default_key(e);
                view! { <LoadErrorView errors=ArcRwSignal::new(errors) on_retry=move || file.refetch() /> }
                .into_any()
            }
        };
        view! { {content} {release} }
    }
}

/// Lets the page's prerendered text go once the view before it is in the
/// document (an effect runs after its component is mounted, in the same
/// task, before the browser paints).
#[component]
pub fn ReleasePrerender() -> impl IntoView {
    Effect::new(move |_| crate::prerender::release());
}
