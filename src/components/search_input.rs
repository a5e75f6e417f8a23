//! The search box's state machine, [`SearchInput`]: the text in the field,
//! the text typed that has not reached the URL yet, and when it does.
//!
//! Each keystroke shows new results at once (the page reads the pending
//! text); the URL follows when typing pauses (a timer of
//! `search_box::URL_DELAY`), on Enter, or when the field loses
//! focus. The first URL update of a typing run adds a history entry and the
//! next ones replace it, so Back returns to the view before typing rather
//! than to each prefix. When the URL changes from elsewhere (Back, a chip),
//! the field follows it. The component (`SearchBox`) only turns DOM events
//! into calls and carries out the returned [`Step`].

/// What the search box holds between events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchInput {
    /// The text in the field.
    text: String,
    /// The text typed but not yet in the URL.
    pending: Option<String>,
    /// The text this box last wrote to the URL (or last saw there).
    sent: String,
    /// Whether a typing run is on: its next URL update replaces the entry
    /// its first one added.
    typing: bool,
}

/// What to do with the timer that writes the pending text to the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Timer {
    /// Leave it as it is.
    #[default]
    Keep,
    /// Stop it.
    Cancel,
    /// Stop it and start it again: the URL follows once typing pauses.
    Restart,
}

/// The search text to put in the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// The text.
    pub text: String,
    /// Whether it replaces the current history entry (typing on) rather
    /// than adding one.
    pub replace: bool,
}

/// What the component does after an event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Step {
    /// The timer.
    pub timer: Timer,
    /// The text to put in the URL, if any.
    pub commit: Option<Commit>,
}

impl SearchInput {
    /// A box showing `url_text`, the URL's search text.
    pub fn new(url_text: &str) -> Self {
        Self {
            text: url_text.to_owned(),
            sent: url_text.to_owned(),
            ..Self::default()
        }
    }

    /// The text in the field.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text typed but not yet in the URL, which the page shows results
    /// for.
    pub fn pending(&self) -> Option<&str> {
        self.pending.as_deref()
    }

    /// The URL's search text is now `url_text`. Unless this box wrote it,
    /// it came from elsewhere (Back, a chip): the field shows it and what
    /// was typed is dropped.
    pub fn url_changed(&mut self, url_text: &str) -> Step {
        if url_text == self.sent {
            return Step::default();
        }
        self.pending = None;
        self.typing = false;
        self.sent = url_text.to_owned();
        self.text = url_text.to_owned();
        Step {
            timer: Timer::Cancel,
            commit: None,
        }
    }

    /// The user typed: the field holds `value`. The URL follows once typing
    /// pauses.
    pub fn input(&mut self, value: String) -> Step {
        self.text.clone_from(&value);
        self.pending = Some(value);
        Step {
            timer: Timer::Restart,
            commit: None,
        }
    }

    /// The pending text goes to the URL now (the timer fired, or Enter).
    pub fn flush(&mut self) -> Step {
        let commit = self.pending.take().map(|text| {
            self.sent.clone_from(&text);
            let replace = self.typing;
            self.typing = true;
            Commit { text, replace }
        });
        Step {
            timer: Timer::Cancel,
            commit,
        }
    }

    /// Enter: the pending text goes to the URL now.
    pub fn enter(&mut self) -> Step {
        self.flush()
    }

    /// The field lost focus: the pending text goes to the URL, and the
    /// typing run ends.
    pub fn blur(&mut self) -> Step {
        let step = self.flush();
        self.typing = false;
        step
    }

    /// Escape: clears the field and the URL's text at once, if there is any
    /// text; `None` when the field is empty (the key is left alone).
    pub fn escape(&mut self) -> Option<Step> {
        (!self.text.is_empty()).then(|| self.clear())
    }

    /// The clear button: empties the field and the URL's text at once, and
    /// ends the typing run.
    pub fn clear(&mut self) -> Step {
        self.input(String::new());
        let step = self.flush();
        self.typing = false;
        step
    }
}

/// Whether a key pressed anywhere on the page (not in a field the user
/// types into) moves the focus to the search box: `/` without Ctrl, Meta
/// or Alt.
pub fn is_search_shortcut(key: &str, ctrl: bool, meta: bool, alt: bool) -> bool {
    key == "/" && !ctrl && !meta && !alt
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commit(text: &str, replace: bool) -> Option<Commit> {
        Some(Commit {
            text: text.into(),
            replace,
        })
    }

    #[test]
    fn typing_shows_the_text_at_once_and_sends_it_to_the_url_when_typing_pauses() {
        let mut box_ = SearchInput::new("");
        assert_eq!(box_.input("st".into()).timer, Timer::Restart);
        assert_eq!((box_.text(), box_.pending()), ("st", Some("st")));
        let step = box_.input("stent".into());
        assert_eq!(step.commit, None, "the URL waits for a pause");
        let step = box_.flush();
        assert_eq!(step.timer, Timer::Cancel);
        assert_eq!(step.commit, commit("stent", false));
        assert_eq!((box_.text(), box_.pending()), ("stent", None));
        // A flush with nothing pending writes nothing.
        assert_eq!(box_.flush().commit, None);
    }

    #[test]
    fn a_typing_run_adds_one_history_entry_then_replaces_it_until_the_box_is_left() {
        let mut box_ = SearchInput::new("");
        box_.input("st".into());
        assert_eq!(box_.flush().commit, commit("st", false));
        box_.input("stent".into());
        assert_eq!(box_.enter().commit, commit("stent", true));
        box_.input("stent v".into());
        assert_eq!(box_.blur().commit, commit("stent v", true));
        box_.input("stent valve".into());
        assert_eq!(
            box_.flush().commit,
            commit("stent valve", false),
            "leaving the box ended the run"
        );
    }

    #[test]
    fn escape_and_the_clear_button_empty_the_url_at_once_and_escape_leaves_an_empty_box_alone() {
        let mut box_ = SearchInput::new("stent");
        assert_eq!(box_.escape().map(|s| s.commit), Some(commit("", false)));
        assert_eq!((box_.text(), box_.pending()), ("", None));
        assert_eq!(box_.escape(), None);

        let mut box_ = SearchInput::new("");
        box_.input("valve".into());
        box_.flush();
        box_.input("valve t".into());
        let step = box_.clear();
        assert_eq!(step.timer, Timer::Cancel);
        assert_eq!(step.commit, commit("", true), "it ends the typing run");
        box_.input("x".into());
        assert_eq!(box_.flush().commit, commit("x", false));
    }

    #[test]
    fn the_box_follows_a_url_changed_elsewhere_and_drops_what_was_typed() {
        let mut box_ = SearchInput::new("stent");
        box_.input("valve".into());
        assert_eq!(box_.url_changed("stent"), Step::default(), "its own text");
        let step = box_.url_changed("heart");
        assert_eq!(step.timer, Timer::Cancel);
        assert_eq!((box_.text(), box_.pending()), ("heart", None));
        // What it writes itself comes back unchanged.
        box_.input("heart v".into());
        box_.flush();
        assert_eq!(box_.url_changed("heart v"), Step::default());
        assert_eq!(box_.text(), "heart v");
    }

    #[test]
    fn slash_focuses_the_search_box_unless_a_modifier_is_held() {
        assert!(is_search_shortcut("/", false, false, false));
        assert!(!is_search_shortcut("/", true, false, false));
        assert!(!is_search_shortcut("/", false, true, false));
        assert!(!is_search_shortcut("/", false, false, true));
        assert!(!is_search_shortcut("s", false, false, false));
    }
}
