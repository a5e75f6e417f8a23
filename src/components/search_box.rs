//! The search box: results as you type, `/` to focus, Escape to clear.

use std::time::Duration;

use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;
use veille_core::Query;

use crate::i18n::I18n;
use crate::state::{use_go, LiveText};

/// The id of the search input, for the skip link and the `/` shortcut.
pub const SEARCH_INPUT_ID: &str = "search";

/// How long typing must pause before the URL follows the text.
pub const URL_DELAY: Duration = Duration::from_millis(300);

/// A search field bound to the URL's `q`.
///
/// Each keystroke shows new results at once (through [`LiveText`]); the URL
/// follows when typing pauses or the field loses focus. The first URL
/// update of a typing run adds a history entry and the next ones replace
/// it, so Back returns to the view before typing rather than to each
/// prefix. When the URL changes from elsewhere (Back, a chip), the field
/// follows it.
#[component]
pub fn SearchBox(
    /// The query of the URL.
    url_query: Memo<Query>,
    /// The text being typed, shared with the page.
    live: LiveText,
) -> impl IntoView {
    let t = move || I18n::expect().t();
    let i18n = I18n::expect();
    let go = use_go();
    let input = NodeRef::<Input>::new();
    let text = RwSignal::new(url_query.get_untracked().text);
    // The text this box last wrote to the URL, whether a typing run is on,
    // and the timer that will write the pending text.
    let sent = StoredValue::new(text.get_untracked());
    let typing = StoredValue::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel_timer = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(None);
    };

    Effect::new(move |_| {
        let url_text = url_query.with(|q| q.text.clone());
        if url_text != sent.get_value() {
            cancel_timer();
            live.pending.set(None);
            typing.set_value(false);
            sent.set_value(url_text.clone());
            text.set(url_text);
        }
    });

    // Writes the pending text to the URL.
    let flush = {
        let go = go.clone();
        move || {
            cancel_timer();
            let Some(value) = live.pending.get_untracked() else {
                return;
            };
            let mut q = url_query.get_untracked();
            q.set_text(&value);
            sent.set_value(value);
            let replace = typing.get_value();
            typing.set_value(true);
            go(&q, replace);
            live.pending.set(None);
        }
    };
    on_cleanup(cancel_timer);

    let submit = {
        let flush = flush.clone();
        move |value: String, now: bool| {
            text.set(value.clone());
            live.pending.set(Some(value));
            cancel_timer();
            if now {
                flush();
            } else {
                let flush = flush.clone();
                timer.set_value(set_timeout_with_handle(flush, URL_DELAY).ok());
            }
        }
    };

    let focus_handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() || in_text_field(&e) {
            return;
        }
        if let Some(el) = input.get_untracked() {
            e.prevent_default();
            let _ = el.focus();
            el.select();
        }
    });
    on_cleanup(move || focus_handle.remove());

    let on_keydown = {
        let submit = submit.clone();
        let flush = flush.clone();
        move |e: ev::KeyboardEvent| match e.key().as_str() {
            "Escape" if !text.get_untracked().is_empty() => {
                e.prevent_default();
                submit(String::new(), true);
                typing.set_value(false);
            }
            "Enter" => flush(),
            _ => {}
        }
    };
    let on_input = {
        let submit = submit.clone();
        move |e: ev::Event| submit(event_target_value(&e), false)
    };
    let on_blur = move |_| {
        flush();
        typing.set_value(false);
    };
    let clear = move |_| {
        submit(String::new(), true);
        typing.set_value(false);
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };

    view! {
        <div class="search-box" role="search">
            <label for=SEARCH_INPUT_ID class="visually-hidden">{move || t().search_label}</label>
            <input
                id=SEARCH_INPUT_ID
                node_ref=input
                type="search"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                data-testid="search-input"
                aria-describedby="search-help"
                placeholder=move || t().search_placeholder
                prop:value=move || text.get()
                on:input=on_input
                on:keydown=on_keydown
                on:blur=on_blur
            />
            <button
                type="button"
                class="clear-search"
                aria-label=move || t().clear_search
                title=move || t().clear_search
                hidden=move || text.with(String::is_empty)
                on:click=clear
            >
                "×"
            </button>
            // Both texts are there; the style shows the keys where there is
            // a fine pointer (and so most likely a keyboard), the query
            // syntax on a touch screen.
            <p id="search-help" class="search-help" data-testid="search-help">
                <span class="help-keys">{move || i18n.t().search_help}</span>
                <span class="help-touch">{move || i18n.t().search_help_touch}</span>
            </p>
        </div>
    }
}

/// Whether the key event comes from a field the user types into.
fn in_text_field(e: &ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
