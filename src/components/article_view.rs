//! One article, in full, inside the results it was opened from.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{Article, Engine, Query};

use super::{ArticleNav, RelatedList, ShareButton, TagLinks};
use crate::i18n::I18n;
use crate::state::list_href;

/// The article's title (linked to its source), date, source, image and
/// credit, sanitized body, tags (each a link to the list filtered by it),
/// previous / next within the results, related articles, a share button,
/// and a way back to the results that keeps every filter.
#[component]
pub fn ArticleView(
    /// The engine over every article (for previous / next and related).
    engine: Arc<Engine>,
    /// The article to show.
    article: Article,
    /// Its index in the engine.
    doc: u32,
    /// The results state it was opened from (from the page's URL).
    query: Query,
) -> impl IntoView {
    let i18n = I18n::expect();
    let back_href = list_href(&query);
    let has_state = query != Query::default();
    let title = match article.source_url.clone() {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank" data-testid="source-link">
                {article.title.clone()}
            </a>
        }
        .into_any(),
        None => article.title.clone().into_any(),
    };
    let image = article
        .image_url
        .clone()
        .filter(|_| !article.image_in_body())
        .map(|src| {
            // Its box is laid out before it loads (see the style). An image
            // that cannot be loaded takes its figure and credit away rather
            // than leave an empty box.
            let failed = RwSignal::new(false);
            view! {
                <figure class="article-image" hidden=move || failed.get() data-testid="article-image">
                    <img src=src alt="" on:error=move |_| failed.set(true) />
                    {article.image_credit.clone().map(|c| view! { <figcaption>{c}</figcaption> })}
                </figure>
            }
        });
    let tags = article.tags.clone();
    let date = article.date;
    let host = article.source_host.clone();
    view! {
        <article class="article" data-testid="article">
            <nav class="article-top">
                <a href=back_href class="back-link" data-testid="back-link">
                    {move || {
                        let t = i18n.t();
                        format!("← {}", if has_state { t.back_to_results } else { t.all_articles })
                    }}
                </a>
                <ShareButton title=article.title.clone() />
            </nav>
            <h1 data-testid="article-title">{title}</h1>
            <p class="meta">
                {move || date.map(|d| view! { <time datetime=d.to_string()>{i18n.lang().date(d)}</time> })}
                {host.map(|h| view! { <span class="source">{h}</span> })}
            </p>
            {image}
            <div class="article-body" inner_html=article.body_html.clone()></div>
            {(!tags.is_empty()).then(|| view! { <TagLinks tags base=Query::default() testid="article-tags" /> })}
            <ArticleNav engine=Arc::clone(&engine) doc=doc query=query.clone() />
            <RelatedList engine doc=doc query=query />
        </article>
    }
}
