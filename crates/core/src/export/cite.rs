//! One article as a formatted citation of a web page without a named
//! author: the title leads, the publication is the site (or the source the
//! article reports on), and the date the reader cites it on is given, as
//! both styles ask of pages that can change.

use super::Record;
use crate::ArticleDate;

const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month(d: ArticleDate, names: &[&'static str; 12]) -> &'static str {
    names[usize::from(d.month.clamp(1, 12)) - 1]
}

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
        .map(|d| format!("{} {} {}", d.year, month(d, &MONTHS_SHORT), d.day))
        .unwrap_or_else(|| "[date unknown]".to_owned());
    format!(
        "{} {publisher} [Internet]. {date} [cited {} {} {}]. Available from: {}",
        sentence(&r.title),
        cited.year,
        month(cited, &MONTHS_SHORT),
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
        .map(|d| format!("{}, {} {}", d.year, month(d, &MONTHS), d.day))
        .unwrap_or_else(|| "n.d.".to_owned());
    format!(
        "{} ({date}). {publisher}. Retrieved {} {}, {}, from {}",
        sentence(&r.title),
        month(cited, &MONTHS),
        cited.day,
        cited.year,
        r.url
    )
}
