//! Loading the bundle into the app.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{Bundle, BundleError};

/// Where the app fetches the bundle, below the site's base path
/// ([`crate::paths::app_path`], applied by [`BundleResource::new`]).
pub const BUNDLE_URL: &str = "/data/bundle.json";

/// Why the bundle could not be loaded. Every variant reads as a sentence a
/// user can act on.
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

/// The result of loading the bundle: shared, cheap to clone.
pub type LoadResult = Result<Arc<Bundle>, LoadError>;

/// Fetches and reads the bundle at `url`.
pub async fn load_bundle(url: &str) -> LoadResult {
    let network = |e: gloo_net::Error| LoadError::Network {
        url: url.to_owned(),
        message: e.to_string(),
    };
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(network)?;
    Bundle::from_json(&text)
        .map(Arc::new)
        .map_err(|source| LoadError::Bundle {
            url: url.to_owned(),
            source,
        })
}

/// The app-wide bundle resource, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct BundleResource(pub LocalResource<LoadResult>);

impl BundleResource {
    /// Starts loading the bundle at `url`, a path from the site root such as
    /// [`BUNDLE_URL`]: the site's base path is put in front of it.
    pub fn new(url: &'static str) -> Self {
        let url = crate::paths::app_path(url);
        Self(LocalResource::new(move || {
            let url = url.clone();
            async move { load_bundle(&url).await }
        }))
    }

    /// The resource provided by the nearest [`crate::App`].
    pub fn expect() -> Self {
        expect_context::<Self>()
    }
}
