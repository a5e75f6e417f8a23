//! The core's integration tests, in one binary (one link instead of one per
//! file): each module tests one contract of the public API.

// A test that unwraps fails with the error, which is what it should say.
#![allow(clippy::unwrap_used)]

mod bundle_format;
mod common;
mod engine_analysis;
mod engine_facets;
mod engine_neighbours;
mod engine_query;
mod engine_related;
mod engine_typos;
mod index_format;
mod query_edit;
mod site_contract;
mod url_state;
