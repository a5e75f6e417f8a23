//! When the parts of the search page other than the cards in view follow
//! its query: the facets, the timeline, the cards below, the pager and the
//! thumbnails.
//!
//! A keystroke's frame paints the cards in view alone. The rest follows the
//! typed text when the text reaches the URL: 300 ms after the last
//! keystroke (`search_box::URL_DELAY`), or at once on Enter, Escape, or
//! when the box loses focus, as it does before any click elsewhere. So a
//! fast typist's keystrokes each lay out and paint one frame; the facets
//! and the timeline are drawn once for the word rather than for each of
//! its prefixes, in the task that already rewrites the links for the new
//! URL; and a facet or a bar chosen right after typing acts on the text
//! typed.
//!
//! Why one frame per keystroke matters: in Chrome, a frame that comes
//! within 100 ms of the one before wakes the navigation predictor's
//! observer (see docs/explorer.md, "Keystrokes and Chrome's navigation
//! predictor"), whose own frame then makes the next keystroke wait for a
//! display tick.

use leptos::prelude::*;
use veille_core::{Query, Results};

use crate::frames::after_next_paint;

/// When the rest of the page follows a change of the page's query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchUp {
    /// In the same frame as the cards in view: what the user just chose (a
    /// facet, a year, a sort, Back, or the typed text reaching the URL) is
    /// there at once, and results that arrive for the same query (the
    /// index, after a skeleton) do not push the cards down a frame later.
    Now,
    /// Once the frame with the cards in view is painted: the first view
    /// (whose timeline bars, facets and cards below would double the
    /// work before its first paint), and another page of the same results.
    AfterPaint,
    /// Once the text being typed reaches the URL.
    InUrl,
}

/// When the rest of the page, showing `shown` (or nothing yet), follows
/// the page's query `new`; `in_url` says whether `new` is the URL's query
/// (no typed text is waiting to reach it).
pub fn catch_up_when(shown: Option<&Query>, new: &Query, in_url: bool) -> CatchUp {
    let Some(shown) = shown else {
        return CatchUp::AfterPaint;
    };
    let mut same_filters = shown.clone();
    same_filters.text.clone_from(&new.text);
    same_filters.page = new.page;
    if shown == new || same_filters != *new {
        CatchUp::Now
    } else if shown.text == new.text {
        CatchUp::AfterPaint
    } else if in_url {
        CatchUp::Now
    } else {
        CatchUp::InUrl
    }
}

/// The query and results as the rest of the page shows them.
#[derive(Clone, Copy)]
pub struct RestOfPage {
    /// The query of the facets, the timeline, the cards below the first
    /// ones and the pager.
    pub query: Memo<Query>,
    /// Their results.
    pub results: Memo<Results>,
    /// The results for the cards below the first ones and for thumbnails:
    /// none until the first frame is painted.
    pub below: Memo<Results>,
    /// Whether the first frame is painted: the facets, the timeline's bars
    /// and the pager wait for it.
    pub drawn: Memo<bool>,
    /// Whether text typed has yet to reach the rest of the page (it waits
    /// for the URL, [`CatchUp::InUrl`]).
    pub behind: Memo<bool>,
    /// Whether its results are an answer: false while they are the empty
    /// stand-in of a page still waiting for the index, which must not be
    /// read as "nothing matches".
    pub ready: Memo<bool>,
}

/// `query` (the page's, with the text being typed) and its `results` as
/// the rest of the page shows them, following them as [`catch_up_when`]
/// says, with every hit filled in by `complete`; `url_query` is the URL's.
/// `ready` says whether `results` are an answer (see [`RestOfPage::ready`]);
/// it follows along with them.
pub fn follow_rest(
    query: Memo<Query>,
    url_query: Memo<Query>,
    results: Memo<Results>,
    ready: Memo<bool>,
    complete: impl Fn(Results) -> Results + Copy + 'static,
) -> RestOfPage {
    let shown = RwSignal::new(None::<(Query, Results, bool)>);
    let scheduled = StoredValue::new(false);
    let in_url = Memo::new(move |_| query.with(|q| url_query.with(|u| q == u)));
    Effect::new(move |_| {
        results.track();
        ready.track();
        let in_url = in_url.get();
        let when = query.with(|q| {
            shown.with_untracked(|s| catch_up_when(s.as_ref().map(|(old, ..)| old), q, in_url))
        });
        match when {
            CatchUp::Now => shown.set(Some((
                query.get_untracked(),
                complete(results.get_untracked()),
                ready.get_untracked(),
            ))),
            // This effect runs again when the text reaches the URL.
            CatchUp::InUrl => {}
            CatchUp::AfterPaint => {
                if scheduled.get_value() {
                    return;
                }
                scheduled.set_value(true);
                after_next_paint(move || {
                    // The page may have gone in the meantime.
                    scheduled.try_set_value(false);
                    if let (Some(q), Some(r), Some(ready)) = (
                        query.try_get_untracked(),
                        results.try_get_untracked(),
                        ready.try_get_untracked(),
                    ) {
                        shown.try_set(Some((q, complete(r), ready)));
                    }
                });
            }
        }
    });
    RestOfPage {
        query: Memo::new(move |_| {
            shown.with(|s| s.as_ref().map_or_else(|| query.get(), |(q, ..)| q.clone()))
        }),
        results: Memo::new(move |_| {
            shown.with(|s| {
                s.as_ref()
                    .map_or_else(|| results.get(), |(_, r, _)| r.clone())
            })
        }),
        below: Memo::new(move |_| {
            shown.with(|s| s.as_ref().map(|(_, r, _)| r.clone()).unwrap_or_default())
        }),
        drawn: Memo::new(move |_| shown.with(Option::is_some)),
        behind: Memo::new(move |_| {
            shown.with(|s| {
                s.as_ref()
                    .is_some_and(|(old, ..)| query.with(|q| old.text != q.text))
            })
        }),
        ready: Memo::new(move |_| {
            shown.with(|s| s.as_ref().map_or_else(|| ready.get(), |(.., r)| *r))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_of_the_page_follows_typed_text_once_it_reaches_the_url_and_any_other_change_at_once(
    ) {
        let query = |text: &str, page: u32| Query {
            text: text.into(),
            tags: vec!["France".into()],
            page,
            ..Query::default()
        };
        let shown = query("heart", 1);
        // The first view: its first cards are painted first.
        assert_eq!(catch_up_when(None, &shown, true), CatchUp::AfterPaint);
        // Another text, on whatever page, not yet in the URL: typing.
        let typed = query("heart v", 1);
        assert_eq!(catch_up_when(Some(&shown), &typed, false), CatchUp::InUrl);
        assert_eq!(
            catch_up_when(Some(&shown), &query("", 2), false),
            CatchUp::InUrl
        );
        // The text gone to the URL (the pause, Enter, the box left, Back).
        assert_eq!(catch_up_when(Some(&shown), &typed, true), CatchUp::Now);
        // Another page of the same search.
        let next = query("heart", 2);
        assert_eq!(
            catch_up_when(Some(&shown), &next, true),
            CatchUp::AfterPaint
        );
        // A filter chosen, even while typing; the same query (results arriving).
        let mut filtered = query("heart v", 1);
        filtered.tags.push("Stroke".into());
        assert_eq!(catch_up_when(Some(&shown), &filtered, false), CatchUp::Now);
        assert_eq!(catch_up_when(Some(&shown), &shown, false), CatchUp::Now);
    }
}
