//! The root component: language, theme, the catalog loaded once, and the
//! routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::catalog::Catalog;
use crate::components::Settings;
use crate::data::{head_url, index_rest_url, index_url, HeadResource, IndexStart};
use crate::i18n::I18n;
use crate::pages::{ArticlePage, NotFound, SearchPage};
use crate::paths::app_path;
use crate::theme::ThemeChoice;

/// The whole explorer: header, routes and the shared catalog.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::provide();
    ThemeChoice::provide();
    // The first view is already on its way (index.html); the index follows
    // the first frame unless the page opens on a search (`IndexStart`).
    provide_context(HeadResource::new(head_url()));
    crate::demand::ask_on_first_interaction();
    let start = IndexStart::for_this_page();
    if start == IndexStart::WhenAsked {
        crate::data::start_index_early();
        crate::demand::hold_images();
    }
    Catalog::provide(index_url(), index_rest_url(), start);
    view! {
        <Router base=crate::paths::base_path()>
            <a class="skip-link" href="#main">
                {move || i18n.t().skip_to_results}
            </a>
            <header class="site-header">
                <a href=app_path("/") class="brand">
                    {crate::site_name::site_name()}
                </a>
                <Settings />
            </header>
            <main id="main" class="site-main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=SearchPage />
                    <Route path=path!("/:collection/:slug") view=ArticlePage />
                </Routes>
            </main>
        </Router>
    }
}
