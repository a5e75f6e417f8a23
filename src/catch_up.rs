//! When the parts of the search page other than the first cards follow
//! its query: the facets, the timeline, the cards below the first ones,
//! the pager and the thumbnails.
//!
//! A keystroke's frame paints the first cards alone. The rest follows once
//! typing pauses for [`TYPING_PAUSE`], or at once when the text goes to the
//! URL (Enter, or the search box losing focus, as it does before any click
//! elsewhere): a fast typist's keystrokes then each lay out and paint one
//! frame, not two, the facets and timeline are computed and drawn once for
//! the word rather than for each of its prefixes, and a click on them acts
//! on the text typed.

use std::time::Duration;

use leptos::prelude::*;
use veille_core::{Query, Results};

use crate::frames::after_next_paint;

/// How long typing must pause before the rest of the page follows the
/// text. Longer than the gap between a fast typist's keystrokes (about
/// 120 ms), so that those do not wait behind it, and short enough that the
/// facets and the timeline follow as soon as typing stops.
pub const TYPING_PAUSE: Duration = Duration::from_millis(150);

/// When the rest of the page follows a change of the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchUp {
    /// In the same frame as the first cards: what the user just chose (a
    /// facet, a year, a sort, Back) is there at once, and results that
    /// arrive for the same query (the index, after a skeleton) do not push
    /// the cards down a frame later.
    Now,
    /// Once the frame with the first cards is painted: the first view, and
    /// another page of the same results.
    AfterPaint,
    /// Once typing pauses ([`TYPING_PAUSE`]): another text, still being
    /// typed.
    TypingPause,
}

/// When the rest of the page, showing `shown` (or nothing yet), follows
/// the query `new`; `in_url` says whether `new` is the URL's query (no
/// typed text is waiting for it).
pub fn catch_up_when(shown: Option<&Query>, new: &Query, in_url: bool) -> CatchUp {
    let Some(shown) = shown else {
        return CatchUp::AfterPaint;
    };
    let mut same_filters = shown.clone();
    same_filters.text.clone_from(&new.text);
    same_filters.page = new.page;
    if shown == new || same_filters != *new {
        CatchUp::Now
    } else if shown.text != new.text {
        if in_url {
            CatchUp::Now
        } else {
            CatchUp::TypingPause
        }
    } else {
        CatchUp::AfterPaint
    }
}

/// The query and results as the rest of the page shows them.
pub struct Later {
    /// The query of the facets, the timeline, the cards below the first
    /// ones and the pager.
    pub query: Memo<Query>,
    /// Their results.
    pub results: Memo<Results>,
    /// The results for the cards below the first ones and for thumbnails:
    /// none until the first frame is painted.
    pub below: Memo<Results>,
    /// Whether the first frame is painted: the facets wait for it.
    pub ready: Memo<bool>,
}

/// `query` (the page's, with the text being typed) and its `results` as
/// the rest of the page shows them, following them as [`catch_up_when`]
/// says; `url_query` is the URL's. The first view paints the first cards
/// and the timeline's box (above them, its height fixed, so that nothing
/// moves); the timeline's bars, the facets, the cards below and the
/// thumbnails follow in the next frame.
pub fn follow_later(query: Memo<Query>, url_query: Memo<Query>, results: Memo<Results>) -> Later {
    let shown = RwSignal::new(None::<(Query, Results)>);
    // Counts the changes, so that a wait overtaken by a later change does
    // nothing.
    let changes = StoredValue::new(0_u64);
    let in_url = Memo::new(move |_| query.with(|q| url_query.with(|u| q == u)));
    Effect::new(move |_| {
        results.track();
        let in_url = in_url.get();
        let when = query.with(|q| {
            shown.with_untracked(|s| catch_up_when(s.as_ref().map(|(old, _)| old), q, in_url))
        });
        let change = changes.get_value() + 1;
        changes.set_value(change);
        let catch_up = move || {
            // A later change has its own wait, or the page has gone.
            if changes.try_get_value() != Some(change) {
                return;
            }
            if let (Some(q), Some(r)) = (query.try_get_untracked(), results.try_get_untracked()) {
                shown.try_set(Some((q, r)));
            }
        };
        match when {
            CatchUp::Now => catch_up(),
            CatchUp::AfterPaint => after_next_paint(catch_up),
            CatchUp::TypingPause => {
                // A wait overtaken does nothing when it ends (see above).
                let _ = set_timeout_with_handle(catch_up, TYPING_PAUSE);
            }
        }
    });
    Later {
        query: Memo::new(move |_| {
            shown.with(|s| s.as_ref().map_or_else(|| query.get(), |(q, _)| q.clone()))
        }),
        results: Memo::new(move |_| {
            shown.with(|s| s.as_ref().map_or_else(|| results.get(), |(_, r)| r.clone()))
        }),
        below: Memo::new(move |_| {
            shown.with(|s| s.as_ref().map(|(_, r)| r.clone()).unwrap_or_default())
        }),
        ready: Memo::new(move |_| shown.with(Option::is_some)),
    }
}
