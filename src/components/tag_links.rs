//! Tags as links to the list filtered by each.

use leptos::prelude::*;
use veille_core::{FacetKind, Query};

use crate::i18n::I18n;
use crate::state::list_href;

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
    let padding = keep.saturating_sub(tags.len());
    let items = tags
        .into_iter()
        .map(Some)
        .chain(std::iter::repeat_n(None, padding))
        .map(|t| {
            let href = t.as_ref().map(|t| {
                let mut q = base.clone();
                if !q.is_selected(FacetKind::Tag, t) {
                    q.toggle(FacetKind::Tag, t);
                }
                list_href(&q)
            });
            let hidden = t.is_none();
            view! {
                <li hidden=hidden>
                    <a href=href class="tag">
                        {t.unwrap_or_default()}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="tags" aria-label=move || i18n.t().tags data-testid=testid>{items}</ul> }
}
