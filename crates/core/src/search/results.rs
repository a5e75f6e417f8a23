//! What a search returns: plain, serializable data, never HTML.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::ArticleDate;

/// A byte range `start..end` in a UTF-8 string (the title or the snippet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first matched character.
    pub start: usize,
    /// Byte offset just past the last matched character.
    pub end: usize,
}

/// One hit of a search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The article's index in the engine (and in the bundle it came from).
    pub doc: u32,
    /// The article's slug.
    pub slug: String,
    /// Its path in the explorer.
    pub permalink: String,
    /// Its collection.
    pub collection: String,
    /// Its title.
    pub title: String,
    /// Its date, if dated.
    pub date: Option<ArticleDate>,
    /// Its source host, if any.
    pub source: Option<String>,
    /// Its image's URL, if any (for a thumbnail).
    #[serde(default)]
    pub image: Option<String>,
    /// Its tags, but those nearly every article carries
    /// ([`crate::Engine::is_common_tag`]).
    pub tags: Vec<String>,
    /// Its topics, best first (ids and labels).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<crate::ArticleTopic>,
    /// The hosts the story is also on (copies merged into it by the builder).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Where the query matched in the title.
    pub title_matches: Vec<Span>,
    /// A short plain-text passage, around the first match in the body when
    /// there is one, else the summary, else the start of the body.
    pub snippet: String,
    /// Where the query matched in the snippet.
    pub snippet_matches: Vec<Span>,
    /// The relevance score (0 for a search without text).
    pub score: f32,
}

/// One value of a facet with its count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// The value as the articles spell it (a year as digits); shared with
    /// the engine, so listing every value of a facet copies no text.
    pub value: Arc<str>,
    /// Matching articles with this value, counted disjunctively: ignoring
    /// this facet's own selection, honouring all the others.
    pub count: usize,
    /// Whether the query selects it.
    pub selected: bool,
    /// What readers see, when it is not the value itself (a topic's label;
    /// the value is its id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Arc<str>>,
}

impl FacetValue {
    /// What to show for the value: its label, else the value.
    pub fn shown(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.value)
    }
}

/// Counts for every facet. Values are sorted by count (highest first), then
/// by value; years are sorted newest first. Selected values are always
/// listed, at zero if nothing matches them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// Topics: values are ids, with their labels.
    #[serde(default)]
    pub topic: Vec<FacetValue>,
    /// Tags.
    pub tag: Vec<FacetValue>,
    /// Source hosts.
    pub source: Vec<FacetValue>,
    /// Collections.
    pub collection: Vec<FacetValue>,
    /// Years.
    pub year: Vec<FacetValue>,
}

/// A count of the results, and of the results without the date filters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// Results (all filters applied).
    pub count: usize,
    /// Results ignoring the year and from/to filters: the chart's context.
    pub context: usize,
}

/// A year of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearCount {
    /// The year.
    pub year: i32,
    /// Its counts.
    #[serde(flatten)]
    pub counts: Count,
}

/// A month of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// Its counts.
    #[serde(flatten)]
    pub counts: Count,
}

/// Counts per year and month of the results, for a chart.
///
/// Only years inside the engine's plausible window
/// ([`crate::EngineOptions::plausible_years`]) are on the axis. Dated
/// articles outside it (a year 2325 from a typo) are counted in
/// [`outliers`](Self::outliers), per year, and do not stretch the axis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// Every year from the first to the last year with a context count,
    /// gaps included (at zero), oldest first.
    pub years: Vec<YearCount>,
    /// Every month with a non-zero count or context count, oldest first.
    pub months: Vec<MonthCount>,
    /// Undated articles.
    pub undated: Count,
    /// Dated articles outside the plausible window, per year.
    pub outliers: Vec<YearCount>,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// How many articles match (text and every filter).
    pub total: usize,
    /// The 1-based page returned.
    pub page: u32,
    /// Hits per page.
    pub page_size: usize,
    /// The hits of the page, best (or newest, or oldest) first.
    pub hits: Vec<Hit>,
    /// Facet counts.
    pub facets: Facets,
    /// Counts over time.
    pub timeline: Timeline,
    /// What was relaxed when no article matched the query as asked (the
    /// results are then those of the relaxed query); `None` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relaxed: Option<Relaxation>,
}

/// How a query that no article matched was relaxed, so that the page can
/// say it ("no article has all of …; showing articles with …").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Relaxation {
    /// Words further from the words as typed were allowed (one more edit).
    WiderTypos {
        /// The query's words (each group as typed: `a OR b`, `"a b"`).
        words: Vec<String>,
    },
    /// One word was left out: the results have all the others.
    DroppedWord {
        /// The query's words (each group as typed).
        words: Vec<String>,
        /// The words the results have (all but one of `words`).
        kept: Vec<String>,
    },
}

impl Results {
    /// How many hits the page holds: [`Results::hits`] once every hit is
    /// filled in (see [`Engine::search_first`](crate::Engine::search_first)).
    pub fn page_len(&self) -> usize {
        let before = (self.page.max(1) as usize - 1).saturating_mul(self.page_size);
        self.total.saturating_sub(before).min(self.page_size)
    }
}
