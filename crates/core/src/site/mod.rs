//! The published site's contract: the names and shapes that the builder
//! (`veille build`, `veille site`) writes and the browser app reads back.
//!
//! Each is written once, here: the data files and where they live
//! ([`files`]), the names the generated pages and the app agree on
//! ([`names`]), how a base path is normalized ([`base_path`]) and the shape
//! of an article's permalink ([`permalink`]) and the names a permalink may
//! not take ([`reserved`]). Nothing here does IO.
//!
//! The page shell `index.html` runs before the app's code and keeps its own
//! copy of the base path's normalization and of the first view's path;
//! `crates/core/tests/site_contract.rs` and `e2e/base-path.test.mjs` tie
//! that copy to this module.
//!
//! ```
//! use veille_core::site::{article_file, data_path, normalize_base_path, permalink, INDEX_FILE};
//! assert_eq!(data_path(INDEX_FILE), "/data/index.bin");
//! assert_eq!(data_path(&article_file("papers", "x")), "/data/articles/papers/x.json");
//! assert_eq!(normalize_base_path("veille/"), "/veille");
//! assert_eq!(permalink("papers", "x"), "/papers/x");
//! ```

pub mod base_path;
pub mod feeds;
pub mod files;
pub mod names;
pub mod permalink;
pub mod reserved;
pub mod secure;

pub use base_path::normalize_base_path;
pub use feeds::{tag_feed, tag_slug, topic_feed, MAIN_FEED};
pub use files::{
    article_file, data_path, whole_index, ARTICLES_DIR, DATA_DIR, HEAD_FILE, INDEX_FILE,
    INDEX_REST_FILE,
};
pub use names::{BASE_PATH_META, PRERENDER_ID};
pub use permalink::permalink;
pub use reserved::{
    reserved_name, site_names, DEFAULT_IMAGE, HEADERS_FILE, HOME_PAGE, NOJEKYLL_FILE,
    NOT_FOUND_PAGE, ROBOTS_FILE, SITEMAP_FILE, SITE_MARKER,
};
pub use secure::secure_url;
