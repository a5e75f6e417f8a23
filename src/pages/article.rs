//! `/<collection>/<slug>`: one article.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::home::set_document_title;
use super::NotFound;
use crate::components::{ArticleView, BundleGate};

/// The article named by the route's collection and slug, or [`NotFound`].
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    view! {
        <BundleGate render=move |bundle| {
            let (collection, slug) = params
                .with(|p| (p.get("collection").unwrap_or_default(), p.get("slug").unwrap_or_default()));
            match bundle.find(&collection, &slug) {
                Some(article) => {
                    set_document_title(&format!("{} · Veille", article.title));
                    Either::Left(view! { <ArticleView article=article.clone() /> })
                }
                None => Either::Right(view! { <NotFound /> }),
            }
        } />
    }
}
