//! The bundle builder behind the `veille` command.
//!
//! [`build::run`] walks content folders, turns each file into a
//! [`veille_core::Article`] (frontmatter, Markdown or plain text), and writes
//! a [`veille_core::Bundle`] plus a report of every warning and error, each
//! naming its file and line. Per-file failures are collected, never fatal.

pub mod args;
pub mod article;
pub mod autolink;
pub mod build;
pub mod dates;
pub mod dedupe;
pub mod document;
pub mod fields;
pub mod markdown;
pub mod normalize;
pub mod output;
pub mod plain;
pub mod prebuilt;
pub mod report;
pub mod safe_html;
pub mod site;
pub mod walk;
