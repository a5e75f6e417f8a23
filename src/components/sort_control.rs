//! Choosing the order of the results.

use leptos::prelude::*;
use veille_core::{Query, Sort};

use crate::i18n::I18n;
use crate::state::use_go;

/// The order the list is in, as the control shows it: without search words
/// every article is as relevant as the next and relevance orders them newest
/// first, so the control says so.
pub fn shown_sort(q: &Query) -> Sort {
    match q.sort {
        Sort::Relevance if !has_words(q) => Sort::Newest,
        sort => sort,
    }
}

/// Whether the query has search words (relevance means something).
fn has_words(q: &Query) -> bool {
    !q.text.trim().is_empty()
}

/// A select of relevance, newest first, oldest first. Without search words
/// it shows the order the list is in (newest first) and relevance cannot be
/// chosen.
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
            <option
                value=sort.as_str()
                selected=move || query.with(|q| shown_sort(q) == sort)
                disabled=move || sort == Sort::Relevance && query.with(|q| !has_words(q))
            >
                {label}
            </option>
        }
    };
    view! {
        <label class="sort-control">
            <span>{move || i18n.t().sort}</span>
            <select data-testid="sort" on:change=on_change prop:value=move || query.with(|q| shown_sort(q).as_str())>
                {move || [Sort::Relevance, Sort::Newest, Sort::Oldest].map(option)}
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_search_words_the_list_is_shown_as_newest_first() {
        let mut q = Query::default();
        assert_eq!(shown_sort(&q), Sort::Newest);
        q.text = "stent".into();
        assert_eq!(shown_sort(&q), Sort::Relevance);
        q.sort = Sort::Oldest;
        assert_eq!(shown_sort(&q), Sort::Oldest);
    }
}
