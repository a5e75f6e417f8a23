//! The same story under two URLs: sister publications cross-post a story,
//! a day or a few apart, each under its own address and permalink.
//!
//! Two articles are the same story when their titles are the same once
//! folded (case, accents and punctuation aside), they were published at
//! most [`WINDOW_DAYS`] apart, and their openings (the summary, else the
//! start of the body) share at least half their words
//! ([`SIMILAR_OPENINGS`]). The title alone is not enough: a series reuses
//! its title for each issue ("Inside access", "Coding Q&A"), a few days or
//! months apart, with a different summary each time. A similar title with a
//! similar summary is not enough either: a publication's regional editions
//! ("… 2026 (US)" and "… 2026 (OUS)") and a sponsor's series of pieces share
//! their summary and differ by a word of the title, and are different
//! documents.

use veille_core::{Article, ArticleDate};

use crate::normalize::slugify;

/// How far apart two copies of a story can be published, in days.
pub const WINDOW_DAYS: i64 = 7;

/// The share of words (Jaccard index) two openings must have in common.
pub const SIMILAR_OPENINGS: f64 = 0.5;

/// How many words of an opening are compared.
const OPENING_WORDS: usize = 60;

/// The key two copies of a story share: the title folded to a slug.
pub fn title_key(a: &Article) -> String {
    slugify(&a.title)
}

/// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
fn day_number(d: ArticleDate) -> i64 {
    let (y, m) = if d.month <= 2 {
        (i64::from(d.year) - 1, i64::from(d.month) + 9)
    } else {
        (i64::from(d.year), i64::from(d.month) - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// How many days apart two articles were published, if both are dated.
pub fn days_apart(a: &Article, b: &Article) -> Option<i64> {
    Some((day_number(a.date?) - day_number(b.date?)).abs())
}

/// The words of an article's opening: its summary, else its body.
fn opening(a: &Article) -> Vec<String> {
    let text = a.summary.as_deref().unwrap_or(&a.body_text);
    let mut words: Vec<String> = slugify(text)
        .split('-')
        .filter(|w| !w.is_empty())
        .take(OPENING_WORDS)
        .map(str::to_owned)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The Jaccard index of two sorted, deduplicated word lists (0 when both
/// are empty: nothing to compare is not a likeness).
fn jaccard(a: &[String], b: &[String]) -> f64 {
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Whether `a` and `b` are two copies of one story (see the module's rule),
/// and if so how many days apart.
pub fn same_story(a: &Article, b: &Article) -> Option<i64> {
    if a.permalink == b.permalink || title_key(a).is_empty() || title_key(a) != title_key(b) {
        return None;
    }
    let days = days_apart(a, b).filter(|&d| d <= WINDOW_DAYS)?;
    (jaccard(&opening(a), &opening(b)) >= SIMILAR_OPENINGS).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(permalink: &str, title: &str, date: &str, summary: &str) -> Article {
        let mut a = Article::new("papers", permalink, title, "", "");
        a.permalink = format!("/papers/{permalink}");
        a.date = Some(date.parse().unwrap());
        a.summary = Some(summary.to_owned());
        a
    }

    const SUMMARY: &str = "The trial met its primary endpoint at one year in 300 patients.";

    #[test]
    fn a_cross_post_a_few_days_later_is_the_same_story() {
        let a = story("a", "Trial “meets” its endpoint", "2025-03-01", SUMMARY);
        let b = story("b", "Trial meets its endpoint", "2025-03-04", SUMMARY);
        assert_eq!(same_story(&a, &b), Some(3));
    }

    #[test]
    fn the_same_title_weeks_apart_or_with_another_summary_is_another_story() {
        let a = story("a", "Inside access", "2025-03-01", SUMMARY);
        let later = story("b", "Inside access", "2025-03-20", SUMMARY);
        let other = story(
            "c",
            "Inside access",
            "2025-03-02",
            "Episode 12: how to match.",
        );
        assert_eq!(same_story(&a, &later), None);
        assert_eq!(same_story(&a, &other), None);
    }

    #[test]
    fn editions_whose_titles_differ_by_a_word_are_different_documents() {
        let us = story("a", "Vascular News 110 (US)", "2026-04-01", SUMMARY);
        let ous = story("b", "Vascular News 110 (OUS)", "2026-04-01", SUMMARY);
        assert_eq!(same_story(&us, &ous), None);
    }

    #[test]
    fn days_are_counted_across_months_and_years() {
        let a = story("a", "T", "2024-12-30", SUMMARY);
        let b = story("b", "T", "2025-01-02", SUMMARY);
        assert_eq!(days_apart(&a, &b), Some(3));
        let leap = story("c", "T", "2024-03-01", SUMMARY);
        let feb = story("d", "T", "2024-02-28", SUMMARY);
        assert_eq!(days_apart(&leap, &feb), Some(2));
    }
}
