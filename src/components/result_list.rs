//! The page of results: one card per hit, with month headings when sorted
//! by date (the chronological view).
//!
//! Every page of hits renders to the same shape: a list of cards, each with
//! an optional month heading and its title and snippet as `(text, mark)`
//! runs. A new page of results (a keystroke) then updates the cards already
//! there, text and attributes in place, instead of building new elements;
//! going from the date-sorted view to a search only adds or removes
//! headings. The cards the window shows ([`fold`]) follow each keystroke;
//! those below them, off screen, follow with the rest of the page
//! (`rest.below`, see `catch_up`), and thumbnails a while after typing
//! pauses. `results_in_view` may hold only the hits of the cards in view
//! (see `Engine::search_first`): `rest.below` holds them all.

use std::time::Duration;

use leptos::html::Ol;
use leptos::prelude::*;
use veille_core::month_opened;
use veille_core::{Hit, Query, Results, Sort};

use super::fold;
use super::{highlighted, TagLinks, TopicLinks};
use crate::frames::after_next_paint;
use crate::i18n::{I18n, Lang};
use crate::search_view::SearchView;
use crate::state::article_href;

/// Whether hits are in date order, so that month headings make sense.
fn chronological(q: &Query) -> bool {
    match q.sort {
        Sort::Newest | Sort::Oldest => true,
        Sort::Relevance => !q.has_search_terms(),
    }
}

/// The hits of the current page. In date order, the first hit of each month
/// carries that month's heading (undated ones last, under their own).
///
/// It reads from the page's [`SearchView`]: the cards in view show its
/// live query's results (`results_in_view`); those below them, off screen,
/// and the thumbnails show the rest of the page's (`rest.below`, see
/// `catch_up::follow_rest`: typed text once it reaches the URL, any other
/// change at once), under headings in the order of `rest.query`. Links
/// carry the URL's query (`url_query`), which follows the text being typed
/// when typing pauses or the search box loses focus, so before any link can
/// be followed: keystrokes then do not rewrite every link. Cards show new
/// thumbnails once it has caught up with the live query. The list writes
/// how many cards the window shows ([`fold`]) to `cards_in_view`, so that
/// the page can ask the engine for just those hits first.
#[component]
pub fn ResultList(
    /// The search page's state.
    view: SearchView,
) -> impl IntoView {
    let SearchView {
        url_query,
        live_query,
        results_in_view: results,
        cards_in_view,
        ..
    } = view;
    let (below, rest_query) = (view.rest.below, view.rest.query);
    let i18n = I18n::expect();
    let count = Memo::new(move |_| results.with(Results::page_len));
    let pictured = pictured(live_query, url_query, results, below);
    let list = NodeRef::<Ol>::new();
    // The first cards are those in view. `results` has them filled in: the
    // page searches again when more come into view. A card counts as one of
    // them by its place alone, not by how many hits `results` has filled in,
    // which changes with the keystroke after a new count: that keystroke
    // would also rebuild the cards below.
    let in_view = fold::track_cards_in_view(list, cards_in_view, move || below.track());
    // Each part of the list takes its headings from its own query's order,
    // so a keystroke that changes the order (the browse view giving way to
    // a search) does not rebuild the cards below with the hits they still
    // show.
    let first = Part {
        results,
        chronological: Memo::new(move |_| live_query.with(chronological)),
    };
    let rest = Part {
        results: below,
        chronological: Memo::new(move |_| rest_query.with(chronological)),
    };
    // One slot per place in the page, each reading its hit from the part it
    // is in. A card that changes part (more cards in view after a scroll)
    // is updated in place: a click on it, pressed before and released
    // after, still lands on the same element.
    let slot = move |i: usize| {
        let in_first = Memo::new(move |_| i < in_view.get());
        // The most tags this card has shown: it keeps that many tag items
        // (see `TagLinks`), so typing seldom inserts a link.
        let most_tags = StoredValue::new(0_usize);
        let most_topics = StoredValue::new(0_usize);
        move || {
            let lang = i18n.lang();
            let part = if in_first.get() { first } else { rest };
            let chronological = part.chronological.get();
            part.results.with(|r| {
                let hit = r.hits.get(i)?;
                let heading = chronological
                    .then(|| month_opened(&r.hits, i))
                    .flatten()
                    .map(|m| match m {
                        Some((y, m)) => lang.month_year(y, m),
                        None => lang.t().undated.to_owned(),
                    });
                // Until its hit is pictured, the card shows no image rather
                // than another hit's.
                let thumb = hit.image.is_some().then(|| {
                    pictured.with(|p| {
                        p.get(i)
                            .filter(|(permalink, _)| *permalink == hit.permalink)
                            .and_then(|(_, src)| src.clone())
                    })
                });
                most_tags.update_value(|n| *n = (*n).max(hit.tags.len()));
                most_topics.update_value(|n| *n = (*n).max(hit.topics.len()));
                let items = (most_tags.get_value(), most_topics.get_value());
                Some(url_query.with(|base| card(lang, hit, heading, base, thumb, items)))
            })
        }
    };
    // Only going from hits to none (or back) replaces the list.
    let empty = Memo::new(move |_| count.get() == 0);
    move || {
        if empty.get() {
            let none = i18n.t().no_results;
            return view! { <p class="no-results" data-testid="no-results">{none}</p> }.into_any();
        }
        view! {
            <ol class="hits" data-testid="hits" node_ref=list>
                <For each=move || 0..count.get() key=|i| *i children=slot />
            </ol>
        }
        .into_any()
    }
}

/// The first cards or those below them: the results they show, and whether
/// their query is in date order (see [`chronological`]).
#[derive(Clone, Copy)]
struct Part {
    results: Memo<Results>,
    chronological: Memo<bool>,
}

/// How long thumbnails wait to be shown once the URL has caught up with
/// the text typed (300 ms after the last keystroke, see the search box),
/// in milliseconds. A pause that short is often one in the middle of a
/// word: loading, decoding and painting a page of images then would hold
/// back the next keystroke. Longer shows them later after typing stops;
/// shorter makes a keystroke after a pause more likely to wait for them.
/// Any change but typing shows them a frame after the cards.
pub const THUMBNAILS_AFTER_TYPING_MS: u64 = 500;

/// The hits (permalink and image) whose thumbnails the cards may show: those
/// of `below` once typing has paused (the URL's query, `url_query`, has
/// caught up with the text, `live_query`) and `below` has caught up with
/// `results` (those of the cards in view), else
/// the last ones shown. While the user types, a card that keeps its hit
/// keeps its image, and no image is fetched for the passing results of each
/// keystroke: they would be replaced before they arrived, and their
/// responses and decoding would compete with the next keystrokes.
///
/// The thumbnails follow [`THUMBNAILS_AFTER_TYPING_MS`] after the URL has
/// caught up with typing, and a frame after any other change: the URL's
/// update rewrites every link of the page, and laying out and painting the
/// images in the same task made it one long enough to hold back a
/// keystroke typed then. On the first view, none until the index's first
/// part has arrived ([`crate::demand::hold_images`]).
fn pictured(
    live_query: Memo<Query>,
    url_query: Memo<Query>,
    results: Memo<Results>,
    below: Memo<Results>,
) -> Memo<Vec<(String, Option<String>)>> {
    let url_caught_up = Memo::new(move |_| url_query.with(|l| live_query.with(|q| l == q)));
    let below_caught_up = Memo::new(move |_| results.with(|r| below.with(|l| same_hits(r, l))));
    let caught_up = move || {
        url_caught_up.try_get_untracked() == Some(true)
            && below_caught_up.try_get_untracked() == Some(true)
    };
    let settled = RwSignal::new(caught_up());
    // Whether the URL has been behind the text since the thumbnails were
    // last shown, and the round of catching up a scheduled showing is for
    // (a showing scheduled before the user typed on is dropped).
    let typed = StoredValue::new(false);
    let round = StoredValue::new(0_u64);
    Effect::new(move |_| {
        let (url, below) = (url_caught_up.get(), below_caught_up.get());
        if !url {
            typed.set_value(true);
        }
        if !(url && below) {
            settled.set(false);
            round.update_value(|r| *r += 1);
            return;
        }
        if settled.get_untracked() {
            return;
        }
        let now = round.get_value();
        let show = move || {
            // The list may have gone in the meantime.
            if round.try_get_value() == Some(now) && caught_up() {
                typed.try_set_value(false);
                settled.try_set(true);
            }
        };
        if typed.get_value() {
            set_timeout(show, Duration::from_millis(THUMBNAILS_AFTER_TYPING_MS));
        } else {
            after_next_paint(show);
        }
    });
    Memo::new(move |prev: Option<&Vec<(String, Option<String>)>>| {
        // On the first view, none until the index has arrived (crate::demand).
        if !crate::demand::images_released() {
            return Vec::new();
        }
        if !settled.get() {
            return prev.cloned().unwrap_or_default();
        }
        below.with(|r| {
            r.hits
                .iter()
                .map(|h| (h.permalink.clone(), h.image.clone()))
                .collect()
        })
    })
}

/// Whether `all` shows the hits of `first`, in the same order, and as many
/// as the page holds (`first` may have only its first hits filled in).
fn same_hits(first: &Results, all: &Results) -> bool {
    all.hits.len() == first.page_len()
        && first
            .hits
            .iter()
            .zip(&all.hits)
            .all(|(a, b)| a.permalink == b.permalink)
}

/// One hit, after its month's heading when it opens one: title (matches
/// marked) linking to the article, date, source, snippet, tags (each a link
/// adding that tag filter to `base`, in a list of at least `tag_items`
/// items) and a thumbnail.
fn card(
    lang: Lang,
    hit: &Hit,
    heading: Option<String>,
    base: &Query,
    thumb: Option<Option<String>>,
    (tag_items, topic_items): (usize, usize),
) -> impl IntoView + use<> {
    let heading =
        heading.map(|h| view! { <h3 class="month-heading" data-testid="month-heading">{h}</h3> });
    let date = hit
        .date
        .map(|d| view! { <time datetime=d.to_string()>{lang.date(d)}</time> });
    let new_mark = crate::last_visit::since()
        .filter(|&day| crate::last_visit::is_new(hit.date, day))
        .map(
            |_| view! { <span class="new-mark" data-testid="new-mark">{lang.t().new_mark}</span> },
        );
    let source = hit
        .source
        .clone()
        .map(|s| view! { <span class="source">{s}</span> });
    // A near-duplicate merged into this story: where else it ran.
    let also = (!hit.also.is_empty()).then(|| {
        let line = also_on(lang, &hit.also);
        view! { <span class="also-on" data-testid="hit-also-on">{line}</span> }
    });
    // The box keeps its size and placeholder colour; the image is in it only
    // while it has a source. An `<img>` left without one would fall back to
    // its broken-image content, which costs a style and layout pass per card.
    // Plain values, not closures: rebuilding a card for a new hit updates the
    // image in place, or leaves it alone when the source is the same.
    let thumb = thumb.map(|src| {
        let img = src.map(|src| {
            let src = veille_core::site::secure_url(&src).into_owned();
            view! { <img src=src alt="" loading="lazy" decoding="async" /> }
        });
        view! { <span class="thumb" data-testid="thumb">{img}</span> }
    });
    view! {
        <li class="hit-item" data-testid="hit">
            {heading}
            <div class="hit">
                <div class="hit-text">
                    <h2 class="hit-title">
                        <a href=article_href(&hit.permalink, base) data-testid="hit-link">
                            {highlighted(&hit.title, &hit.title_matches)}
                        </a>
                    </h2>
                    <p class="meta">
                        {new_mark}
                        {date}
                        {source}
                        {also}
                    </p>
                    <p class="snippet">{highlighted(&hit.snippet, &hit.snippet_matches)}</p>
                    <TopicLinks
                        topics=hit.topics.clone()
                        base=base.clone()
                        testid="hit-topics"
                        keep=topic_items
                    />
                    <TagLinks
                        tags=hit.tags.clone()
                        base=base.clone()
                        testid="hit-tags"
                        keep=tag_items
                    />
                </div>
                {thumb}
            </div>
        </li>
    }
}

/// What a card says of the other hosts its story ran on:
/// `also on vascularnews.com, interventionalnews.com`.
pub fn also_on(lang: Lang, hosts: &[String]) -> String {
    format!("{} {}", lang.t().also_on, hosts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_names_the_other_hosts_in_the_ui_language() {
        let hosts = ["vascularnews.com".to_owned(), "sirweb.org".to_owned()];
        assert_eq!(
            also_on(Lang::En, &hosts),
            "also on vascularnews.com, sirweb.org"
        );
        assert_eq!(also_on(Lang::Fr, &hosts[..1]), "aussi sur vascularnews.com");
    }
}
