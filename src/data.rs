//! Loading the articles into the app.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{Bundle, BundleError, Engine};

use crate::paths::app_path;

/// Where the app fetches the bundle, under the site's base path.
pub fn bundle_url() -> String {
    app_path("/data/bundle.json")
}

/// Why the articles could not be loaded. Every variant reads as a sentence
/// a user can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The server answered, but not with the bundle.
    #[error("the article bundle could not be loaded from {url} (HTTP {status}); build it with `veille build <content folder> --out public/data`")]
    Http {
        /// The bundle's URL.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The request did not complete.
    #[error("the article bundle could not be fetched from {url}: {message}")]
    Network {
        /// The bundle's URL.
        url: String,
        /// What the browser said.
        message: String,
    },
    /// The bundle arrived but cannot be read.
    #[error("the article bundle at {url} cannot be read: {source}")]
    Bundle {
        /// The bundle's URL.
        url: String,
        /// What is wrong with it.
        source: BundleError,
    },
}

/// Everything the explorer searches and shows, loaded once.
pub struct Catalog {
    /// The search engine over every article.
    pub engine: Engine,
}

/// The result of loading: shared, cheap to clone.
pub type LoadResult = Result<Arc<Catalog>, LoadError>;

/// Fetches the bundle at `url` and indexes it.
pub async fn load_catalog(url: String) -> LoadResult {
    let network = |e: gloo_net::Error| LoadError::Network {
        url: url.clone(),
        message: e.to_string(),
    };
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.clone(),
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(network)?;
    let bundle = Bundle::from_json(&text).map_err(|source| LoadError::Bundle {
        url: url.clone(),
        source,
    })?;
    Ok(Arc::new(Catalog {
        engine: Engine::from_bundle(bundle),
    }))
}

/// The app-wide catalog resource, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct CatalogResource(pub LocalResource<LoadResult>);

impl CatalogResource {
    /// Starts loading the catalog from the bundle at `url`.
    pub fn new(url: String) -> Self {
        Self(LocalResource::new(move || load_catalog(url.clone())))
    }

    /// The resource provided by the nearest [`crate::App`].
    pub fn expect() -> Self {
        expect_context::<Self>()
    }
}

/// The loaded catalog, provided as context to the components of a page by
/// the page that waited for it.
#[derive(Clone)]
pub struct CatalogContext(pub Arc<Catalog>);

impl CatalogContext {
    /// Provides `catalog` to the components built after this call.
    pub fn provide(catalog: Arc<Catalog>) {
        provide_context(Self(catalog));
    }

    /// The catalog provided by the enclosing page.
    pub fn expect() -> Arc<Catalog> {
        expect_context::<Self>().0
    }
}
