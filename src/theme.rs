//! Light and dark themes: following the system's `prefers-color-scheme` by
//! default, switchable, remembered.
//!
//! The choice is written as `data-theme` on `<html>`; the stylesheet reads
//! it, and uses the media query when it is absent.

use leptos::prelude::*;

use crate::prefs;

/// The user's choice of theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system.
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

const THEME_KEY: &str = "veille.theme";

impl Theme {
    /// Every choice, in the order offered.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a stored name; unknown names are `None`.
    pub fn parse(s: &str) -> Option<Self> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// The theme signal shared by the app.
#[derive(Clone, Copy)]
pub struct ThemeChoice(pub RwSignal<Theme>);

impl ThemeChoice {
    /// Reads the remembered choice, applies it, and provides it.
    pub fn provide() -> Self {
        let theme = prefs::get(THEME_KEY)
            .and_then(|s| Theme::parse(&s))
            .unwrap_or(Theme::Auto);
        let this = Self(RwSignal::new(theme));
        Effect::new(move |_| apply(this.0.get()));
        provide_context(this);
        this
    }

    /// The choice provided by [`crate::App`].
    pub fn expect() -> Self {
        expect_context()
    }

    /// Switches and remembers the theme.
    pub fn set(self, theme: Theme) {
        prefs::set(THEME_KEY, theme.as_str());
        self.0.set(theme);
    }
}

fn apply(theme: Theme) {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => html.remove_attribute("data-theme"),
        t => html.set_attribute("data-theme", t.as_str()),
    };
}
