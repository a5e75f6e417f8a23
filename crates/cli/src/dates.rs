//! Reading the date forms found in frontmatter.

use jiff::{civil, tz::TimeZone, Timestamp};
use veille_core::ArticleDate;

/// Reads an ISO 8601 date: `2023-12-14`, `2023-12-14T12:52:18`, or with a
/// zone (`Z`, `+01:00`), which is converted to UTC. Also reads the day-month-year
/// labels French and English sites write, such as `14 décembre 2023`.
pub fn parse(text: &str) -> Option<ArticleDate> {
    let text = text.trim();
    if let Ok(ts) = text.parse::<Timestamp>() {
        return from_civil(ts.to_zoned(TimeZone::UTC).datetime(), true);
    }
    if let Ok(dt) = text.parse::<civil::DateTime>() {
        let has_time = text.len() > 10;
        return from_civil(dt, has_time);
    }
    if let Ok(d) = text.parse::<civil::Date>() {
        return from_civil(d.to_datetime(civil::Time::midnight()), false);
    }
    parse_label(text)
}

fn from_civil(dt: civil::DateTime, with_time: bool) -> Option<ArticleDate> {
    let day = ArticleDate::from_ymd(i32::from(dt.year()), dt.month() as u8, dt.day() as u8)?;
    if with_time {
        day.with_time(dt.hour() as u8, dt.minute() as u8, dt.second() as u8)
    } else {
        Some(day)
    }
}

const MONTHS: [[&str; 2]; 12] = [
    ["janvier", "january"],
    ["février", "february"],
    ["mars", "march"],
    ["avril", "april"],
    ["mai", "may"],
    ["juin", "june"],
    ["juillet", "july"],
    ["août", "august"],
    ["septembre", "september"],
    ["octobre", "october"],
    ["novembre", "november"],
    ["décembre", "december"],
];

/// `14 décembre 2023`, `1er mai 2024`, `14 December 2023`.
fn parse_label(text: &str) -> Option<ArticleDate> {
    let mut words = text.split_whitespace();
    let day = words.next()?.trim_end_matches("er").parse::<u8>().ok()?;
    let month_word = words.next()?.to_lowercase();
    let month = MONTHS.iter().position(|names| {
        names
            .iter()
            .any(|n| *n == month_word || n.replace('é', "e").replace('û', "u") == month_word)
    })?;
    let year = words.next()?.parse::<i32>().ok()?;
    if words.next().is_some() {
        return None;
    }
    ArticleDate::from_ymd(year, month as u8 + 1, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        parse(text).map(|d| d.to_string())
    }

    #[test]
    fn iso_dates_with_and_without_time_and_zone_are_read_in_utc() {
        assert_eq!(
            iso("2023-12-14T12:52:18.000Z").as_deref(),
            Some("2023-12-14T12:52:18Z")
        );
        assert_eq!(
            iso("2023-12-14T00:30:00+01:00").as_deref(),
            Some("2023-12-13T23:30:00Z")
        );
        assert_eq!(
            iso("2023-12-14T12:52:18").as_deref(),
            Some("2023-12-14T12:52:18Z")
        );
        assert_eq!(iso("2023-12-14").as_deref(), Some("2023-12-14"));
    }

    #[test]
    fn french_and_english_day_labels_are_read() {
        assert_eq!(iso("14 décembre 2023").as_deref(), Some("2023-12-14"));
        assert_eq!(iso("1er mai 2024").as_deref(), Some("2024-05-01"));
        assert_eq!(iso("14 December 2023").as_deref(), Some("2023-12-14"));
    }

    #[test]
    fn text_that_is_not_a_date_is_refused() {
        for junk in ["", "soon", "2023-13-01", "32 mai 2024", "[object Object]"] {
            assert_eq!(parse(junk), None, "{junk}");
        }
    }
}
