//! Veille's core: the plain types every other part of Veille agrees on, and
//! the search engine the explorer runs in the browser.
//!
//! This crate does no IO. The native `veille` builder produces a [`Bundle`]
//! and writes it as JSON; the browser app reads that JSON back through
//! [`Bundle::from_json`]. Because both sides use these same types, the
//! bundle schema is written exactly once, here.
//!
//! The engine ([`Engine`]) indexes the bundle's articles (or loads the
//! index the builder wrote, [`Engine::from_bytes`]) and answers [`Query`]s with [`Results`]: a page of hits with match
//! ranges, disjunctive facet counts and a timeline. See `docs/engine.md`.
//!
//! ```
//! use veille_core::{Engine, Query};
//! # let articles: Vec<veille_core::Article> = Vec::new();
//! let engine = Engine::new(articles);
//! let results = engine.search(&Query::from_query_string("q=stent&sort=newest"));
//! assert_eq!(results.total, 0);
//! ```

// The subsystems, in the order the data flows through them (see
// ARCHITECTURE.md): what an article is, how its text is analyzed and indexed,
// what a reader asks, how it is answered and counted, and what is stored
// between the builder and the browser. Each is private: the API is the
// re-exports below.
mod counting;
pub mod export;
mod index;
mod model;
mod query;
mod search;
mod storage;
mod text;

// The one public module: the published site's contract (file names, meta
// names, base path, permalinks), which the builder writes and the app reads.
pub mod site;

pub use counting::months::month_opened;
pub use model::article::{AlsoOn, Article, ArticleTopic};
pub use model::date::{ArticleDate, DateParseError};
pub use model::topic::Topic;
pub use query::edit::{ActiveFilter, DateScope, FacetKind};
pub use query::{Query, Sort};
pub use search::engine::{Engine, EngineOptions, EngineStats, MoreHits, Related};
pub use search::rank::RankParams;
pub use search::related::{RelatedBudget, RelatedFinder, RelatedStatistics};
pub use search::results::{
    Count, FacetValue, Facets, Hit, MonthCount, Relaxation, Results, Span, Timeline, YearCount,
};
pub use storage::article_file::{
    ArticleFile, ArticleFileError, RelatedArticle, RELATED_IN_FILE, RELATED_KEY,
};
pub use storage::bundle::{Bundle, BundleError, BUNDLE_FORMAT_VERSION};
pub use storage::codec::transport::{sections, SectionBytes};
pub use storage::codec::{IndexError, INDEX_FORMAT_VERSION};
pub use storage::first_view::FirstView;
pub use storage::stored::StoredArticle;
pub use text::{fold, is_stop_word, tokenize, TokenKind};
