//! Paging through results: only one page of hits is ever rendered, so
//! 100,000 results cost no more than 20.

use leptos::prelude::*;
use veille_core::{Query, Results};

use crate::i18n::I18n;
use crate::messages::fill;
use crate::state::list_href;

/// The pages to offer around `page` of `last`: the first, the last, and two
/// on each side of the current one; `None` marks a gap.
pub fn page_window(page: u32, last: u32) -> Vec<Option<u32>> {
    let mut out = Vec::new();
    let mut prev = 0;
    for p in 1..=last {
        let near = p.abs_diff(page) <= 2;
        if p == 1 || p == last || near {
            if p > prev + 1 {
                out.push(None);
            }
            out.push(Some(p));
            prev = p;
        }
    }
    out
}

/// Previous / next links, numbered pages and "Page 2 of 50".
#[component]
pub fn Pager(
    /// The current query.
    query: Memo<Query>,
    /// The current results.
    results: Memo<Results>,
) -> impl IntoView {
    let i18n = I18n::expect();
    move || {
        let t = i18n.t();
        let lang = i18n.lang();
        let q = query.get();
        let (total, size) = results.with(|r| (r.total, r.page_size.max(1)));
        let last = total.div_ceil(size).max(1) as u32;
        let page = q.page.clamp(1, last);
        if last <= 1 {
            return None;
        }
        let at = move |p: u32| {
            let mut q = q.clone();
            q.page = p;
            list_href(&q)
        };
        let numbers = page_window(page, last)
            .into_iter()
            .map(|p| match p {
                None => view! { <li class="gap" aria-hidden="true">"…"</li> }.into_any(),
                Some(p) if p == page => view! {
                    <li><span class="current" aria-current="page">{lang.number(p as usize)}</span></li>
                }
                .into_any(),
                Some(p) => view! {
                    <li>
                        <a href=at(p) aria-label=fill(t.page_of, &[&p.to_string(), &last.to_string()])>
                            {lang.number(p as usize)}
                        </a>
                    </li>
                }
                .into_any(),
            })
            .collect::<Vec<_>>();
        Some(view! {
            <nav class="pager" aria-label=t.pages data-testid="pager">
                {(page > 1).then(|| view! { <a href=at(page - 1) rel="prev" class="step">{"← "}{t.previous}</a> })}
                <ul>{numbers}</ul>
                {(page < last).then(|| view! { <a href=at(page + 1) rel="next" class="step">{t.next}{" →"}</a> })}
                <p class="page-of">{fill(t.page_of, &[&lang.number(page as usize), &lang.number(last as usize)])}</p>
            </nav>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pager_offers_the_ends_and_two_pages_around_the_current_one() {
        assert_eq!(page_window(1, 1), [Some(1)]);
        assert_eq!(
            page_window(1, 19),
            [Some(1), Some(2), Some(3), None, Some(19)]
        );
        assert_eq!(
            page_window(10, 19),
            [
                Some(1),
                None,
                Some(8),
                Some(9),
                Some(10),
                Some(11),
                Some(12),
                None,
                Some(19)
            ]
        );
        assert_eq!(
            page_window(4, 5),
            [Some(1), Some(2), Some(3), Some(4), Some(5)]
        );
    }
}
