//! Grouping a page of hits by month, for the chronological view.

use std::ops::Range;

use crate::Hit;

/// A run of consecutive hits from the same month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGroup {
    /// The year and month (1 to 12) of the hits, or `None` for undated ones.
    pub month: Option<(i32, u8)>,
    /// The hits' positions in the page.
    pub range: Range<usize>,
}

/// Splits `hits`, in the order given, into runs of the same month. Sorted by
/// date, each month is one group; in relevance order the same month may
/// come back in several groups, as it should: the order is the ranking's.
pub fn group_by_month(hits: &[Hit]) -> Vec<MonthGroup> {
    let mut groups: Vec<MonthGroup> = Vec::new();
    for (i, hit) in hits.iter().enumerate() {
        let month = month_of(hit);
        match groups.last_mut() {
            Some(g) if g.month == month => g.range.end = i + 1,
            _ => groups.push(MonthGroup {
                month,
                range: i..i + 1,
            }),
        }
    }
    groups
}

/// The month the hit at `i` opens in `hits`, in the order given: for the
/// first hit, and for a hit of another month than the one before it, its
/// month (`None` inside when undated), just where the groups of
/// [`group_by_month`] start; `None` for a hit that goes on its month, or
/// past the end. A card can take its heading from it without grouping the
/// whole page.
pub fn month_opened(hits: &[Hit], i: usize) -> Option<Option<(i32, u8)>> {
    let this = month_of(hits.get(i)?);
    match i.checked_sub(1).map(|p| month_of(&hits[p])) {
        Some(before) if before == this => None,
        _ => Some(this),
    }
}

/// The year and month of `hit`, `None` when undated: what groups hits.
fn month_of(hit: &Hit) -> Option<(i32, u8)> {
    hit.date.map(|d| (d.year, d.month))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleDate;

    fn hit(date: Option<(i32, u8, u8)>) -> Hit {
        Hit {
            doc: 0,
            slug: String::new(),
            permalink: String::new(),
            collection: String::new(),
            title: String::new(),
            date: date.and_then(|(y, m, d)| ArticleDate::from_ymd(y, m, d)),
            source: None,
            image: None,
            tags: Vec::new(),
            title_matches: Vec::new(),
            snippet: String::new(),
            snippet_matches: Vec::new(),
            score: 0.0,
        }
    }

    #[test]
    fn consecutive_hits_of_a_month_form_one_group_and_undated_ones_their_own() {
        let hits = [
            hit(Some((2024, 12, 13))),
            hit(Some((2024, 12, 1))),
            hit(Some((2023, 12, 14))),
            hit(None),
            hit(None),
        ];
        let groups = group_by_month(&hits);
        assert_eq!(
            groups,
            vec![
                MonthGroup {
                    month: Some((2024, 12)),
                    range: 0..2
                },
                MonthGroup {
                    month: Some((2023, 12)),
                    range: 2..3
                },
                MonthGroup {
                    month: None,
                    range: 3..5
                },
            ]
        );
        assert!(group_by_month(&[]).is_empty());
    }

    #[test]
    fn a_hit_opens_its_month_exactly_where_a_group_starts() {
        let hits = [
            hit(Some((2024, 12, 13))),
            hit(Some((2024, 12, 1))),
            hit(None),
            hit(Some((2023, 12, 14))),
            hit(Some((2024, 12, 2))),
            hit(None),
            hit(None),
        ];
        let starts: Vec<_> = group_by_month(&hits)
            .into_iter()
            .map(|g| (g.range.start, g.month))
            .collect();
        let opened: Vec<_> = (0..hits.len())
            .filter_map(|i| month_opened(&hits, i).map(|m| (i, m)))
            .collect();
        assert_eq!(opened, starts);
        assert_eq!(month_opened(&hits, 4), Some(Some((2024, 12))));
        assert_eq!(month_opened(&hits, 6), None);
        assert_eq!(month_opened(&hits, hits.len()), None);
        assert_eq!(month_opened(&[], 0), None);
    }
}
