//! Counting over the results: which filters a document passes
//! ([`filter`]), disjunctive facet counts ([`facets`]), the timeline by
//! year and month ([`timeline`], [`months`]), each either match by match
//! or, for large result sets, with bitsets ([`bitset`], [`dense`]), over
//! the per-document facet values and dates ([`doc_values`]).

pub(crate) mod bitset;
pub(crate) mod dense;
pub(crate) mod doc_values;
pub(crate) mod facets;
pub(crate) mod filter;
pub(crate) mod months;
pub(crate) mod timeline;
pub(crate) mod topic_values;
