//! The `veille` command's integration tests, linked as one binary (one link
//! instead of one per file, as ripgrep lays its tests out). Each module is
//! one subject; [`util`] holds the helpers they share.
//!
//! The tests that check behaviour run on data in the repository (`content/`,
//! `tests/fixtures/`, generated articles); those about the publisher's real
//! corpus run when `../shared` is beside the checkout and otherwise say on
//! stderr that they were skipped (see [`util::shared`]).

// A test that unwraps fails with the error, which is what it should say.
#![allow(clippy::unwrap_used)]

mod check;
mod corpus;
mod dirty;
mod fuzz_site;
mod hostile;
mod limits;
mod malformed_documents;
mod malformed_fields;
mod prebuilt;
mod search_quality;
mod seeds;
mod site_app;
mod site_compression;
mod site_files;
mod site_pages;
mod site_update;
mod site_update_related;
mod strict;
mod topics;
mod util;
