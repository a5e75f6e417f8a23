//! When the index is first needed. On the home page the first view comes
//! from `head.json`, and the index's first part is fetched early (by the
//! page's script) but opened only once the reader first interacts with the
//! page (a pointer, a key, a touch, a focus) or the view asks for something
//! the first view cannot show ([`ask`]): opening it is the app's longest
//! task, and a reader who only reads the first view never pays for it. The
//! rest of the index (positions, for phrases) is fetched and added only
//! once a view shows a query with a phrase ([`ask_rest`]).
//!
//! On that first view, the cards' thumbnails (images on the publishers'
//! hosts, tens of kilobytes each) wait for the index's first part to have
//! arrived ([`hold_images`], [`images_released`]): loaded with it, they took
//! the phone's bandwidth from it, and a search typed then waited for them.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::task::{Poll, Waker};
use std::thread::LocalKey;

use leptos::prelude::*;

/// A need, once said: whether it was, and who waits for it.
struct Need {
    asked: Cell<bool>,
    waiting: RefCell<Vec<Waker>>,
}

impl Need {
    const fn new() -> Self {
        Self {
            asked: Cell::new(false),
            waiting: RefCell::new(Vec::new()),
        }
    }

    fn ask(&self) {
        if !self.asked.replace(true) {
            self.waiting.borrow_mut().drain(..).for_each(Waker::wake);
        }
    }
}

thread_local! {
    static INDEX: Need = const { Need::new() };
    static REST: Need = const { Need::new() };
    static IMAGES_HELD: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Holds the cards' thumbnails back until [`release_images`]: called as the
/// app starts on the first view, whose index arrives after the app.
pub fn hold_images() {
    IMAGES_HELD.with(|held| held.set(true));
}

/// Lets the cards show their thumbnails: the index's first part has arrived
/// (or its request failed).
pub fn release_images() {
    IMAGES_HELD.with(|held| {
        if held.get_untracked() {
            held.set(false);
        }
    });
}

/// Whether the cards may show their thumbnails now (reactive).
pub fn images_released() -> bool {
    IMAGES_HELD.with(|held| !held.get())
}

/// Returns once `need` has been asked for.
async fn wait(need: &'static LocalKey<Need>) {
    poll_fn(|cx| {
        need.with(|n| {
            if n.asked.get() {
                Poll::Ready(())
            } else {
                n.waiting.borrow_mut().push(cx.waker().clone());
                Poll::Pending
            }
        })
    })
    .await
}

/// Says that the index is needed now: [`asked`] returns.
pub fn ask() {
    INDEX.with(Need::ask);
}

/// Returns once [`ask`] has been called.
pub async fn asked() {
    wait(&INDEX).await
}

/// Says that the rest of the index is needed now (a query with a phrase):
/// [`rest_asked`] returns.
pub fn ask_rest() {
    REST.with(Need::ask);
}

/// Returns once [`ask_rest`] has been called.
pub async fn rest_asked() {
    wait(&REST).await
}

/// Calls [`ask`] at the reader's first interaction with the page.
pub fn ask_on_first_interaction() {
    let handles = [
        window_event_listener(leptos::ev::pointerdown, |_| ask()),
        window_event_listener(leptos::ev::keydown, |_| ask()),
        window_event_listener(leptos::ev::focusin, |_| ask()),
        window_event_listener(leptos::ev::touchstart, |_| ask()),
    ];
    // Kept for the page's life: after the first call they cost a flag check.
    std::mem::forget(handles);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;

    #[test]
    fn thumbnails_are_shown_unless_held_and_once_released_they_stay() {
        assert!(images_released());
        release_images();
        assert!(images_released());
        hold_images();
        assert!(!images_released());
        release_images();
        assert!(images_released());
    }

    #[test]
    fn waiting_ends_once_asked_and_asking_again_changes_nothing() {
        // (The rest is asked for separately.)
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        assert!(std::pin::pin!(rest_asked()).poll(&mut cx).is_pending());
        let mut waiting = std::pin::pin!(asked());
        assert!(waiting.as_mut().poll(&mut cx).is_pending());
        ask();
        assert!(waiting.as_mut().poll(&mut cx).is_ready());
        ask();
        assert!(std::pin::pin!(asked()).poll(&mut cx).is_ready());
    }
}
