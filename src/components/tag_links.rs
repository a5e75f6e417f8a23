//! Tags and topics as links to the list filtered by each.

use leptos::prelude::*;
use veille_core::{ArticleTopic, FacetKind, Query};

use crate::i18n::I18n;
use crate::state::list_href;

/// The list at `base` with `value` of facet `kind` selected too.
pub fn filtered_href(base: &Query, kind: FacetKind, value: &str) -> String {
    let mut q = base.clone();
    if !q.is_selected(kind, value) {
        q.toggle(kind, value);
    }
    list_href(&q)
}

/// Links to `base` filtered by each value, `(value, what it reads as)`,
/// padded with hidden empty items up to `keep` (see [`TagLinks`]).
fn links(kind: FacetKind, items: Vec<(String, String)>, base: &Query, keep: usize) -> Vec<AnyView> {
    let padding = keep.saturating_sub(items.len());
    items
        .into_iter()
        .map(Some)
        .chain(std::iter::repeat_n(None, padding))
        .map(|item| {
            let href = item.as_ref().map(|(v, _)| filtered_href(base, kind, v));
            let hidden = item.is_none();
            let class = match kind {
                FacetKind::Topic => "tag topic",
                _ => "tag",
            };
            view! {
                <li hidden=hidden>
                    <a href=href class=class>
                        {item.map(|(_, label)| label).unwrap_or_default()}
                    </a>
                </li>
            }
            .into_any()
        })
        .collect()
}

/// One link per tag, to the results of `base` with that tag selected too.
#[component]
pub fn TagLinks(
    /// The tags, in the article's order.
    tags: Vec<String>,
    /// The query each link adds its tag to.
    base: Query,
    /// The list's test id.
    #[prop(into)]
    testid: String,
    /// How many items the list keeps at least: those past the tags are
    /// hidden and empty, and not links. A result card passes the most tags
    /// it has shown, so that when its next hit has more tags, rebuilding it
    /// fills in items it already has instead of inserting new links (each
    /// one inserted is work for the browser's link tracking, such as
    /// Chrome's navigation predictor, in the middle of a keystroke).
    #[prop(optional)]
    keep: usize,
) -> impl IntoView {
    let i18n = I18n::expect();
    let items = tags.into_iter().map(|t| (t.clone(), t)).collect();
    let items = links(FacetKind::Tag, items, &base, keep);
    view! { <ul class="tags" aria-label=move || i18n.t().tags data-testid=testid>{items}</ul> }
}

/// One pill per topic, to the results of `base` with that topic selected
/// too; nothing when there is no topic.
#[component]
pub fn TopicLinks(
    /// The topics, best first.
    topics: Vec<ArticleTopic>,
    /// The query each link adds its topic to.
    base: Query,
    /// The list's test id.
    #[prop(into)]
    testid: String,
    /// How many items the list keeps at least (as [`TagLinks`]).
    #[prop(optional)]
    keep: usize,
) -> impl IntoView {
    let i18n = I18n::expect();
    let hidden = topics.is_empty() && keep == 0;
    let french = crate::topic_labels::use_french_labels();
    // In the reader's language: rebuilt when it or the index changes.
    let items = move || {
        let lang = i18n.lang();
        let items = french.with(|fr| {
            topics
                .iter()
                .map(|t| {
                    (
                        t.id.clone(),
                        crate::topic_labels::topic_label(&t.id, &t.label, lang, fr).to_owned(),
                    )
                })
                .collect()
        });
        links(FacetKind::Topic, items, &base, keep)
    };
    view! {
        <ul class="tags topics" hidden=hidden aria-label=move || i18n.t().topics data-testid=testid>
            {items}
        </ul>
    }
}
