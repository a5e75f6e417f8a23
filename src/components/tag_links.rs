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
) -> impl IntoView {
    let i18n = I18n::expect();
    let items = tags
        .into_iter()
        .map(|t| {
            let mut q = base.clone();
            if !q.is_selected(FacetKind::Tag, &t) {
                q.toggle(FacetKind::Tag, &t);
            }
            view! {
                <li>
                    <a href=list_href(&q) class="tag">
                        {t}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="tags" aria-label=move || i18n.t().tags data-testid=testid>{items}</ul> }
}
