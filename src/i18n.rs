//! The interface in French and English: the words, dates and numbers.
//!
//! The language is chosen from the browser's languages on the first visit,
//! can be switched in the header, and is remembered (see [`crate::prefs`]).
//! Article text is never translated: only the interface around it.

use leptos::prelude::*;
use veille_core::{ArticleDate, Relaxation};

use crate::messages::fill;

use crate::prefs;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
}

const LANG_KEY: &str = "veille.lang";

impl Lang {
    /// The BCP 47 code, as in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Reads a code (`fr`, `fr-FR`, `en-GB` …); `None` for other languages.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of the browser's languages we speak, else English.
    pub fn from_browser_languages<'a>(languages: impl IntoIterator<Item = &'a str>) -> Self {
        languages
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::En)
    }

    /// The words of the interface in this language.
    pub fn t(self) -> &'static Messages {
        match self {
            Lang::En => &crate::messages::EN,
            Lang::Fr => &crate::messages::FR,
        }
    }

    /// A day as people write it: `14 décembre 2023`, `14 December 2023`.
    pub fn date(self, d: ArticleDate) -> String {
        format!("{} {} {}", d.day, self.month(d.month), d.year)
    }

    /// A month and year for headings: `décembre 2023`, `December 2023`.
    pub fn month_year(self, year: i32, month: u8) -> String {
        let m = self.month(month);
        match self {
            Lang::En => format!("{m} {year}"),
            Lang::Fr => format!("{}{} {year}", m[..1].to_uppercase(), &m[1..]),
        }
    }

    /// The abbreviation of month `1..=12`, as the language writes it.
    pub fn month_short(self, month: u8) -> &'static str {
        self.t().months_short[usize::from(month.clamp(1, 12) - 1)]
    }

    /// The full name of month `1..=12`.
    pub fn month(self, month: u8) -> &'static str {
        let i = usize::from(month.clamp(1, 12) - 1);
        self.t().months[i]
    }

    /// A number with the language's thousands separator: `12,345`, `12 345`.
    pub fn number(self, n: usize) -> String {
        let sep = match self {
            Lang::En => ',',
            Lang::Fr => '\u{202f}',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }

    /// What the engine did with a query no article matched
    /// ("No article has all of “a b”; showing articles with “b”.").
    pub fn relaxed(self, relaxation: &Relaxation) -> String {
        let quote = |words: &[String]| match self {
            Lang::En => format!("“{}”", words.join(" ")),
            Lang::Fr => format!("«\u{a0}{}\u{a0}»", words.join(" ")),
        };
        let t = self.t();
        match relaxation {
            Relaxation::WiderTypos { words } => fill(t.relaxed_typos, &[&quote(words)]),
            Relaxation::DroppedWord { words, kept } => {
                fill(t.relaxed_dropped, &[&quote(words), &quote(kept)])
            }
        }
    }

    /// A colon as the language writes it after a word: `:` or ` :`.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::En => ":",
            Lang::Fr => "\u{a0}:",
        }
    }

    /// `1 article`, `12,345 articles`.
    pub fn articles(self, n: usize) -> String {
        let t = self.t();
        let noun = if n == 1 {
            t.article_one
        } else {
            t.article_many
        };
        format!("{} {noun}", self.number(n))
    }

    /// `1 result`, `12,345 results`.
    pub fn results(self, n: usize) -> String {
        let t = self.t();
        let noun = if n == 1 { t.result_one } else { t.result_many };
        format!("{} {noun}", self.number(n))
    }
}

/// Every word of the interface, for one language.
pub struct Messages {
    pub(crate) months: [&'static str; 12],
    /// The months' abbreviations for the timeline's ticks (`juin`, `juil.`).
    pub(crate) months_short: [&'static str; 12],
    pub(crate) article_one: &'static str,
    pub(crate) article_many: &'static str,
    pub(crate) result_one: &'static str,
    pub(crate) result_many: &'static str,
    /// Header and settings.
    pub(crate) skip_to_results: &'static str,
    pub(crate) language: &'static str,
    pub(crate) theme: &'static str,
    pub(crate) theme_auto: &'static str,
    pub(crate) theme_light: &'static str,
    pub(crate) theme_dark: &'static str,
    /// Loading and errors.
    pub(crate) loading: &'static str,
    /// While the index loads, where the article's previous / next go.
    pub(crate) loading_results: &'static str,
    pub(crate) load_failed: &'static str,
    /// What the reader can do about it (the details go to the console).
    pub(crate) load_failed_hint: &'static str,
    pub(crate) try_again: &'static str,
    pub(crate) not_found_title: &'static str,
    pub(crate) not_found_text: &'static str,
    pub(crate) search_articles: &'static str,
    /// Search and results.
    pub(crate) search_label: &'static str,
    pub(crate) search_placeholder: &'static str,
    /// Under the search box: its keys, for a keyboard.
    pub(crate) search_help: &'static str,
    /// Under the search box on a touch screen, which has neither `/` nor
    /// Escape and cuts the placeholder short: the query syntax.
    pub(crate) search_help_touch: &'static str,
    pub(crate) clear_search: &'static str,
    pub(crate) sort: &'static str,
    pub(crate) sort_relevance: &'static str,
    pub(crate) sort_newest: &'static str,
    pub(crate) sort_oldest: &'static str,
    pub(crate) no_results: &'static str,
    /// A query no article matched, with one word left out: the words
    /// asked, then the words kept.
    pub(crate) relaxed_dropped: &'static str,
    /// A query no article matched, with words further from those typed.
    pub(crate) relaxed_typos: &'static str,
    pub(crate) results_list: &'static str,
    pub(crate) undated: &'static str,
    /// Filters.
    pub(crate) filters: &'static str,
    /// The Topics facet's heading, and the topic pills' list.
    pub(crate) topics: &'static str,
    pub(crate) tags: &'static str,
    pub(crate) sources: &'static str,
    pub(crate) collections: &'static str,
    pub(crate) filter_values: &'static str,
    pub(crate) show_more: &'static str,
    pub(crate) show_less: &'static str,
    pub(crate) no_value: &'static str,
    pub(crate) active_filters: &'static str,
    pub(crate) remove_filter: &'static str,
    pub(crate) clear_all: &'static str,
    pub(crate) year: &'static str,
    pub(crate) from: &'static str,
    pub(crate) to: &'static str,
    /// Timeline.
    pub(crate) per_year: &'static str,
    pub(crate) per_month: &'static str,
    pub(crate) all_years: &'static str,
    pub(crate) timeline_help: &'static str,
    pub(crate) outliers: &'static str,
    /// In the timeline's box when no dated article matches (not even
    /// ignoring the date filter): there is no bar to draw.
    pub(crate) timeline_empty: &'static str,
    /// Paging.
    pub(crate) pages: &'static str,
    pub(crate) previous: &'static str,
    pub(crate) next: &'static str,
    pub(crate) page_of: &'static str,
    /// Article page.
    pub(crate) back_to_results: &'static str,
    /// Before the other publications a merged story is also on.
    pub(crate) also_on: &'static str,
    /// `{n} new since {day}`, the one-click filter of a second visit.
    pub(crate) new_since: &'static str,
    /// The mark of a card new since the last visit.
    pub(crate) new_mark: &'static str,
    /// The export menu's label.
    pub(crate) export_list: &'static str,
    /// The feed link's label.
    pub(crate) atom_feed: &'static str,
    /// The citation block's heading.
    pub(crate) cite: &'static str,
    /// The copy buttons of citations.
    pub(crate) copy: &'static str,
    /// Said once a citation is copied.
    pub(crate) citation_copied: &'static str,
    pub(crate) all_articles: &'static str,
    pub(crate) related: &'static str,
    pub(crate) previous_article: &'static str,
    pub(crate) next_article: &'static str,
    pub(crate) result_position: &'static str,
    pub(crate) share: &'static str,
    pub(crate) link_copied: &'static str,
    pub(crate) copy_failed: &'static str,
}

/// The language signal shared by the app.
#[derive(Clone, Copy)]
pub struct I18n(pub RwSignal<Lang>);

impl I18n {
    /// Chooses the language (remembered, else the browser's) and provides it.
    pub fn provide() -> Self {
        let remembered = prefs::get(LANG_KEY).and_then(|c| Lang::from_code(&c));
        let lang = remembered.unwrap_or_else(browser_lang);
        let this = Self(RwSignal::new(lang));
        Effect::new(move |_| set_html_lang(this.0.get()));
        provide_context(this);
        this
    }

    /// The language provided by [`crate::App`].
    pub fn expect() -> Self {
        expect_context()
    }

    /// The current language (tracked).
    pub fn lang(self) -> Lang {
        self.0.get()
    }

    /// The current words (tracked).
    pub fn t(self) -> &'static Messages {
        self.0.get().t()
    }

    /// Switches and remembers the language.
    pub fn set(self, lang: Lang) {
        prefs::set(LANG_KEY, lang.code());
        self.0.set(lang);
    }
}

fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .collect();
    Lang::from_browser_languages(list.iter().map(String::as_str))
}

fn set_html_lang(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.code());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn june_and_july_have_distinct_abbreviations_in_french() {
        assert_eq!(Lang::Fr.month_short(6), "juin");
        assert_eq!(Lang::Fr.month_short(7), "juil.");
        assert_eq!(Lang::En.month_short(7), "Jul");
    }

    #[test]
    fn a_relaxed_query_is_explained_in_the_ui_language() {
        let r = Relaxation::DroppedWord {
            words: vec!["plgs".into(), "plug".into()],
            kept: vec!["plug".into()],
        };
        assert_eq!(
            Lang::En.relaxed(&r),
            "No article has all of “plgs plug”; showing articles with “plug”."
        );
        assert_eq!(
            Lang::Fr.relaxed(&r),
            "Aucun article ne contient à la fois «\u{a0}plgs plug\u{a0}» ; voici les articles avec «\u{a0}plug\u{a0}»."
        );
        let wider = Relaxation::WiderTypos {
            words: vec!["cat".into()],
        };
        assert!(Lang::En.relaxed(&wider).contains("“cat”"));
    }

    #[test]
    fn dates_numbers_and_the_browser_language_follow_the_ui_language() {
        let d = "2023-12-14T12:52:18Z".parse().unwrap();
        assert_eq!(Lang::Fr.date(d), "14 décembre 2023");
        assert_eq!(Lang::En.date(d), "14 December 2023");
        assert_eq!(Lang::En.results(12345), "12,345 results");
        assert_eq!(Lang::Fr.results(1), "1 résultat");
        assert_eq!(Lang::Fr.number(100000), "100\u{202f}000");
        assert_eq!(
            Lang::from_browser_languages(["de-DE", "fr-CA", "en"]),
            Lang::Fr
        );
        assert_eq!(Lang::from_browser_languages(["de-DE"]), Lang::En);
    }
}
