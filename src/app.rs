//! The root component: loads the bundle once and routes between pages.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use crate::data::{BundleResource, BUNDLE_URL};
use crate::pages::{ArticlePage, HomePage, NotFound};

/// The whole explorer: header, routes and the shared bundle.
#[component]
pub fn App() -> impl IntoView {
    provide_context(BundleResource::new(BUNDLE_URL));
    view! {
        <Router base=crate::paths::base_path()>
            <header class="site-header">
                <A href="/" attr:class="brand">
                    "Veille"
                </A>
            </header>
            <main class="site-main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/:collection/:slug") view=ArticlePage />
                </Routes>
            </main>
        </Router>
    }
}
