//! The article index, loaded once for the whole app and provided as one
//! context, [`Catalog`]. Pages that need it loaded wait for it with
//! [`crate::components::CatalogGate`]; the search page, which shows the
//! first view before it arrives, reads [`Catalog::state`] instead.

use leptos::prelude::*;

use crate::data::{load_catalog, IndexStart, LoadResult};

/// The index: loading, loaded (the engine) or failed. Provided once by
/// [`crate::App`]; cheap to copy.
#[derive(Clone, Copy)]
pub struct Catalog {
    /// The loading itself, which a `Transition` can wait for.
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

    /// The index as a plain signal: `None` while it loads. Pages that show
    /// something before it is loaded read this instead of
    /// [`Catalog::resource`], since reading a resource under a `Transition`
    /// holds the whole `Transition` until it resolves.
    pub fn state(self) -> ReadSignal<Option<LoadResult>> {
        self.state
    }

    /// The loading, for a `Transition` to wait for.
    pub fn resource(self) -> LocalResource<LoadResult> {
        self.resource
    }

    /// Loads the index again (after a failure).
    pub fn retry(self) {
        self.resource.refetch();
    }
}
