//! `/<collection>/<slug>`: one article, inside the results it was opened
//! from (the query string is the results' state).

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use veille_core::{Engine, Query};

use super::{set_document_title, NotFound};
use crate::components::{ArticleView, CatalogGate, Loaded};
use crate::data::{article_url, load_article};
use crate::state::use_query;

/// The article named by the route's collection and slug (known from the
/// index, then fetched from its own file), or [`NotFound`].
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query();
    view! {
        <CatalogGate render=move |engine| {
            let (collection, slug) = params
                .with(|p| (p.get("collection").unwrap_or_default(), p.get("slug").unwrap_or_default()));
            match engine.doc_of(&veille_core::site::permalink(&collection, &slug)) {
                Some(doc) => Either::Left(view! {
                    <ArticleLoader engine=Arc::clone(&engine) doc=doc as u32 url=article_url(&collection, &slug) query=query.get() />
                }),
                None => Either::Right(view! { <NotFound /> }),
            }
        } />
    }
}

/// Fetches one article's file and shows it.
#[component]
fn ArticleLoader(engine: Arc<Engine>, doc: u32, url: String, query: Query) -> impl IntoView {
    let article = LocalResource::new(move || load_article(url.clone()));
    let show = move |article: veille_core::Article| {
        set_document_title(&format!("{} · Veille", article.title));
        view! { <ArticleView engine=Arc::clone(&engine) article doc query=query.clone() /> }
    };
    view! { <Loaded resource=article render=show /> }
}
