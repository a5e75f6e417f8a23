//! What crosses from the builder to the browser, and its versions: the JSON
//! bundle ([`bundle`]), the binary index ([`codec`]) with the fields stored
//! per document ([`stored`], [`also`]), the precomputed first view
//! ([`first_view`], `head.json`), and each article's own file
//! ([`article_file`]).

pub(crate) mod also;
pub(crate) mod article_file;
pub(crate) mod bundle;
pub(crate) mod codec;
pub(crate) mod first_view;
pub(crate) mod stored;
