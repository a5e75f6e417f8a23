//! The explorer's state is its URL: the typed [`Query`] is read from the
//! query string and every control changes it by navigating.
//!
//! Choosing a facet, a year, a sort or a page adds a history entry; typing
//! replaces the current one (see [`crate::components::SearchBox`]), so Back
//! goes to the previous view, not to the previous keystroke.
//!
//! Links are plain `<a href>` elements built with [`list_href`] and
//! [`article_href`]: the router intercepts clicks on them and navigates
//! inside the app. Its `<A>` component would also track the location for
//! `aria-current`, a cost paid for every link of every result at each
//! keystroke.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use veille_core::Query;

use crate::paths::app_path;

/// The query of the current URL, parsed (junk dropped, never fails).
pub fn use_query() -> Memo<Query> {
    let search = use_location().search;
    Memo::new(move |_| search.with(|s| Query::from_query_string(s)))
}

/// `path` with the query string of `q`, if any.
fn with_query(path: &str, q: &Query) -> String {
    let qs = q.to_query_string();
    if qs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{qs}")
    }
}

/// The results list for `q`.
pub fn list_href(q: &Query) -> String {
    with_query(&app_path("/"), q)
}

/// An article's page, keeping the results state `q` it was opened from (for
/// the way back and previous/next).
pub fn article_href(permalink: &str, q: &Query) -> String {
    with_query(&app_path(permalink), q)
}

/// A function that shows the results for a query: a new history entry, or
/// in place of the current one when its second argument is `true`. Call it
/// while building a component (it needs the router), use it in handlers.
pub fn use_go() -> impl Fn(&Query, bool) + Clone + 'static {
    let navigate = use_navigate();
    move |q: &Query, replace: bool| {
        // The router puts its base path in front of what it navigates to.
        navigate(
            &with_query("/", q),
            NavigateOptions {
                replace,
                scroll: !replace,
                ..NavigateOptions::default()
            },
        )
    }
}
