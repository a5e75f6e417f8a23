//! The bars of the timeline for a query: plain data, computed from the
//! engine's [`Timeline`] and the query's [`DateScope`].

use veille_core::{DateScope, Query, Sort, Timeline};

use crate::i18n::Lang;

/// What one bar stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// A year.
    Year(i32),
    /// A month of a year.
    Month(i32, u8),
}

/// One bar of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The period.
    pub period: Period,
    /// Results in it (every filter applied).
    pub count: usize,
    /// Results in it ignoring the date filters (the chart's context).
    pub context: usize,
    /// Whether the query selects it.
    pub selected: bool,
}

/// The bars for `timeline` under `scope`: every year of the axis, or the
/// twelve months of the chosen year.
pub fn bars(timeline: &Timeline, scope: DateScope) -> Vec<Bar> {
    match scope {
        DateScope::Years { selected } => timeline
            .years
            .iter()
            .map(|y| Bar {
                period: Period::Year(y.year),
                count: y.counts.count,
                context: y.counts.context,
                selected: selected.is_some_and(|(a, b)| (a..=b).contains(&y.year)),
            })
            .collect(),
        DateScope::Months { year, selected } => (1..=12u8)
            .map(|month| {
                let counts = timeline
                    .months
                    .iter()
                    .find(|m| m.year == year && m.month == month)
                    .map(|m| m.counts)
                    .unwrap_or_default();
                Bar {
                    period: Period::Month(year, month),
                    count: counts.count,
                    context: counts.context,
                    selected: selected.is_some_and(|(a, b)| (a..=b).contains(&month)),
                }
            })
            .collect(),
    }
}

/// The query after choosing the bars from `a` to `b` (one bar when equal).
/// Choosing the one bar already chosen alone undoes it: a year goes back to
/// all years, a month back to its whole year.
pub fn choose(q: &Query, a: Period, b: Period) -> Query {
    let mut q = q.clone();
    match (a, b) {
        (Period::Year(a), Period::Year(b)) => {
            if a == b
                && q.date_scope()
                    == (DateScope::Months {
                        year: a,
                        selected: None,
                    })
            {
                q.clear_dates();
            } else {
                q.select_years(a, b);
            }
        }
        (Period::Month(y, a), Period::Month(_, b)) => {
            let scope = q.date_scope();
            if a == b
                && scope
                    == (DateScope::Months {
                        year: y,
                        selected: Some((a, a)),
                    })
            {
                q.select_years(y, y);
            } else {
                q.select_months(y, a, b);
            }
        }
        _ => {}
    }
    q.page = 1;
    q
}

impl Bar {
    /// The short label under the bar (`2023`, `déc.`), if this bar shows one
    /// among `n` bars at position `i`: every month; years ending in 0 or 5,
    /// and the first and last years when no such label is close by.
    pub fn tick(&self, lang: Lang, i: usize, n: usize) -> Option<String> {
        match self.period {
            Period::Month(_, m) => Some(lang.month_short(m).to_owned()),
            Period::Year(y) => {
                let round = y.rem_euclid(5) == 0;
                let edge = (i == 0 && y.rem_euclid(5) <= 2) || (i + 1 == n && y.rem_euclid(5) >= 3);
                (n <= 8 || round || edge).then(|| y.to_string())
            }
        }
    }

    /// What the bar says to a screen reader and in its tooltip:
    /// `2023: 45 articles`, `December 2023: 3 articles`.
    pub fn describe(&self, lang: Lang) -> String {
        let when = match self.period {
            Period::Year(y) => y.to_string(),
            Period::Month(y, m) => lang.month_year(y, m),
        };
        format!("{when}: {}", lang.articles(self.count))
    }
}

/// Where the undated articles of `q`'s results are: sorted newest first
/// (undated last) without the date filters (which undated articles never
/// pass), the first page holding one. `None` when there is none.
pub fn undated_view(q: &Query, timeline: &Timeline, page_size: usize) -> Option<Query> {
    if timeline.undated.context == 0 {
        return None;
    }
    let dated: usize = timeline
        .years
        .iter()
        .chain(&timeline.outliers)
        .map(|y| y.counts.context)
        .sum();
    let mut q = q.clone();
    q.clear_dates();
    q.sort = Sort::Newest;
    q.page = (dated / page_size.max(1)) as u32 + 1;
    Some(q)
}

#[cfg(test)]
mod tests {
    use veille_core::{Article, Engine};

    use super::*;

    fn article(slug: &str, title: &str, date: &str) -> Article {
        Article {
            date: Some(date.parse().unwrap()),
            ..Article::new("papers", slug, title, "<p>Body</p>", "Body")
        }
    }

    #[test]
    fn the_timeline_has_a_bar_per_year_then_twelve_months_once_a_year_is_chosen() {
        let engine = Engine::new(vec![
            article("a", "A", "2021-03-02"),
            article("b", "B", "2023-12-14"),
            article("c", "C", "2023-12-01"),
        ]);
        let q = Query::from_query_string("from=2022-01-01&to=2023-12-31");
        let years = bars(&engine.search(&q).timeline, q.date_scope());
        let summary: Vec<_> = years
            .iter()
            .map(|b| (b.period, b.count, b.context, b.selected))
            .collect();
        assert_eq!(
            summary,
            [
                (Period::Year(2021), 0, 1, false),
                (Period::Year(2022), 0, 0, true),
                (Period::Year(2023), 2, 2, true),
            ]
        );
        let q = Query::from_query_string("year=2023");
        let months = bars(&engine.search(&q).timeline, q.date_scope());
        assert_eq!(months.len(), 12);
        assert_eq!(
            (months[11].period, months[11].count),
            (Period::Month(2023, 12), 2)
        );
        assert_eq!(months.iter().filter(|b| b.count > 0).count(), 1);
    }

    #[test]
    fn choosing_a_bar_filters_to_it_and_choosing_it_again_undoes_it() {
        let q = Query::from_query_string("q=stent&page=3");
        let q = choose(&q, Period::Year(2023), Period::Year(2023));
        assert_eq!(q.to_query_string(), "q=stent&year=2023");
        let q = choose(&q, Period::Year(2023), Period::Year(2023));
        assert_eq!(q.to_query_string(), "q=stent");
        let q = choose(&q, Period::Year(2024), Period::Year(2021));
        assert_eq!(q.to_query_string(), "q=stent&from=2021-01-01&to=2024-12-31");
        let q = choose(
            &Query::from_query_string("year=2024"),
            Period::Month(2024, 2),
            Period::Month(2024, 2),
        );
        assert_eq!(q.to_query_string(), "from=2024-02-01&to=2024-02-29");
        let q = choose(&q, Period::Month(2024, 2), Period::Month(2024, 2));
        assert_eq!(q.to_query_string(), "year=2024");
    }

    #[test]
    fn bars_describe_themselves_in_the_ui_language_and_label_round_years_only() {
        let bar = |period| Bar {
            period,
            count: 3,
            context: 5,
            selected: false,
        };
        assert_eq!(
            bar(Period::Month(2023, 12)).describe(Lang::Fr),
            "Décembre 2023: 3 articles"
        );
        assert_eq!(
            bar(Period::Year(2023)).describe(Lang::En),
            "2023: 3 articles"
        );
        let ticks: Vec<_> = (2000..2027)
            .enumerate()
            .filter_map(|(i, y)| bar(Period::Year(y)).tick(Lang::En, i, 27))
            .collect();
        assert_eq!(ticks, ["2000", "2005", "2010", "2015", "2020", "2025"]);
        assert_eq!(
            bar(Period::Month(2023, 2)).tick(Lang::Fr, 1, 12).as_deref(),
            Some("févr.")
        );
    }
}
