//! A plain list of articles.

use leptos::prelude::*;
use leptos_router::components::A;
use veille_core::Article;

use super::date_label;

/// One line per article: its title (a link to its page), date and source.
#[component]
pub fn ArticleList(
    /// The articles, in the order to show them.
    articles: Vec<Article>,
) -> impl IntoView {
    let count = articles.len();
    let items = articles
        .into_iter()
        .map(|a| {
            let date = date_label(&a);
            let iso = a.date.map(|d| d.to_string());
            view! {
                <li class="article-item" data-testid="article-item">
                    <A href=a.permalink.clone() attr:class="article-link">
                        {a.title.clone()}
                    </A>
                    <p class="article-meta">
                        {date.map(|d| view! { <time datetime=iso>{d}</time> })}
                        {a.source_host.clone().map(|h| view! { <span class="source">{h}</span> })}
                    </p>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <p class="result-count" role="status">{format!("{count} articles")}</p>
        <ul class="article-list" data-testid="article-list">{items}</ul>
    }
}
