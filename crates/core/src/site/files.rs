//! The data files the builder writes for the app, and where the app finds
//! them on the site.
//!
//! `veille build --out <folder>` writes them into `<folder>`; `veille site`
//! builds into the site's [`DATA_DIR`], which the app fetches below the
//! site's base path ([`data_path`]).

/// The site's folder of data files, at the top of the site.
pub const DATA_DIR: &str = "data";

/// The prebuilt index's first part (the engine's bytes, loaded without
/// indexing; it answers every search but phrases, see
/// [`Engine::from_first_part`](crate::Engine::from_first_part)), inside the
/// data folder.
pub const INDEX_FILE: &str = "index.bin";

/// The rest of the prebuilt index (positions and related terms, see
/// [`Engine::with_rest`](crate::Engine::with_rest)), inside the data folder:
/// [`INDEX_FILE`] and this file put end to end are the whole index.
pub const INDEX_REST_FILE: &str = "index-rest.bin";

/// The whole index from the bytes of [`INDEX_FILE`] (`first`) and of
/// [`INDEX_REST_FILE`] (`rest`), for [`Engine::from_bytes`](crate::Engine::from_bytes).
pub fn whole_index(mut first: Vec<u8>, rest: &[u8]) -> Vec<u8> {
    first.extend_from_slice(rest);
    first
}

/// The precomputed first view (the results of the empty query, shown before
/// the index arrives), inside the data folder.
pub const HEAD_FILE: &str = "head.json";

/// The folder of per-article files inside the data folder.
pub const ARTICLES_DIR: &str = "articles";

/// The path of an article's own file relative to the data folder:
/// `articles/<collection>/<slug>.json`.
pub fn article_file(collection: &str, slug: &str) -> String {
    format!("{ARTICLES_DIR}/{collection}/{slug}.json")
}

/// The root-relative path of a file of the data folder, before the site's
/// base path: `rel` has no leading slash (`index.bin` → `/data/index.bin`).
pub fn data_path(rel: &str) -> String {
    format!("/{DATA_DIR}/{rel}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_file_sits_in_a_folder_per_collection() {
        assert_eq!(article_file("papers", "a-b"), "articles/papers/a-b.json");
    }

    #[test]
    fn data_files_are_fetched_below_the_data_folder() {
        assert_eq!(data_path(INDEX_FILE), "/data/index.bin");
        assert_eq!(data_path(HEAD_FILE), "/data/head.json");
        assert_eq!(
            data_path(&article_file("news", "x")),
            "/data/articles/news/x.json"
        );
    }
}
