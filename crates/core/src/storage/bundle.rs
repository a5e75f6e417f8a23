//! The bundle: every article of a site in one versioned JSON document.

use serde::{Deserialize, Serialize};

use crate::{Article, Topic};

/// The version of the bundle format this build writes and reads.
///
/// Bump it whenever a change to [`Bundle`] or [`Article`] would make an older
/// reader misread a newer bundle, and add a golden fixture for the new
/// version to the core's tests.
pub const BUNDLE_FORMAT_VERSION: u32 = 1;

/// All the articles of a site, as the builder writes them and the app loads them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Always [`BUNDLE_FORMAT_VERSION`] for bundles this build writes.
    pub format_version: u32,
    /// The articles, newest first; undated ones last, by permalink.
    pub articles: Vec<Article>,
    /// The corpus's topics, largest first, with their forms (the search
    /// synonyms); absent from bundles without topics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
}

/// Why some text could not be read as a [`Bundle`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// The text is not JSON at all (or is cut short).
    #[error("the bundle is not valid JSON (line {line}, column {column}): {message}")]
    NotJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
        /// What the JSON parser said.
        message: String,
    },
    /// The JSON has no `format_version` number.
    #[error("the bundle has no format_version; was it written by `veille build`?")]
    MissingVersion,
    /// The bundle was written for another version of Veille.
    #[error("the bundle has format version {found}, but this explorer reads version {supported}; rebuild it with the matching `veille build`")]
    UnsupportedVersion {
        /// The version the bundle declares.
        found: u64,
        /// The version this build understands.
        supported: u32,
    },
    /// The JSON is of the right version but does not match the schema.
    #[error("the bundle does not match format version {BUNDLE_FORMAT_VERSION} (line {line}, column {column}): {message}")]
    Invalid {
        /// 1-based line of the first mismatch.
        line: usize,
        /// 1-based column of the first mismatch.
        column: usize,
        /// What did not match.
        message: String,
    },
}

impl Bundle {
    /// A bundle of the current format holding `articles`, sorted as the
    /// format requires: newest first, undated last, ties by permalink.
    pub fn new(mut articles: Vec<Article>) -> Self {
        articles.sort_by(|a, b| {
            b.date
                .is_some()
                .cmp(&a.date.is_some())
                .then(b.date.cmp(&a.date))
                .then_with(|| a.permalink.cmp(&b.permalink))
        });
        Self {
            format_version: BUNDLE_FORMAT_VERSION,
            articles,
            topics: Vec::new(),
        }
    }

    /// The same bundle listing `topics` (the corpus's topics, largest first).
    pub fn with_topics(mut self, topics: Vec<Topic>) -> Self {
        self.topics = topics;
        self
    }

    /// Reads a bundle, checking its format version before its contents, so
    /// that a bundle from another version gets an error that says so.
    pub fn from_json(text: &str) -> Result<Self, BundleError> {
        #[derive(Deserialize)]
        struct Header {
            format_version: Option<serde_json::Value>,
        }
        let header: Header = serde_json::from_str(text).map_err(|e| BundleError::NotJson {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        match header
            .format_version
            .as_ref()
            .and_then(serde_json::Value::as_u64)
        {
            None => return Err(BundleError::MissingVersion),
            Some(v) if v != u64::from(BUNDLE_FORMAT_VERSION) => {
                return Err(BundleError::UnsupportedVersion {
                    found: v,
                    supported: BUNDLE_FORMAT_VERSION,
                })
            }
            Some(_) => {}
        }
        serde_json::from_str(text).map_err(|e| BundleError::Invalid {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    /// The bundle as compact JSON. The same bundle always gives the same bytes.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a bundle always serializes")
    }

    /// The article with this permalink (`/papers/<slug>`), if any.
    pub fn find(&self, collection: &str, slug: &str) -> Option<&Article> {
        self.articles
            .iter()
            .find(|a| a.collection == collection && a.slug == slug)
    }
}
