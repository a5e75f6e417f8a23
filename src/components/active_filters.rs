//! The filters in effect as removable chips, and "Clear all".

use leptos::prelude::*;
use veille_core::{ActiveFilter, FacetKind, FacetValue, Query};

use crate::i18n::{I18n, Lang};
use crate::messages::fill;
use crate::state::use_go;

/// How a filter reads on its chip; a topic by its label in `topics` (the
/// Topics facet's values), else its id.
pub fn chip_label(lang: Lang, filter: &ActiveFilter, topics: &[FacetValue]) -> String {
    let t = lang.t();
    match filter {
        ActiveFilter::Facet(FacetKind::Topic, id) => topics
            .iter()
            .find(|v| *v.value == **id)
            .map_or_else(|| id.clone(), |v| v.shown().to_owned()),
        ActiveFilter::Facet(_, value) => value.clone(),
        ActiveFilter::Year(y) => format!("{} {y}", t.year),
        ActiveFilter::Range(from, to) => {
            let day = |d: &veille_core::ArticleDate| lang.date(*d);
            match (from, to) {
                (Some(f), Some(t2)) => format!("{} {} {} {}", t.from, day(f), t.to, day(t2)),
                (Some(f), None) => format!("{} {}", t.from, day(f)),
                (None, Some(t2)) => format!("{} {}", t.to, day(t2)),
                (None, None) => String::new(),
            }
        }
    }
}

/// Chips for each active filter (each removes its filter) and a button that
/// removes them all; nothing when no filter is on.
#[component]
pub fn ActiveFilters(
    /// The current query.
    query: Memo<Query>,
    /// The Topics facet's values, for the topics' labels.
    #[prop(into)]
    topics: Signal<Vec<FacetValue>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let go = use_go();
    // Only a change of filters rebuilds the chips, not each keystroke.
    let filters = Memo::new(move |_| query.with(Query::active_filters));
    move || {
        let filters = filters.get();
        if filters.is_empty() {
            return None;
        }
        let lang = i18n.lang();
        let t = lang.t();
        let chips = filters
            .into_iter()
            .map(|f| {
                let go = go.clone();
                let label = topics.with(|topics| chip_label(lang, &f, topics));
                let remove = move |_| {
                    let mut q = query.get_untracked();
                    q.remove(&f);
                    go(&q, false);
                };
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=fill(t.remove_filter, &[&label]) on:click=remove>
                            <span>{label.clone()}</span>
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let go = go.clone();
        let clear = move |_| {
            let mut q = query.get_untracked();
            q.clear_filters();
            go(&q, false);
        };
        Some(view! {
            <div class="active-filters" data-testid="active-filters">
                <ul aria-label=t.active_filters>{chips}</ul>
                <button type="button" class="link-button" data-testid="clear-filters" on:click=clear>
                    {t.clear_all}
                </button>
            </div>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chips_read_as_the_filter_in_the_ui_language() {
        let q = Query::from_query_string("tag=TAVR&year=2023&from=2023-12-01&to=2023-12-31");
        let f = q.active_filters();
        assert_eq!(f[0], ActiveFilter::Facet(FacetKind::Tag, "TAVR".into()));
        assert_eq!(chip_label(Lang::En, &f[0], &[]), "TAVR");
        assert_eq!(chip_label(Lang::Fr, &f[1], &[]), "Année 2023");
        assert_eq!(
            chip_label(Lang::Fr, &f[2], &[]),
            "du 1 décembre 2023 au 31 décembre 2023"
        );
        assert_eq!(
            chip_label(Lang::En, &f[2], &[]),
            "from 1 December 2023 to 31 December 2023"
        );
    }

    #[test]
    fn a_topic_chip_reads_as_its_label() {
        let f = ActiveFilter::Facet(FacetKind::Topic, "pe".into());
        let topics = [FacetValue {
            value: "pe".into(),
            count: 3,
            selected: true,
            label: Some("pulmonary embolism (PE)".into()),
        }];
        assert_eq!(chip_label(Lang::En, &f, &topics), "pulmonary embolism (PE)");
        assert_eq!(chip_label(Lang::En, &f, &[]), "pe");
    }
}
