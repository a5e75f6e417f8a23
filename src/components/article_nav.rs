//! Previous and next articles within the results an article was opened
//! from, once the index is there to find them.

use leptos::prelude::*;
use veille_core::{Hit, Query};

use crate::data::LoadResult;
use crate::i18n::I18n;
use crate::messages::fill;
use crate::state::article_href;

/// Where an article stands in the results it was opened from.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Its 1-based position and the results' total.
    pub position: (usize, usize),
    /// The hit before it, with the page it is on.
    pub prev: Option<(Hit, u32)>,
    /// The hit after it, with the page it is on.
    pub next: Option<(Hit, u32)>,
}

/// What the article's navigation shows.
#[derive(Clone, Debug, PartialEq)]
pub enum NavPhase {
    /// The index is loading: it says so, and fills in when it is there.
    Loading,
    /// The article's place in the results.
    Ready(Box<Place>),
    /// Nothing: the article is not among the results, or the index could
    /// not be loaded (the article itself is shown all the same).
    Absent,
}

impl NavPhase {
    /// The navigation of the article at `permalink` within the results of
    /// `query`, from the index's state (`None` while it loads).
    pub fn of(index: Option<&LoadResult>, permalink: &str, query: &Query) -> Self {
        let engine = match index {
            None => return NavPhase::Loading,
            Some(Err(_)) => return NavPhase::Absent,
            // A phrase in the list's query waits for the rest of the index.
            Some(Ok(engine)) if !engine.answers(query) => return NavPhase::Loading,
            Some(Ok(engine)) => engine,
        };
        let Some(doc) = engine.doc_of(permalink) else {
            return NavPhase::Absent;
        };
        let n = engine.neighbours(query, doc as u32);
        match n.position {
            Some(position) => NavPhase::Ready(Box::new(Place {
                position,
                prev: n.prev,
                next: n.next,
            })),
            None => NavPhase::Absent,
        }
    }
}

/// "Result 3 of 120" with links to the previous and next results, once the
/// index is there ("Loading the results…" until then); nothing when the
/// article is not among the results.
#[component]
pub fn ArticleNav(
    /// The index's state: `None` while it loads.
    index: Signal<Option<LoadResult>>,
    /// The article's permalink.
    permalink: String,
    /// The results state it was opened from.
    query: Query,
) -> impl IntoView {
    let i18n = I18n::expect();
    let links = query.clone();
    let asked = query.clone();
    // A phrase in the list's query needs the rest of the index.
    Effect::new(move |_| {
        if let Some(Ok(engine)) = index.get() {
            if !engine.answers(&asked) {
                crate::demand::ask_rest();
            }
        }
    });
    let phase = Memo::new(move |_| index.with(|i| NavPhase::of(i.as_ref(), &permalink, &query)));
    move || {
        match phase.get() {
        NavPhase::Loading => Some(
            view! {
                <nav class="article-nav" aria-label=move || i18n.t().results_list aria-busy="true" data-testid="article-nav-loading">
                    <p class="position" role="status">{move || i18n.t().loading_results}</p>
                </nav>
            }
            .into_any(),
        ),
        NavPhase::Absent => None,
        NavPhase::Ready(place) => Some(place_view(*place, links.clone(), i18n).into_any()),
    }
    }
}

/// The position and the previous / next links of `place`.
fn place_view(place: Place, query: Query, i18n: I18n) -> impl IntoView {
    let (position, total) = place.position;
    let link = |side: Option<(Hit, u32)>, rel: &'static str| {
        side.map(|(hit, page)| {
            let mut q = query.clone();
            q.page = page;
            let href = article_href(&hit.permalink, &q);
            let label = move || {
                let t = i18n.t();
                if rel == "prev" { t.previous_article } else { t.next_article }
            };
            view! {
                <a href=href rel=rel class=format!("article-{rel}") data-testid=format!("article-{rel}")>
                    <span class="nav-label">{label}</span>
                    <span class="nav-title">{hit.title}</span>
                </a>
            }
        })
    };
    let prev = link(place.prev, "prev");
    let next = link(place.next, "next");
    view! {
        <nav class="article-nav" aria-label=move || i18n.t().results_list data-testid="article-nav">
            <p class="position">
                {move || {
                    let lang = i18n.lang();
                    fill(lang.t().result_position, &[&lang.number(position), &lang.number(total)])
                }}
            </p>
            <div class="article-nav-links">{prev}{next}</div>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use veille_core::{Article, Engine};

    use super::*;
    use crate::data::LoadError;

    fn index() -> LoadResult {
        let article = |slug: &str, title: &str, date: &str| Article {
            date: Some(date.parse().unwrap()),
            ..Article::new("papers", slug, title, "<p>Body</p>", "Body")
        };
        Ok(Arc::new(Engine::new(vec![
            article("a", "Stent study", "2024-01-03"),
            article("b", "Valve trial", "2024-01-02"),
            article("c", "Stent trial", "2024-01-01"),
        ])))
    }

    #[test]
    fn while_the_index_loads_the_navigation_says_so_and_fills_in_when_it_is_there() {
        let q = Query::default();
        assert_eq!(NavPhase::of(None, "/papers/b", &q), NavPhase::Loading);
        let index = index();
        let NavPhase::Ready(place) = NavPhase::of(Some(&index), "/papers/b", &q) else {
            panic!("no place in the results");
        };
        assert_eq!(place.position, (2, 3));
        assert_eq!(place.prev.unwrap().0.permalink, "/papers/a");
        assert_eq!(place.next.unwrap().0.permalink, "/papers/c");
    }

    #[test]
    fn an_article_outside_the_results_or_a_failed_index_has_no_navigation() {
        let index = index();
        let stent = Query::from_query_string("q=stent");
        assert_eq!(
            NavPhase::of(Some(&index), "/papers/b", &stent),
            NavPhase::Absent
        );
        assert_eq!(
            NavPhase::of(Some(&index), "/papers/gone", &Query::default()),
            NavPhase::Absent
        );
        let failed: LoadResult = Err(LoadError::Http {
            url: "/data/index.bin".into(),
            status: 500,
        });
        assert_eq!(
            NavPhase::of(Some(&failed), "/papers/b", &Query::default()),
            NavPhase::Absent
        );
    }
}
