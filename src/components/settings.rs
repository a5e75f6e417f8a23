//! The header's language and theme switches.

use leptos::prelude::*;

use crate::i18n::{I18n, Lang};
use crate::theme::{Theme, ThemeChoice};

/// FR / EN buttons and a theme select (auto, light, dark).
#[component]
pub fn Settings() -> impl IntoView {
    let i18n = I18n::expect();
    let theme = ThemeChoice::expect();
    let lang_button = move |lang: Lang, label: &'static str, name: &'static str| {
        view! {
            <button
                type="button"
                lang=lang.code()
                title=name
                data-testid=format!("lang-{}", lang.code())
                aria-pressed=move || (i18n.lang() == lang).to_string()
                on:click=move |_| i18n.set(lang)
            >
                {label}
            </button>
        }
    };
    let on_theme = move |e: leptos::ev::Event| {
        if let Some(t) = Theme::parse(&event_target_value(&e)) {
            theme.set(t);
        }
    };
    let theme_option = move |t: Theme| {
        let label = move || {
            let m = i18n.t();
            match t {
                Theme::Auto => m.theme_auto,
                Theme::Light => m.theme_light,
                Theme::Dark => m.theme_dark,
            }
        };
        view! { <option value=t.as_str() selected=move || theme.0.get() == t>{label}</option> }
    };
    view! {
        <div class="settings">
            <div class="lang-switch" role="group" aria-label=move || i18n.t().language>
                {lang_button(Lang::Fr, "FR", "Français")}
                {lang_button(Lang::En, "EN", "English")}
            </div>
            <label class="theme-switch">
                <span class="visually-hidden">{move || i18n.t().theme}</span>
                <select data-testid="theme" on:change=on_theme prop:value=move || theme.0.get().as_str()>
                    {Theme::ALL.map(theme_option)}
                </select>
            </label>
        </div>
    }
}
