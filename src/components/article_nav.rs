//! Previous and next articles within the results an article was opened from.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{Engine, Query};

use crate::i18n::I18n;
use crate::messages::fill;
use crate::state::article_href;

/// "Result 3 of 120" with links to the previous and next results; nothing
/// when the article is not among the results.
#[component]
pub fn ArticleNav(
    /// The engine over every article.
    engine: Arc<Engine>,
    /// The article's index in the engine.
    doc: u32,
    /// The results state it was opened from.
    query: Query,
) -> impl IntoView {
    let i18n = I18n::expect();
    let n = engine.neighbours(&query, doc);
    let (position, total) = n.position?;
    let link = |side: Option<(veille_core::Hit, u32)>, rel: &'static str| {
        side.map(|(hit, page)| {
            let mut q = query.clone();
            q.page = page;
            let href = article_href(&hit.permalink, &q);
            let label = move || {
                let t = i18n.t();
                if rel == "prev" { t.previous_article } else { t.next_article }
            };
            view! {
                <a href=href rel=rel class=format!("article-{rel}") data-testid=format!("article-{rel}")>
                    <span class="nav-label">{label}</span>
                    <span class="nav-title">{hit.title}</span>
                </a>
            }
        })
    };
    let prev = link(n.prev, "prev");
    let next = link(n.next, "next");
    Some(view! {
        <nav class="article-nav" aria-label=move || i18n.t().results_list data-testid="article-nav">
            <p class="position">
                {move || {
                    let lang = i18n.lang();
                    fill(lang.t().result_position, &[&lang.number(position), &lang.number(total)])
                }}
            </p>
            <div class="article-nav-links">{prev}{next}</div>
        </nav>
    })
}
