//! One facet (tags, sources or collections): its values with counts,
//! multi-select, a filter box when the list is long, show more / fewer.

use leptos::prelude::*;
use veille_core::fold;
use veille_core::{FacetKind, FacetValue, Query};

use crate::i18n::I18n;
use crate::messages::fill;
use crate::state::use_go;

/// Values shown before "Show all".
pub const SHORT_LIST: usize = 8;

/// The values to list: those matching `filter` (folded, anywhere in what
/// the value reads as: a topic's label) when there is one, else the first [`SHORT_LIST`] or all of them;
/// selected values are always listed.
pub fn visible_values(values: &[FacetValue], filter: &str, expanded: bool) -> Vec<FacetValue> {
    let needle = fold(filter.trim());
    values
        .iter()
        .enumerate()
        .filter(|(i, v)| {
            v.selected
                || if needle.is_empty() {
                    expanded || *i < SHORT_LIST
                } else {
                    fold(v.shown()).contains(&needle)
                }
        })
        .map(|(_, v)| v.clone())
        .collect()
}

/// A facet as a group of checkboxes. Choosing a value adds a history entry.
#[component]
pub fn FacetGroup(
    /// Which facet.
    kind: FacetKind,
    /// Its heading.
    title: Signal<&'static str>,
    /// Its values with counts, from the engine.
    values: Signal<Vec<FacetValue>>,
    /// The current query.
    query: Memo<Query>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let go = use_go();
    let filter = RwSignal::new(String::new());
    let expanded = RwSignal::new(false);
    let long = move || values.with(|v| v.len() > SHORT_LIST);
    let id = format!("facet-{}-title", kind.key());
    let labelled_by = id.clone();
    let list = move || {
        let go = go.clone();
        let lang = i18n.lang();
        let shown = values.with(|v| visible_values(v, &filter.get(), expanded.get()));
        if shown.is_empty() {
            return view! { <p class="facet-empty">{lang.t().no_value}</p> }.into_any();
        }
        let items = shown
            .into_iter()
            .map(|v| {
                let go = go.clone();
                let value = v.value.to_string();
                let toggle = move |_| {
                    let mut q = query.get_untracked();
                    q.toggle(kind, &value);
                    go(&q, false);
                };
                view! {
                    <li class:zero=v.count == 0>
                        <label>
                            <input type="checkbox" prop:checked=v.selected on:change=toggle />
                            <span class="facet-value">{with_break_points(v.shown())}</span>
                            <span class="count">{lang.number(v.count)}</span>
                        </label>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <ul class="facet-values">{items}</ul> }.into_any()
    };
    view! {
        <section class="facet" aria-labelledby=labelled_by data-testid=format!("facet-{}", kind.key())>
            <h3 id=id>{move || title.get()}</h3>
            <Show when=long>
                <input
                    type="search"
                    class="facet-filter"
                    placeholder=move || fill(i18n.t().filter_values, &[&title.get().to_lowercase()])
                    aria-label=move || fill(i18n.t().filter_values, &[&title.get().to_lowercase()])
                    prop:value=move || filter.get()
                    on:input=move |e| filter.set(event_target_value(&e))
                />
            </Show>
            {list}
            <Show when=move || long() && filter.with(String::is_empty)>
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || {
                        if expanded.get() {
                            i18n.t().show_less.to_owned()
                        } else {
                            fill(i18n.t().show_more, &[&i18n.lang().number(values.with(Vec::len))])
                        }
                    }}
                </button>
            </Show>
        </section>
    }
}

/// A facet value with a line-break opportunity (`<wbr>`) after each dot, so
/// that a long host name (`interventionalnews.com`) wraps between its parts,
/// never inside a word.
fn with_break_points(value: &str) -> impl IntoView {
    let mut pieces: Vec<String> = value.split_inclusive('.').map(str::to_owned).collect();
    let last = pieces.pop().unwrap_or_default();
    view! {
        {pieces.into_iter().map(|p| view! { {p}<wbr /> }).collect_view()}
        {last}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(v: &str, count: usize, selected: bool) -> FacetValue {
        FacetValue {
            value: v.into(),
            count,
            selected,
            label: None,
        }
    }

    #[test]
    fn a_long_facet_lists_eight_values_plus_the_selected_ones_and_its_filter_ignores_accents_and_case(
    ) {
        let mut values: Vec<_> = (0..12)
            .map(|i| value(&format!("tag {i}"), 20 - i, false))
            .collect();
        values.push(value("Étude clinique", 0, true));
        values.push(value("Cardiologie", 1, false));
        let names = |v: Vec<FacetValue>| {
            v.into_iter()
                .map(|v| v.value.to_string())
                .collect::<Vec<_>>()
        };
        let short = names(visible_values(&values, "", false));
        assert_eq!(short.len(), 9);
        assert_eq!(short.last().map(String::as_str), Some("Étude clinique"));
        assert_eq!(names(visible_values(&values, "", true)).len(), 14);
        assert_eq!(
            names(visible_values(&values, " ETUDE ", false)),
            ["Étude clinique"]
        );
        assert_eq!(
            names(visible_values(&values, "cardio", false)),
            ["Étude clinique", "Cardiologie"]
        );
    }

    #[test]
    fn a_topic_is_filtered_by_its_label_not_its_id() {
        let mut tavi = value("tavi", 3, false);
        tavi.label = Some("transcatheter aortic valve implantation (TAVI)".into());
        let values = vec![tavi, value("pe", 2, false)];
        let found = visible_values(&values, "aortic", false);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value.as_ref(), "tavi");
    }
}
