//! How many cards a keystroke updates in its own frame: those the window
//! shows, measured from the list as laid out. Cards below them follow with
//! the rest of the page (see `catch_up`), so a phone, which shows one or
//! two cards, does not build six, and a tall screen gets all of its own.

use leptos::html::Ol;
use leptos::prelude::*;

/// Before the list is first measured: what a 1200-pixel-tall window shows
/// under the search box and the timeline.
pub const UNMEASURED: usize = 6;

/// How far below the window a card may start and still count as shown, as a
/// share of the window's height. New cards can be shorter than the ones
/// measured (a snippet on one line less, no month heading), which brings
/// the next card up; this keeps it among the first ones.
pub const MARGIN: f64 = 0.25;

/// The number of leading cards, given the tops of their boxes in list order
/// (in pixels from the top of the window), that start above `bottom`. Cards
/// scrolled past count too: they are before the ones in view.
pub fn cards_in_view(tops: impl IntoIterator<Item = f64>, bottom: f64) -> usize {
    tops.into_iter().take_while(|top| *top < bottom).count()
}

/// The cards of `list` in view, measured in an animation frame (when the
/// layout is computed anyway) after `changed` changes and whenever the
/// window scrolls or is resized, and written to `in_view` (which starts at
/// [`UNMEASURED`]).
pub fn track_cards_in_view(
    list: NodeRef<Ol>,
    in_view: RwSignal<usize>,
    changed: impl Fn() + 'static,
) -> Memo<usize> {
    let pending = StoredValue::new(false);
    let schedule = move || {
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        request_animation_frame(move || {
            // `Some` gives the value back: the list is gone.
            if pending.try_set_value(false).is_some() {
                return;
            }
            if let Some(n) = list.get_untracked().map(|ol| measure(&ol)) {
                in_view.try_set(n);
            }
        });
    };
    Effect::new(move |_| {
        changed();
        schedule();
    });
    let scroll = window_event_listener(leptos::ev::scroll, move |_| schedule());
    let resize = window_event_listener(leptos::ev::resize, move |_| schedule());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
    // A memo, so that the list is split anew only when the count changes.
    Memo::new(move |_| in_view.get())
}

fn measure(list: &web_sys::HtmlOListElement) -> usize {
    let height = window().inner_height().ok().and_then(|h| h.as_f64());
    let Some(height) = height else {
        return UNMEASURED;
    };
    let cards = list.children();
    let tops = (0..cards.length())
        .filter_map(|i| cards.item(i))
        .map(|card| card.get_bounding_client_rect().top());
    cards_in_view(tops, height * (1.0 + MARGIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cards_in_view_run_from_the_first_to_the_last_that_starts_above_the_bottom() {
        assert_eq!(
            cards_in_view([396.0, 552.0, 708.0, 865.0, 1021.0], 900.0),
            4
        );
        assert_eq!(cards_in_view([456.0, 845.0, 1139.0], 844.0), 1);
        // Cards scrolled past are before those in view: they count.
        assert_eq!(cards_in_view([-300.0, -100.0, 50.0, 950.0], 900.0), 3);
        assert_eq!(cards_in_view([1200.0], 900.0), 0);
        assert_eq!(cards_in_view([], 900.0), 0);
    }
}
