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

mod article;
mod bundle;
mod date;

pub mod bitset;
pub mod codec;
pub mod docs;

pub mod dense;
pub mod engine;
pub mod facets;
pub mod filter;
pub mod head;
pub mod highlight;
pub mod index;
pub mod matcher;
pub mod meta;
pub mod months;
pub mod neighbours;
pub mod phrase;
pub mod query;
pub mod rank;
pub mod related;
pub mod resolve;
pub mod results;
pub mod site;
pub mod text;
pub mod timeline;
pub mod topk;

pub use article::Article;
pub use bundle::{Bundle, BundleError, FORMAT_VERSION};
pub use codec::{IndexError, INDEX_FORMAT_VERSION};
pub use date::{days_in_month, ArticleDate, DateParseError};
pub use docs::Doc;
pub use engine::{Engine, EngineOptions, EngineStats, Related};
pub use head::Head;
pub use query::{ActiveFilter, DateScope, FacetKind, Query, Sort};
pub use rank::RankParams;
pub use results::{Count, FacetValue, Facets, Hit, MonthCount, Results, Span, Timeline, YearCount};
