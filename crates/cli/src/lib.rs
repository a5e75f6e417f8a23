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
pub mod check;
pub mod controls;
pub mod dates;
pub mod dedupe;
pub mod document;
pub mod fields;
pub mod limits;
pub mod markdown;
pub mod message;
pub mod normalize;
pub mod output;
pub mod plain;
pub mod prebuilt;
pub mod reading;
pub mod report;
pub mod safe_html;
pub mod site;
pub mod topics;
pub mod walk;

use std::path::Path;

use veille_core::Article;

/// Reads one document held in memory into the article `veille build` would
/// make of it, through the build's own reader ([`article::from_bytes`], the
/// step [`build::build`] runs on every file it walks) with the default
/// options. `path` is where the file would sit below a content folder (its
/// ending chooses Markdown or plain text, its name gives the slug when the
/// frontmatter has no permalink) and `collection` is that folder's
/// collection. `None` when the build would skip the document; its
/// diagnostics are dropped. For tools that generate documents, such as the
/// engine benchmark, without writing them to disk.
pub fn read_document(path: &Path, collection: &str, bytes: &[u8]) -> Option<Article> {
    let file = walk::InputFile {
        path: path.to_owned(),
        folder_collection: collection.to_owned(),
    };
    article::from_bytes(&file, bytes, &article::FileOptions::default()).article
}
