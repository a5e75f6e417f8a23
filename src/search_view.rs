//! The search page's state as one value, [`SearchView`], that its
//! components read: the query in the URL, the text being typed ahead of it,
//! the results for the cards in view and, following them as `catch_up`
//! says, those for the rest of the page.

use leptos::prelude::*;
use veille_core::{Query, Results};

use crate::catch_up::RestOfPage;

/// The search page's state. Cheap to copy: every field is a signal.
///
/// Results follow every keystroke at once for the cards in view, from the
/// URL's query with the text being typed ([`SearchView::live_query`]); the
/// URL (a history entry, the page's title, every link) follows once typing
/// pauses, or at once when the search box loses focus (see
/// [`crate::components::SearchBox`]), so that updating the router does not
/// slow down each keystroke. The rest of the page (facets, timeline, the
/// cards below, the pager) follows the text when it reaches the URL
/// ([`SearchView::rest`]).
#[derive(Clone, Copy)]
pub struct SearchView {
    /// The query in the URL. Links carry it, so keystrokes do not rewrite
    /// every link; the tab's title shows its text.
    pub url_query: Memo<Query>,
    /// The text typed in the search box that has not reached the URL yet.
    pub typed_text: RwSignal<Option<String>>,
    /// The query on screen: the URL's, with the text being typed
    /// ([`live_query`]). The search box, the sort, the chips and the cards
    /// in view show it.
    pub live_query: Memo<Query>,
    /// The results of [`SearchView::live_query`] for the cards in view:
    /// their hits are filled in, the others of the page may not be (see
    /// `Engine::search_first`).
    pub results_in_view: Memo<Results>,
    /// How many cards the window shows, measured by the results list (see
    /// [`crate::components::fold`]), so that the page asks the engine for
    /// just those hits first.
    pub cards_in_view: RwSignal<usize>,
    /// The query and results of the rest of the page: the facets, the
    /// timeline, the cards below the first ones and the pager.
    pub rest: RestOfPage,
}

/// The query on screen: `url`'s, with `typed` (the text being typed, if
/// any) in place of its text.
pub fn live_query(url: &Query, typed: Option<&str>) -> Query {
    let mut q = url.clone();
    if let Some(text) = typed {
        if text != q.text {
            q.set_text(text);
        }
    }
    q
}

/// [`live_query`] as a memo of the URL's query and the text being typed.
pub fn follow_typed_text(url: Memo<Query>, typed: RwSignal<Option<String>>) -> Memo<Query> {
    Memo::new(move |_| typed.with(|t| url.with(|u| live_query(u, t.as_deref()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_on_screen_is_the_urls_with_the_text_being_typed() {
        let url = Query::from_query_string("q=stent&tag=France&page=3");
        assert_eq!(live_query(&url, None), url);
        assert_eq!(live_query(&url, Some("stent")), url);
        let typed = live_query(&url, Some("valve"));
        assert_eq!(typed.text, "valve");
        assert_eq!(typed.tags, url.tags);
        let mut edited = url.clone();
        edited.set_text("valve");
        assert_eq!(typed, edited);
    }
}
