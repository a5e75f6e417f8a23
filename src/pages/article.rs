//! `/<collection>/<slug>`: one article, inside the results it was opened
//! from (the query string is the results' state).

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{set_document_title, NotFound};
use crate::components::{ArticleView, BundleGate};
use crate::state::use_query;

/// The article named by the route's collection and slug, or [`NotFound`].
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query();
    view! {
        <BundleGate render=move |catalog| {
            let permalink = params.with(|p| {
                format!("/{}/{}", p.get("collection").unwrap_or_default(), p.get("slug").unwrap_or_default())
            });
            match catalog.engine.doc_of(&permalink).and_then(|doc| Some((doc, catalog.engine.article(doc)?))) {
                Some((doc, article)) => {
                    set_document_title(&format!("{} · Veille", article.title));
                    Either::Left(view! { <ArticleView article=article.clone() doc=doc as u32 query=query.get() /> })
                }
                None => Either::Right(view! { <NotFound /> }),
            }
        } />
    }
}
