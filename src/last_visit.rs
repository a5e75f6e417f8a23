//! New since your last visit: this browser remembers the day of its last
//! visit (local storage, nothing sent anywhere); the explorer marks the
//! articles dated since then and offers them as a filter that is a plain
//! date-from in the URL, so that a shared link still means something.

use std::sync::OnceLock;

use veille_core::{ArticleDate, Query};

const KEY: &str = "veille-last-visit";

/// The day of this browser's previous visit, read once per page load; the
/// visit is then recorded as today's.
pub fn since() -> Option<ArticleDate> {
    static SINCE: OnceLock<Option<ArticleDate>> = OnceLock::new();
    *SINCE.get_or_init(|| {
        let previous = crate::prefs::get(KEY).and_then(|s| parse(&s));
        crate::prefs::set(KEY, &today().to_string());
        previous
    })
}

/// A stored day (`YYYY-MM-DD`), if it is one.
pub fn parse(s: &str) -> Option<ArticleDate> {
    s.trim().parse().ok()
}

/// Today's date (UTC), from the browser's clock.
pub(crate) fn today() -> ArticleDate {
    let now = js_sys::Date::new_0();
    ArticleDate::from_ymd(
        now.get_utc_full_year() as i32,
        (now.get_utc_month() + 1) as u8,
        now.get_utc_date() as u8,
    )
    .unwrap_or_else(|| ArticleDate::from_ymd(1970, 1, 1).expect("a valid date"))
}

/// Whether an article dated `date` is new since the day `since` (dated that
/// day or later: the filter's `from` is the same day, so the marks and the
/// filter agree).
pub fn is_new(date: Option<ArticleDate>, since: ArticleDate) -> bool {
    date.is_some_and(|d| (d.year, d.month, d.day) >= (since.year, since.month, since.day))
}

/// The results of `q` from the day `since` on: the one-click filter.
pub fn new_since_query(q: &Query, since: ArticleDate) -> Query {
    let mut out = q.clone();
    out.years.clear();
    out.from = Some(since);
    out.to = None;
    out.page = 1;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_from_the_day_of_the_last_visit_on_are_new_and_the_filter_starts_that_day() {
        let since = parse("2026-12-03").unwrap();
        assert!(is_new(Some("2026-12-03T08:00:00Z".parse().unwrap()), since));
        assert!(!is_new(Some("2026-12-02".parse().unwrap()), since));
        assert!(!is_new(None, since));
        let q = new_since_query(&Query::from_query_string("q=stent&year=2025&page=3"), since);
        assert_eq!(q.to_query_string(), "q=stent&from=2026-12-03");
        assert_eq!(parse("junk"), None);
    }
}
