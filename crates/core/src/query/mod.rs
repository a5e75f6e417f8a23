//! What the user asked for: the search text, filters, sort and page.
//!
//! [`Query`] is the typed state the app keeps in its URL. [`url`] reads and
//! writes it as a query string; [`parse`] turns its search text into a
//! [`SearchExpr`] of words, phrases, exclusions and `OR` groups.

pub(crate) mod edit;
pub(crate) mod parse;
pub(crate) mod url;

pub use parse::{Atom, Group, SearchExpr};

use crate::ArticleDate;

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match first (see [`crate::search::rank`]); recency breaks ties.
    #[default]
    Relevance,
    /// Newest first; undated articles last.
    Newest,
    /// Oldest first; undated articles last.
    Oldest,
}

impl Sort {
    /// The name used in URLs: `relevance`, `newest`, `oldest`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    /// The sort named `s`, if any.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "relevance" => Some(Sort::Relevance),
            "newest" => Some(Sort::Newest),
            "oldest" => Some(Sort::Oldest),
            _ => None,
        }
    }
}

/// A search: text, filters, sort and page.
///
/// Filters combine as the facets show them: values of one facet are ORed
/// (`tag=a&tag=b` is "a or b"), facets are ANDed with each other and with
/// the text. Dates compare by day; undated articles never pass a year or
/// date-range filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// The search text (`q`), in the query language of [`parse`].
    pub text: String,
    /// Selected topics (`topic`, repeatable), by id.
    pub topics: Vec<String>,
    /// Selected tags (`tag`, repeatable), exact spelling.
    pub tags: Vec<String>,
    /// Selected source hosts (`source`, repeatable).
    pub sources: Vec<String>,
    /// Selected collections (`collection`, repeatable).
    pub collections: Vec<String>,
    /// Selected years (`year`, repeatable).
    pub years: Vec<i32>,
    /// First day included (`from`, `YYYY-MM-DD`).
    pub from: Option<ArticleDate>,
    /// Last day included (`to`, `YYYY-MM-DD`).
    pub to: Option<ArticleDate>,
    /// Order of the hits (`sort`).
    pub sort: Sort,
    /// 1-based page number (`page`).
    pub page: u32,
}

impl Default for Query {
    /// The empty query: every article, by relevance (so newest first), page 1.
    fn default() -> Self {
        Self {
            text: String::new(),
            topics: Vec::new(),
            tags: Vec::new(),
            sources: Vec::new(),
            collections: Vec::new(),
            years: Vec::new(),
            from: None,
            to: None,
            sort: Sort::Relevance,
            page: 1,
        }
    }
}

impl Query {
    /// A query for `text` with no filter, sorted by relevance, first page.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// The same query with another sort.
    pub fn sorted(mut self, sort: Sort) -> Self {
        self.sort = sort;
        self
    }

    /// Whether the search text has anything to search for (a word, a
    /// phrase or an exclusion); without it, relevance has nothing to rank
    /// by and the engine lists the results newest first.
    pub fn has_search_terms(&self) -> bool {
        !parse::parse(&self.text).is_empty()
    }

    /// The 0-based page (page 0 and 1 are both the first page).
    pub fn page_index(&self) -> usize {
        self.page.saturating_sub(1) as usize
    }
}
