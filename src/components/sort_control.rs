//! Choosing the order of the results.

use leptos::prelude::*;
use veille_core::{Query, Sort};

use crate::i18n::I18n;
use crate::state::use_go;

/// A select of relevance, newest first, oldest first.
#[component]
pub fn SortControl(
    /// The current query.
    query: Memo<Query>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let go = use_go();
    let on_change = move |e: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.sort = Sort::parse(&event_target_value(&e)).unwrap_or_default();
        q.page = 1;
        go(&q, false);
    };
    let option = move |sort: Sort| {
        let t = i18n.t();
        let label = match sort {
            Sort::Relevance => t.sort_relevance,
            Sort::Newest => t.sort_newest,
            Sort::Oldest => t.sort_oldest,
        };
        view! {
            <option value=sort.as_str() selected=move || query.with(|q| q.sort == sort)>
                {label}
            </option>
        }
    };
    view! {
        <label class="sort-control">
            <span>{move || i18n.t().sort}</span>
            <select data-testid="sort" on:change=on_change prop:value=move || query.with(|q| q.sort.as_str())>
                {move || [Sort::Relevance, Sort::Newest, Sort::Oldest].map(option)}
            </select>
        </label>
    }
}
