//! When the list page first needs its index. On the home page the first
//! view comes from `head.json`, and the index's first part is fetched early
//! (by the page's script) but opened only once the reader first interacts
//! with the page (a pointer, a key, a touch, a focus) or the view asks for
//! something the first view cannot show: opening it is the app's longest
//! task, and a reader who only reads the first view never pays for it.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::task::{Poll, Waker};

use leptos::prelude::*;

thread_local! {
    static ASKED: Cell<bool> = const { Cell::new(false) };
    static WAITING: RefCell<Vec<Waker>> = const { RefCell::new(Vec::new()) };
}

/// Says that the index is needed now: [`asked`] returns.
pub fn ask() {
    if ASKED.replace(true) {
        return;
    }
    WAITING.with_borrow_mut(|w| w.drain(..).for_each(Waker::wake));
}

/// Returns once [`ask`] has been called.
pub async fn asked() {
    poll_fn(|cx| {
        if ASKED.get() {
            Poll::Ready(())
        } else {
            WAITING.with_borrow_mut(|w| w.push(cx.waker().clone()));
            Poll::Pending
        }
    })
    .await
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
    fn waiting_ends_once_asked_and_asking_again_changes_nothing() {
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        let mut waiting = std::pin::pin!(asked());
        assert!(waiting.as_mut().poll(&mut cx).is_pending());
        ask();
        assert!(waiting.as_mut().poll(&mut cx).is_ready());
        ask();
        assert!(std::pin::pin!(asked()).poll(&mut cx).is_ready());
    }
}
