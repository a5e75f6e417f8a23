//! Editing a [`Query`] the way the explorer's controls do: toggling a facet
//! value, choosing a year, a range of years or of months, removing one active
//! filter, clearing them all.
//!
//! Every edit that changes what matches goes back to page 1, so a filter
//! never lands the user on an empty page 7.

use super::Query;
use crate::model::date::days_in_month;
use crate::ArticleDate;

/// The facets a user selects values of by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FacetKind {
    /// Topics (`topic`), selected by id.
    Topic,
    /// Tags (`tag`).
    Tag,
    /// Source hosts (`source`).
    Source,
    /// Collections (`collection`).
    Collection,
}

impl FacetKind {
    /// Every facet, in the order the explorer shows them: topics first.
    pub const ALL: [FacetKind; 4] = [
        FacetKind::Topic,
        FacetKind::Tag,
        FacetKind::Source,
        FacetKind::Collection,
    ];

    /// The URL key of the facet, also its name in the engine's results.
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Topic => "topic",
            FacetKind::Tag => "tag",
            FacetKind::Source => "source",
            FacetKind::Collection => "collection",
        }
    }
}

/// One filter in effect, as the explorer lists them for removal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActiveFilter {
    /// A selected facet value.
    Facet(FacetKind, String),
    /// A selected year.
    Year(i32),
    /// A day range; either end may be open.
    Range(Option<ArticleDate>, Option<ArticleDate>),
}

/// What the timeline shows for a query: years, or the months of one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateScope {
    /// Every year; the query selects the years in `selected` (inclusive), if any.
    Years {
        /// The selected years, first and last.
        selected: Option<(i32, i32)>,
    },
    /// The months of `year`; the query selects the months in `selected`
    /// (inclusive), or the whole year when `None`.
    Months {
        /// The year shown.
        year: i32,
        /// The selected months, first and last.
        selected: Option<(u8, u8)>,
    },
}

impl Query {
    /// The values of one facet the query selects.
    pub fn selected(&self, kind: FacetKind) -> &[String] {
        match kind {
            FacetKind::Topic => &self.topics,
            FacetKind::Tag => &self.tags,
            FacetKind::Source => &self.sources,
            FacetKind::Collection => &self.collections,
        }
    }

    fn selected_mut(&mut self, kind: FacetKind) -> &mut Vec<String> {
        match kind {
            FacetKind::Topic => &mut self.topics,
            FacetKind::Tag => &mut self.tags,
            FacetKind::Source => &mut self.sources,
            FacetKind::Collection => &mut self.collections,
        }
    }

    /// Whether the query selects `value` of facet `kind`.
    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.selected(kind).iter().any(|v| v == value)
    }

    /// Selects `value` of facet `kind`, or unselects it when selected.
    pub fn toggle(&mut self, kind: FacetKind, value: &str) {
        let list = self.selected_mut(kind);
        match list.iter().position(|v| v == value) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(value.to_owned()),
        }
        self.page = 1;
    }

    /// Replaces the search text, back to page 1.
    pub fn set_text(&mut self, text: &str) {
        self.text = text.to_owned();
        self.page = 1;
    }

    /// Selects the years `a` to `b` (either order, inclusive): one year as
    /// `year`, several as a `from`/`to` day range. Other date filters go.
    pub fn select_years(&mut self, a: i32, b: i32) {
        let (first, last) = (a.min(b), a.max(b));
        self.clear_dates();
        if first == last {
            self.years = vec![first];
        } else {
            self.from = ArticleDate::from_ymd(first, 1, 1);
            self.to = ArticleDate::from_ymd(last, 12, 31);
        }
    }

    /// Selects the months `a` to `b` (either order, inclusive) of `year` as
    /// a `from`/`to` day range. Other date filters go.
    pub fn select_months(&mut self, year: i32, a: u8, b: u8) {
        let (first, last) = (a.min(b).clamp(1, 12), a.max(b).clamp(1, 12));
        self.clear_dates();
        self.from = ArticleDate::from_ymd(year, first, 1);
        self.to = ArticleDate::from_ymd(year, last, days_in_month(year, last));
    }

    /// Drops the year and day-range filters.
    pub fn clear_dates(&mut self) {
        self.years.clear();
        self.from = None;
        self.to = None;
        self.page = 1;
    }

    /// Drops every filter; keeps the text and the sort.
    pub fn clear_filters(&mut self) {
        self.topics.clear();
        self.tags.clear();
        self.sources.clear();
        self.collections.clear();
        self.clear_dates();
    }

    /// Whether any filter is in effect (the text is not a filter).
    pub fn has_filters(&self) -> bool {
        !self.active_filters().is_empty()
    }

    /// The filters in effect, in the order the explorer lists them.
    pub fn active_filters(&self) -> Vec<ActiveFilter> {
        let mut out = Vec::new();
        for kind in FacetKind::ALL {
            out.extend(
                self.selected(kind)
                    .iter()
                    .map(|v| ActiveFilter::Facet(kind, v.clone())),
            );
        }
        out.extend(self.years.iter().map(|&y| ActiveFilter::Year(y)));
        if self.from.is_some() || self.to.is_some() {
            out.push(ActiveFilter::Range(self.from, self.to));
        }
        out
    }

    /// Removes one filter (as listed by [`Query::active_filters`]).
    pub fn remove(&mut self, filter: &ActiveFilter) {
        match filter {
            ActiveFilter::Facet(kind, value) => {
                self.selected_mut(*kind).retain(|v| v != value);
            }
            ActiveFilter::Year(y) => self.years.retain(|v| v != y),
            ActiveFilter::Range(..) => {
                self.from = None;
                self.to = None;
            }
        }
        self.page = 1;
    }

    /// What the timeline should show and highlight for this query: the
    /// months of a year when the query narrows to one year (`year=2023`, or
    /// a day range inside 2023), else every year.
    pub fn date_scope(&self) -> DateScope {
        match (self.years.as_slice(), self.from, self.to) {
            ([year], None, None) => DateScope::Months {
                year: *year,
                selected: None,
            },
            ([], Some(from), Some(to)) if from.year == to.year => {
                let whole_year = (from.month, from.day) == (1, 1) && (to.month, to.day) == (12, 31);
                DateScope::Months {
                    year: from.year,
                    selected: (!whole_year).then_some((from.month, to.month)),
                }
            }
            ([], Some(from), Some(to)) => DateScope::Years {
                selected: Some((from.year, to.year)),
            },
            (years, None, None) if !years.is_empty() => {
                let (min, max) = (years.iter().min(), years.iter().max());
                DateScope::Years {
                    selected: min.zip(max).map(|(a, b)| (*a, *b)),
                }
            }
            _ => DateScope::Years { selected: None },
        }
    }
}
