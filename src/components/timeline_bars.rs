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
    /// The short label under the bar (`2023`, `déc`), if this bar shows one
    /// among `n` bars at position `i`: every month; years ending in 0 or 5,
    /// and the first and last years when no such label is close by.
    pub fn tick(&self, lang: Lang, i: usize, n: usize) -> Option<String> {
        match self.period {
            Period::Month(_, m) => Some(lang.month(m).chars().take(3).collect()),
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
