//! A calendar date, optionally with a UTC time of day, as stored in bundles.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The date of an article, in UTC.
///
/// Serialized as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ` when the source gave
/// a time. Ordering is chronological, and a date without a time sorts before
/// the same date with one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleDate {
    /// Calendar year, for example `2023`.
    pub year: i32,
    /// Month of the year, `1..=12`.
    pub month: u8,
    /// Day of the month, `1..=31`.
    pub day: u8,
    /// Seconds since midnight UTC, when the source gave a time.
    pub seconds: Option<u32>,
}

/// Why a string is not a valid [`ArticleDate`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")]
pub struct DateParseError {
    /// The rejected text.
    pub input: String,
}

impl ArticleDate {
    /// A date without a time of day, or `None` when the day does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self {
            year,
            month,
            day,
            seconds: None,
        })
    }

    /// The same day with a time of day, given as hours, minutes and seconds.
    pub fn with_time(self, hour: u8, minute: u8, second: u8) -> Option<Self> {
        (hour < 24 && minute < 60 && second < 60).then_some(Self {
            seconds: Some(u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second)),
            ..self
        })
    }
}

const MONTH_NAMES_EN: [&str; 12] = [
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

impl ArticleDate {
    /// The month's English name: `December`. Citations and the static
    /// pages, whose text is English, write dates with it.
    pub fn month_name_en(self) -> &'static str {
        MONTH_NAMES_EN[usize::from(self.month.clamp(1, 12)) - 1]
    }

    /// The month's English abbreviation, its first three letters: `Dec`
    /// (Vancouver citations).
    pub fn month_abbr_en(self) -> &'static str {
        &self.month_name_en()[..3]
    }
}

/// The number of days in `month` (1 to 12) of `year`, leap years included.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)?;
        if let Some(s) = self.seconds {
            write!(f, "T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)?;
        }
        Ok(())
    }
}

impl FromStr for ArticleDate {
    type Err = DateParseError;

    /// Parses exactly the two forms that [`Display`](fmt::Display) writes.
    /// Interpreting the many date forms found in frontmatter is the builder's job.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateParseError {
            input: s.to_owned(),
        };
        let num = |range: std::ops::Range<usize>| -> Result<u32, DateParseError> {
            let part = s.get(range).ok_or_else(err)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let b = s.as_bytes();
        if !(s.len() == 10 || s.len() == 20) || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let year = i32::try_from(num(0..4)?).map_err(|_| err())?;
        let date = Self::from_ymd(year, num(5..7)? as u8, num(8..10)? as u8).ok_or_else(err)?;
        if s.len() == 10 {
            return Ok(date);
        }
        if b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
            return Err(err());
        }
        let (h, m, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if h > 23 || m > 59 || sec > 59 {
            return Err(err());
        }
        date.with_time(h as u8, m as u8, sec as u8).ok_or_else(err)
    }
}

impl Serialize for ArticleDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ArticleDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_day_round_trips_through_text() {
        let d: ArticleDate = "2023-12-14".parse().unwrap();
        assert_eq!(d, ArticleDate::from_ymd(2023, 12, 14).unwrap());
        assert_eq!(d.to_string(), "2023-12-14");
    }

    #[test]
    fn a_day_with_a_time_round_trips_through_text() {
        let d: ArticleDate = "2023-12-14T12:52:18Z".parse().unwrap();
        assert_eq!(d.seconds, Some(12 * 3600 + 52 * 60 + 18));
        assert_eq!(d.to_string(), "2023-12-14T12:52:18Z");
    }

    #[test]
    fn days_that_do_not_exist_are_rejected() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "2024-1-01",
            "2024-01-01T24:00:00Z",
            "yesterday",
            "",
        ] {
            assert!(
                bad.parse::<ArticleDate>().is_err(),
                "{bad} should be rejected"
            );
        }
        assert!("2024-02-29".parse::<ArticleDate>().is_ok());
    }

    #[test]
    fn dates_order_chronologically_and_a_time_sorts_after_the_bare_day() {
        let mut v: Vec<ArticleDate> = [
            "2024-01-02",
            "2023-12-31T23:00:00Z",
            "2024-01-02T00:00:01Z",
            "2023-12-31",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        v.sort();
        let text: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "2023-12-31",
                "2023-12-31T23:00:00Z",
                "2024-01-02",
                "2024-01-02T00:00:01Z"
            ]
        );
    }
}
