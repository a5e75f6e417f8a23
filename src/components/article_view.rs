//! One article, in full.

use leptos::prelude::*;
use leptos_router::components::A;
use veille_core::Article;

use super::date_label;

/// The article's title (linked to its source), date, source, image and
/// credit, body and tags. The body is the builder's sanitized HTML.
#[component]
pub fn ArticleView(
    /// The article to show.
    article: Article,
) -> impl IntoView {
    let date = date_label(&article);
    let iso = article.date.map(|d| d.to_string());
    let title = match article.source_url.clone() {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank">{article.title.clone()}</a>
        }
        .into_any(),
        None => article.title.clone().into_any(),
    };
    let image = article
        .image_url
        .clone()
        .filter(|_| !article.image_in_body())
        .map(|src| {
            view! {
                <figure class="article-image">
                    <img src=src alt="" loading="lazy" />
                    {article.image_credit.clone().map(|c| view! { <figcaption>{c}</figcaption> })}
                </figure>
            }
        });
    let tags = article
        .tags
        .iter()
        .map(|t| view! { <li class="tag">{t.clone()}</li> })
        .collect::<Vec<_>>();
    view! {
        <article class="article" data-testid="article">
            <A href="/" attr:class="back-link">
                "← All articles"
            </A>
            <h1 data-testid="article-title">{title}</h1>
            <p class="article-meta">
                {date.map(|d| view! { <time datetime=iso>{d}</time> })}
                {article.source_host.clone().map(|h| view! { <span class="source">{h}</span> })}
            </p>
            {image}
            <div class="article-body" inner_html=article.body_html.clone()></div>
            <ul class="tags" aria-label="Tags">{tags}</ul>
        </article>
    }
}
