//! Articles related to one article, by shared rare terms and tags.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{Engine, Query};

use crate::i18n::I18n;
use crate::state::article_href;

/// How many related articles to list.
pub const RELATED: usize = 5;

/// The top related articles, with their dates; nothing when none is related.
#[component]
pub fn RelatedList(
    /// The engine over every article.
    engine: Arc<Engine>,
    /// The article's index in the engine.
    doc: u32,
    /// The results state, kept in the links so the way back still works.
    query: Query,
) -> impl IntoView {
    let i18n = I18n::expect();
    let related = engine.related(doc as usize, RELATED);
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
