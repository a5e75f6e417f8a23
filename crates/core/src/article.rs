//! One article as the explorer shows it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ArticleDate;

/// An article, normalized by the builder and ready to display and index.
///
/// Every text field is plain, decoded text (no HTML entities), except
/// [`body_html`](Self::body_html), which the builder has already sanitized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The last segment of the article's URL, unique within its collection.
    pub slug: String,
    /// The group the article belongs to (`papers`, `articles`, ...): the first
    /// segment of its permalink, else the folder it was found in.
    pub collection: String,
    /// The path the explorer shows it at: `/<collection>/<slug>`.
    pub permalink: String,
    /// The title, trimmed, with runs of whitespace collapsed.
    pub title: String,
    /// When the article was first published; `None` for undated documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ArticleDate>,
    /// The publication date as the site wrote it, such as `14 décembre 2023`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_label: Option<String>,
    /// A short summary in plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The original article this one reports on (an `http` or `https` URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The host of [`source_url`](Self::source_url), without `www.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_host: Option<String>,
    /// Tags in their first-seen spelling, without duplicates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// An illustration (an `http` or `https` URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Who the illustration belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_credit: Option<String>,
    /// The body rendered to sanitized HTML: safe to insert into the page.
    pub body_html: String,
    /// The body as plain text, for search and snippets.
    pub body_text: String,
    /// Frontmatter keys Veille does not interpret, kept as written.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Article {
    /// The year the article was published, if it is dated.
    pub fn year(&self) -> Option<i32> {
        self.date.map(|d| d.year)
    }
}
