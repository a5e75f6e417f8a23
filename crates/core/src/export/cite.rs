//! One article as a formatted citation of a web page without a named
//! author: the title leads, the publication is the site (or the source the
//! article reports on), and the date the reader cites it on is given, as
//! both styles ask of pages that can change.

use super::Record;
use crate::ArticleDate;

/// `title` ending with one full stop (or its own `?`/`!`).
fn sentence(title: &str) -> String {
    let t = title.trim();
    if t.ends_with(['.', '?', '!']) {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

/// Vancouver (ICMJE / NLM, "homepage or web page" form):
/// `Title. Publisher [Internet]. 2024 Dec 13 [cited 2026 Dec 7]. Available from: URL`.
/// `site` is the site's name, the publisher when the record has no source.
pub fn vancouver(r: &Record, site: &str, cited: ArticleDate) -> String {
    let publisher = r.source.as_deref().unwrap_or(site);
    let date = r
        .date
        .map(|d| format!("{} {} {}", d.year, d.month_abbr_en(), d.day))
        .unwrap_or_else(|| "[date unknown]".to_owned());
    format!(
        "{} {publisher} [Internet]. {date} [cited {} {} {}]. Available from: {}",
        sentence(&r.title),
        cited.year,
        cited.month_abbr_en(),
        cited.day,
        r.url
    )
}

/// APA 7 (a web page without an author: the title in its place):
/// `Title. (2024, December 13). Publisher. Retrieved December 7, 2026, from URL`.
pub fn apa(r: &Record, site: &str, cited: ArticleDate) -> String {
    let publisher = r.source.as_deref().unwrap_or(site);
    let date = r
        .date
        .map(|d| format!("{}, {} {}", d.year, d.month_name_en(), d.day))
        .unwrap_or_else(|| "n.d.".to_owned());
    format!(
        "{} ({date}). {publisher}. Retrieved {} {}, {}, from {}",
        sentence(&r.title),
        cited.month_name_en(),
        cited.day,
        cited.year,
        r.url
    )
}
