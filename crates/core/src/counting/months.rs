//! Grouping a page of hits by month, for the chronological view.

use crate::Hit;

/// The month the hit at `i` opens in `hits`, in the order given: for the
/// first hit, and for a hit of another month than the one before it, its
/// month (`None` inside when undated), so that each month's run of hits
/// (in relevance order, the same month may come back in several runs, as
/// it should: the order is the ranking's) gets one heading; `None` for a
/// hit that goes on its month, or past the end. A card can take its heading from it without grouping the
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
            topics: Vec::new(),
            also: Vec::new(),
            title_matches: Vec::new(),
            snippet: String::new(),
            snippet_matches: Vec::new(),
            score: 0.0,
        }
    }

    /// The hits that open a month, with the month each opens.
    fn opened(hits: &[Hit]) -> Vec<(usize, Option<(i32, u8)>)> {
        (0..hits.len())
            .filter_map(|i| month_opened(hits, i).map(|m| (i, m)))
            .collect()
    }

    #[test]
    fn consecutive_hits_of_a_month_open_it_once_and_undated_ones_their_own() {
        let hits = [
            hit(Some((2024, 12, 13))),
            hit(Some((2024, 12, 1))),
            hit(Some((2023, 12, 14))),
            hit(None),
            hit(None),
        ];
        assert_eq!(
            opened(&hits),
            vec![(0, Some((2024, 12))), (2, Some((2023, 12))), (3, None)]
        );
        assert!(opened(&[]).is_empty());
    }

    #[test]
    fn a_month_seen_again_after_another_is_opened_again() {
        let hits = [
            hit(Some((2024, 12, 13))),
            hit(Some((2024, 12, 1))),
            hit(None),
            hit(Some((2023, 12, 14))),
            hit(Some((2024, 12, 2))),
            hit(None),
            hit(None),
        ];
        assert_eq!(
            opened(&hits),
            vec![
                (0, Some((2024, 12))),
                (2, None),
                (3, Some((2023, 12))),
                (4, Some((2024, 12))),
                (5, None),
            ]
        );
        assert_eq!(month_opened(&hits, 4), Some(Some((2024, 12))));
        assert_eq!(month_opened(&hits, 6), None);
        assert_eq!(month_opened(&hits, hits.len()), None);
        assert_eq!(month_opened(&[], 0), None);
    }
}
