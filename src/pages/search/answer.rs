//! What the search page answers and which of its parts it shows: plain
//! values the page's component (`Explorer`) wires to signals.

use veille_core::MoreHits;
use veille_core::{Engine, Query, Results};

use crate::data::LoadError;
use crate::i18n::Messages;

/// Where the page's results come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Neither the index nor (for this query) the first view is there yet.
    Loading,
    /// The index could not be loaded.
    Failed(LoadError),
    /// Results, from the engine or, for the default query while the index
    /// loads, from the first view: the hits of the cards in view, and the
    /// others of the page to fill in once they are painted.
    Ready(Box<Results>, MoreHits),
}

/// Which of [`Answer`]'s cases the page is in, without its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Nothing to show yet: a skeleton.
    Loading,
    /// The index could not be loaded: the error and a retry button.
    Failed,
    /// Results.
    Ready,
}

impl Answer {
    /// The engine's answer to `query`, with the hits of the `first` cards
    /// (those in view) filled in; still loading when the engine has only the
    /// first part of its index and the query has a phrase, whose positions
    /// are in the rest.
    pub fn from_index(engine: &Engine, query: &Query, first: usize) -> Self {
        if !engine.answers(query) {
            return Answer::Loading;
        }
        let (results, more) = engine.search_first(query, first);
        Answer::Ready(Box::new(results), more)
    }

    /// The answer while the index loads: the first view (`head`, if the
    /// site has one) for the default query, nothing yet for any other.
    pub fn before_index(head: Option<&Results>, query: &Query) -> Self {
        match head {
            Some(h) if *query == Query::default() => {
                Answer::Ready(Box::new(h.clone()), MoreHits::default())
            }
            _ => Answer::Loading,
        }
    }

    /// Which case this is.
    pub fn phase(&self) -> Phase {
        match self {
            Answer::Loading => Phase::Loading,
            Answer::Failed(_) => Phase::Failed,
            Answer::Ready(..) => Phase::Ready,
        }
    }

    /// The results for the cards in view; none unless [`Phase::Ready`].
    pub fn results(&self) -> Results {
        match self {
            Answer::Ready(r, _) => Results::clone(r),
            _ => Results::default(),
        }
    }

    /// `results` with the hits this answer left out filled in by `engine`.
    pub fn complete(&self, engine: &Engine, mut results: Results) -> Results {
        if let Answer::Ready(_, more) = self {
            results.hits.extend(engine.more_hits(more));
        }
        results
    }
}

/// Which parts of the page are shown, from its [`Phase`] and the state of
/// the rest of the page (see `catch_up::RestOfPage`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    /// Where the results come from.
    pub phase: Phase,
    /// Whether the first frame is painted (`RestOfPage::drawn`).
    pub drawn: bool,
    /// Whether typed text has yet to reach the rest of the page
    /// (`RestOfPage::behind`).
    pub behind: bool,
    /// Whether the rest of the page shows an answer, not the stand-in of a
    /// page waiting for the index (`RestOfPage::ready`).
    pub answered: bool,
}

impl Parts {
    /// The facets: once there are values to show, so that they do not grow
    /// from empty under the user's eyes, and never from the empty stand-in
    /// of a page waiting for the index (each would say it has no value).
    pub fn facets(self) -> bool {
        self.drawn && self.phase == Phase::Ready && self.answered
    }

    /// The pager: with the cards below the first ones, so it appears once,
    /// under all of them; while typed text has yet to reach it, it would
    /// count another search's pages under these results, so it waits, and
    /// so it does while the index loads.
    pub fn pager(self) -> bool {
        self.drawn && !self.behind && self.answered
    }

    /// Whether the facets and the timeline say (`aria-busy`) that they are
    /// about to follow the text being typed, or wait for the index.
    pub fn busy(self) -> bool {
        self.behind || !self.answered
    }
}

/// The tab's title for the URL's search text, on the site `name`.
pub fn page_title(url_text: &str, name: &str) -> String {
    match url_text.trim() {
        "" => name.to_owned(),
        text => format!("{text} · {name}"),
    }
}

/// The label of the button that opens the filters on a narrow screen, with
/// the number of filters on.
pub fn filters_button_label(t: &Messages, filters_on: usize) -> String {
    match filters_on {
        0 => t.filters.to_owned(),
        n => format!("{} ({n})", t.filters),
    }
}

#[cfg(test)]
mod tests {
    use veille_core::Article;

    use super::*;
    use crate::i18n::Lang;

    fn engine() -> Engine {
        let article = |slug: &str, title: &str| Article {
            date: Some("2023-12-14".parse().unwrap()),
            ..Article::new("papers", slug, title, "<p>Body</p>", "Body")
        };
        Engine::new(vec![
            article("a", "Stent study"),
            article("b", "Valve trial"),
        ])
    }

    #[test]
    fn before_the_index_the_first_view_answers_the_default_query_and_nothing_else() {
        let head = engine().search(&Query::default());
        let answer = Answer::before_index(Some(&head), &Query::default());
        assert_eq!(answer.phase(), Phase::Ready);
        assert_eq!(answer.results(), head);
        let search = Query::from_query_string("q=stent");
        assert_eq!(Answer::before_index(Some(&head), &search), Answer::Loading);
        assert_eq!(
            Answer::before_index(None, &Query::default()),
            Answer::Loading
        );
        assert_eq!(Answer::Loading.results(), Results::default());
    }

    #[test]
    fn the_index_answers_the_cards_in_view_first_and_completes_the_page_on_demand() {
        let engine = engine();
        let q = Query::from_query_string("sort=newest");
        let answer = Answer::from_index(&engine, &q, 1);
        assert_eq!(answer.phase(), Phase::Ready);
        let first = answer.results();
        assert_eq!(first.hits.len(), 1);
        let all = answer.complete(&engine, first);
        assert_eq!(all, engine.search(&q));
    }

    #[test]
    fn from_the_first_part_of_the_index_a_phrase_waits_for_the_rest_and_words_do_not() {
        let bytes = engine().to_bytes();
        let (first, rest) = Engine::split_bytes(&bytes).unwrap();
        let partial = Engine::from_first_part(first).unwrap();
        let words = Query::from_query_string("q=stent");
        let phrase = Query::from_query_string("q=%22stent+trial%22");
        assert_eq!(
            Answer::from_index(&partial, &words, 1),
            Answer::from_index(&engine(), &words, 1)
        );
        assert_eq!(Answer::from_index(&partial, &phrase, 1), Answer::Loading);
        let complete = partial.with_rest(rest).unwrap();
        assert_eq!(
            Answer::from_index(&complete, &phrase, 1),
            Answer::from_index(&engine(), &phrase, 1)
        );
    }

    #[test]
    fn a_failed_index_is_its_own_phase_with_no_results() {
        let failed = Answer::Failed(LoadError::Http {
            url: "/data/index.bin".into(),
            status: 404,
        });
        assert_eq!(failed.phase(), Phase::Failed);
        assert_eq!(failed.results(), Results::default());
    }

    #[test]
    fn the_facets_wait_for_the_first_paint_and_results_and_the_pager_for_typed_text() {
        let parts = |phase, drawn, behind| Parts {
            phase,
            drawn,
            behind,
            answered: true,
        };
        assert!(!parts(Phase::Ready, false, false).facets());
        assert!(!parts(Phase::Loading, true, false).facets());
        assert!(parts(Phase::Ready, true, true).facets());
        assert!(parts(Phase::Ready, true, false).pager());
        assert!(!parts(Phase::Ready, true, true).pager());
        assert!(!parts(Phase::Ready, false, false).pager());
        assert!(parts(Phase::Ready, true, true).busy());
        assert!(!parts(Phase::Ready, true, false).busy());
    }

    #[test]
    fn while_the_index_loads_no_part_shows_the_empty_stand_in_as_an_answer() {
        let waiting = Parts {
            phase: Phase::Ready,
            drawn: true,
            behind: false,
            answered: false,
        };
        // The cards in view may already answer (the index arrived) while the
        // rest of the page still holds the stand-in: it waits, busy.
        assert!(!waiting.facets());
        assert!(!waiting.pager());
        assert!(waiting.busy());
        let loading = Parts {
            phase: Phase::Loading,
            ..waiting
        };
        assert!(!loading.facets() && !loading.pager() && loading.busy());
        let answered = Parts {
            answered: true,
            ..waiting
        };
        assert!(answered.facets() && answered.pager() && !answered.busy());
    }

    #[test]
    fn the_title_shows_the_search_in_the_url_and_the_filters_button_how_many_are_on() {
        assert_eq!(page_title("  ", "Veille cardio"), "Veille cardio");
        assert_eq!(page_title(" stent ", "Veille"), "stent · Veille");
        assert_eq!(filters_button_label(Lang::En.t(), 0), "Filters");
        assert_eq!(filters_button_label(Lang::Fr.t(), 2), "Filtres (2)");
    }
}
