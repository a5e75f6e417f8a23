//! Answering a query: the [`engine`], and the steps it runs in order, from
//! query words to index terms ([`resolve`]), matching and scoring
//! ([`matcher`], [`phrase`], [`rank`]), keeping the best ([`topk`]), to
//! what a search returns ([`results`]) with its match ranges
//! ([`highlight`]), with the topics' forms as synonyms ([`synonyms`]); related articles ([`related`]) and previous / next
//! within the results ([`neighbours`]).

pub(crate) mod engine;
pub(crate) mod highlight;
pub(crate) mod matcher;
pub(crate) mod neighbours;
pub(crate) mod passage;
pub(crate) mod phrase;
pub(crate) mod rank;
pub(crate) mod related;
pub(crate) mod relax;
pub(crate) mod resolve;
pub(crate) mod results;
pub(crate) mod synonyms;
pub(crate) mod topk;
pub(crate) mod typo;
