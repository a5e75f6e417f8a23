//! The article index, loaded once for the whole app and provided as one
//! context, [`Catalog`]. No page waits for it before showing something:
//! the search page shows the first view (`head.json`) and the article page
//! its own file; both read [`Catalog::state`], and the parts that need the
//! index (search, facets and timeline beyond the first view, an article's
//! previous / next) fill in when it arrives. The index comes in two parts:
//! the first answers every search but phrases and shows the cards; the
//! rest completes it, requested once the first is open and a view shows a
//! phrase (`demand::ask_rest`).

use leptos::prelude::*;

use std::sync::Arc;

use crate::data::{complete_catalog, load_catalog, IndexStart, LoadResult};

/// The index: loading, loaded (the engine) or failed. Provided once by
/// [`crate::App`]; cheap to copy.
#[derive(Clone, Copy)]
pub struct Catalog {
    /// The loading itself.
    resource: LocalResource<LoadResult>,
    /// The same, as a plain signal: `None` while it loads; the engine of
    /// the first part, then the completed one.
    state: ReadSignal<Option<LoadResult>>,
}

impl Catalog {
    /// Starts loading the index's first part at `url` when `start` says,
    /// then its rest at `rest_url` when a phrase needs it, and provides it
    /// to the components built
    /// after this call (call it outside any `Suspense`).
    pub fn provide(url: String, rest_url: String, start: IndexStart) -> Self {
        let first_url = url.clone();
        let resource = LocalResource::new(move || load_catalog(url.clone(), start));
        let state = RwSignal::new(None);
        Effect::new(move |_| {
            let loaded = resource.get();
            if let Some(Ok(engine)) = &loaded {
                if !engine.is_complete() {
                    let (engine, first, url) =
                        (engine.clone(), first_url.clone(), rest_url.clone());
                    leptos::task::spawn_local(async move {
                        // Only once a view shows a phrase (see `demand`).
                        crate::demand::rest_asked().await;
                        let completed = complete_catalog(engine.clone(), first, url).await;
                        // Unless a retry has loaded the first part again.
                        let current = resource.get_untracked();
                        if matches!(current, Some(Ok(e)) if Arc::ptr_eq(&e, &engine)) {
                            state.set(Some(completed));
                        }
                    });
                }
            }
            state.set(loaded);
        });
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
