//! The search box: results as you type, `/` to focus, Escape to clear.

use std::time::Duration;

use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;
use veille_core::Query;

use super::search_input::{is_search_shortcut, SearchInput, Step, Timer};
use crate::i18n::I18n;
use crate::search_view::SearchView;
use crate::state::use_go;

/// The id of the search input, for the skip link and the `/` shortcut.
pub const SEARCH_INPUT_ID: &str = "search";

/// How long typing must pause before the URL follows the text.
pub const URL_DELAY: Duration = Duration::from_millis(300);

/// A search field bound to the URL's `q`, with the behaviour of
/// [`SearchInput`]: each keystroke shows new results at once (through the
/// page's `typed_text`); the URL follows when typing pauses or the field
/// loses focus.
#[component]
pub fn SearchBox(
    /// The search page's state: the box reads the URL's query and writes
    /// the text being typed.
    view: SearchView,
) -> impl IntoView {
    let SearchView {
        url_query,
        typed_text,
        ..
    } = view;
    let t = move || I18n::expect().t();
    let i18n = I18n::expect();
    let input = NodeRef::<Input>::new();
    let state = SearchInput::new(&url_query.with_untracked(|q| q.text.clone()));
    let wiring = Wiring {
        text: RwSignal::new(state.text().to_owned()),
        state: StoredValue::new(state),
        timer: StoredValue::new(None),
        typed_text,
        url_query,
        go: StoredValue::new_local(Box::new(use_go()) as Go),
    };
    let text = wiring.text;
    on_cleanup(move || wiring.cancel_timer());

    Effect::new(move |_| {
        let url_text = url_query.with(|q| q.text.clone());
        wiring.apply(|s| s.url_changed(&url_text));
    });

    let focus_handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if !is_search_shortcut(&e.key(), e.ctrl_key(), e.meta_key(), e.alt_key())
            || in_text_field(&e)
        {
            return;
        }
        if let Some(el) = input.get_untracked() {
            e.prevent_default();
            let _ = el.focus();
            el.select();
        }
    });
    on_cleanup(move || focus_handle.remove());

    let on_keydown = move |e: ev::KeyboardEvent| match e.key().as_str() {
        "Escape" if wiring.state.with_value(|s| !s.text().is_empty()) => {
            e.prevent_default();
            wiring.apply(|s| s.escape().unwrap_or_default());
        }
        "Enter" => wiring.apply(SearchInput::enter),
        _ => {}
    };
    let on_input = move |e: ev::Event| wiring.apply(|s| s.input(event_target_value(&e)));
    let on_blur = move |_| wiring.apply(SearchInput::blur);
    let clear = move |_| {
        wiring.apply(SearchInput::clear);
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

/// Shows the results for a query (see [`use_go`]).
type Go = Box<dyn Fn(&Query, bool)>;

/// What the box's event handlers share: the state, what shows it, the
/// timer and the way to the URL.
#[derive(Clone, Copy)]
struct Wiring {
    state: StoredValue<SearchInput>,
    /// The text in the field.
    text: RwSignal<String>,
    /// The timer that will write the pending text to the URL.
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The page's text being typed.
    typed_text: RwSignal<Option<String>>,
    url_query: Memo<Query>,
    go: StoredValue<Go, LocalStorage>,
}

impl Wiring {
    /// Runs an event through the state, then shows its text, sets the
    /// timer, writes the URL and the page's typed text as it says.
    fn apply(self, event: impl FnOnce(&mut SearchInput) -> Step) {
        let Some((step, shown, pending)) = self.state.try_update_value(|s| {
            let step = event(s);
            (step, s.text().to_owned(), s.pending().map(str::to_owned))
        }) else {
            // The box is gone.
            return;
        };
        if self.text.with_untracked(|t| *t != shown) {
            self.text.set(shown);
        }
        match step.timer {
            Timer::Keep => {}
            Timer::Cancel => self.cancel_timer(),
            Timer::Restart => {
                self.cancel_timer();
                let flush = move || self.apply(SearchInput::flush);
                self.timer
                    .set_value(set_timeout_with_handle(flush, URL_DELAY).ok());
            }
        }
        if let Some(commit) = step.commit {
            let mut q = self.url_query.get_untracked();
            q.set_text(&commit.text);
            self.go.with_value(|go| go(&q, commit.replace));
        }
        if self.typed_text.with_untracked(|t| *t != pending) {
            self.typed_text.set(pending);
        }
    }

    fn cancel_timer(self) {
        if let Some(t) = self.timer.try_get_value().flatten() {
            t.clear();
        }
        self.timer.try_set_value(None);
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
