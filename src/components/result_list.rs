//! The page of results: one card per hit, grouped by month when sorted by
//! date (the chronological view).

use leptos::prelude::*;
use veille_core::months::group_by_month;
use veille_core::{Hit, Query, Results, Sort};

use super::{Highlighted, TagLinks};
use crate::i18n::I18n;
use crate::state::article_href;

/// Whether hits are in date order, so that month headings make sense.
fn chronological(q: &Query) -> bool {
    match q.sort {
        Sort::Newest | Sort::Oldest => true,
        Sort::Relevance => veille_core::query::parse::parse(&q.text).is_empty(),
    }
}

/// The hits of the current page. In date order they are grouped under month
/// headings, undated ones last under their own heading.
#[component]
pub fn ResultList(
    /// The current query.
    query: Memo<Query>,
    /// The current results.
    results: Memo<Results>,
) -> impl IntoView {
    let i18n = I18n::expect();
    move || {
        let q = query.get();
        let lang = i18n.lang();
        results.with(|r| {
            if r.hits.is_empty() {
                return view! { <p class="no-results" data-testid="no-results">{lang.t().no_results}</p> }
                    .into_any();
            }
            let card = |h: &Hit| view! { <ResultCard hit=h.clone() query=q.clone() /> };
            if !chronological(&q) {
                let cards = r.hits.iter().map(card).collect::<Vec<_>>();
                return view! { <ol class="hits" data-testid="hits">{cards}</ol> }.into_any();
            }
            let groups = group_by_month(&r.hits)
                .into_iter()
                .map(|g| {
                    let heading = match g.month {
                        Some((y, m)) => lang.month_year(y, m),
                        None => lang.t().undated.to_owned(),
                    };
                    let cards = r.hits[g.range].iter().map(card).collect::<Vec<_>>();
                    view! {
                        <li class="month-group">
                            <h3 class="month-heading" data-testid="month-heading">{heading}</h3>
                            <ol class="hits">{cards}</ol>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! { <ol class="month-groups" data-testid="hits">{groups}</ol> }.into_any()
        })
    }
}

/// One hit: title (matches marked) linking to the article, date, source,
/// snippet, tags (each a link adding that tag filter) and a thumbnail.
#[component]
fn ResultCard(hit: Hit, query: Query) -> impl IntoView {
    let i18n = I18n::expect();
    let lang = i18n.lang();
    let href = article_href(&hit.permalink, &query);
    let thumb = hit
        .image
        .clone()
        .map(|src| view! { <img class="thumb" src=src alt="" loading="lazy" decoding="async" /> });
    let date = hit
        .date
        .map(|d| view! { <time datetime=d.to_string()>{lang.date(d)}</time> });
    view! {
        <li class="hit" data-testid="hit">
            <div class="hit-text">
                <h2 class="hit-title">
                    <a href=href data-testid="hit-link">
                        <Highlighted text=hit.title.clone() spans=hit.title_matches.clone() />
                    </a>
                </h2>
                <p class="meta">
                    {date}
                    {hit.source.clone().map(|s| view! { <span class="source">{s}</span> })}
                </p>
                <p class="snippet">
                    <Highlighted text=hit.snippet.clone() spans=hit.snippet_matches.clone() />
                </p>
                <TagLinks tags=hit.tags.clone() base=query.clone() testid="hit-tags" />
            </div>
            {thumb}
        </li>
    }
}
