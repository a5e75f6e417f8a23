//! The article index, loaded once for the whole app and provided as one
//! context, [`Catalog`]. No page waits for it before showing something:
//! the search page shows the first view (`head.json`) and the article page
//! its own file; both read [`Catalog::state`], and the parts that need the
//! index (search, facets and timeline beyond the first view, an article's
//! previous / next) fill in when it arrives.

use leptos::prelude::*;

use crate::data::{load_catalog, IndexStart, LoadResult};

/// The index: loading, loaded (the engine) or failed. Provided once by
/// [`crate::App`]; cheap to copy.
#[derive(Clone, Copy)]
pub struct Catalog {
    /// The loading itself.
    resource: LocalResource<LoadResult>,
    /// The same, as a plain signal: `None` while it loads.
    state: ReadSignal<Option<LoadResult>>,
}

impl Catalog {
    /// Starts loading the index at `url` when `start` says, and provides it
    /// to the components built after this call (call it outside any
    /// `Suspense`).
    pub fn provide(url: String, start: IndexStart) -> Self {
        let resource = LocalResource::new(move || load_catalog(url.clone(), start));
        let state = RwSignal::new(None);
        Effect::new(move |_| state.set(resource.get()));
        let catalog = Self {
            resource,
            state: state.read_only(),
        };
        provide_context(catalog);
        catalog
    }

    /// The catalog provided by the nearest [`crate::App`].
    pub fn expect() -> Self {
        expect_context::<Self>()
    }

    /// The index as a plain signal: `None` while it loads. Never read the
    /// resource itself under a `Transition`: that would hold the whole
    /// `Transition` until the index is in.
    pub fn state(self) -> ReadSignal<Option<LoadResult>> {
        self.state
    }

    /// Loads the index again (after a failure).
    pub fn retry(self) {
        self.resource.refetch();
    }
}
