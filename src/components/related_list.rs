//! Articles related to one article, as its file lists them (the builder
//! found them by shared rare terms and tags; no index needed).

use leptos::prelude::*;
use veille_core::{Query, RelatedArticle};

use crate::i18n::I18n;
use crate::state::article_href;

/// The related articles, with their dates; nothing when none is related.
#[component]
pub fn RelatedList(
    /// The related articles, best first, from the article's file.
    related: Vec<RelatedArticle>,
    /// The results state, kept in the links so the way back still works.
    query: Query,
) -> impl IntoView {
    let i18n = I18n::expect();
    if related.is_empty() {
        return None;
    }
    let items = related
        .into_iter()
        .map(|r| {
            let href = article_href(&r.permalink, &query);
            let date = r.date;
            view! {
                <li>
                    <a href=href>{r.title}</a>
                    {move || date.map(|d| view! { <time datetime=d.to_string()>{i18n.lang().date(d)}</time> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    Some(view! {
        <section class="related" aria-labelledby="related-title" data-testid="related">
            <h2 id="related-title">{move || i18n.t().related}</h2>
            <ul>{items}</ul>
        </section>
    })
}
