//! What can be tuned in an engine, and the defaults.

use crate::search::rank::RankParams;

/// Body bytes kept per article for snippets by default: 256 (on the
/// publisher's corpus, 89 % of first-page hits still show a match in their
/// snippet, against 98 % with 512 bytes, for 10 % of the index's bytes; the
/// others show their summary).
pub const DEFAULT_BODY_BYTES: usize = 256;

/// Everything about the engine that can be tuned.
#[derive(Clone, Debug, PartialEq)]
pub struct EngineOptions {
    /// Ranking knobs (field weights, BM25 parameters, prefix and typo weights).
    pub rank: RankParams,
    /// Hits per page. Default 20.
    pub page_size: usize,
    /// Years shown on the timeline's axis, inclusive; dated articles outside
    /// are reported as outliers (see [`crate::counting::timeline`]). Default 1900–2100.
    pub plausible_years: (i32, i32),
    /// Snippet length in bytes. Default 200.
    pub snippet_len: usize,
    /// How much of each body the engine keeps for snippets, in bytes
    /// ([`DEFAULT_BODY_BYTES`]): a match further in the body gives the
    /// summary as the snippet instead. Fixed when the engine is built.
    pub body_bytes: usize,
}

impl Default for EngineOptions {
    fn default() -> Self {
        Self {
            rank: RankParams::default(),
            page_size: 20,
            plausible_years: (1900, 2100),
            snippet_len: 200,
            body_bytes: DEFAULT_BODY_BYTES,
        }
    }
}
