//! Loading the articles into the app: the prebuilt index once, then each
//! article's own file when its page is opened.

use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{site, ArticleFile, Engine, FirstView, IndexError, Query, Results};
use web_sys::RequestCache;

use crate::paths::{app_path, base_path};

/// Where the app fetches the prebuilt index (`veille build` writes it next
/// to the bundle), under the site's base path.
pub fn index_url() -> String {
    app_path(&site::data_path(site::INDEX_FILE))
}

/// Where the app fetches the rest of the prebuilt index (positions and
/// related terms), once its first part is open.
pub fn index_rest_url() -> String {
    app_path(&site::data_path(site::INDEX_REST_FILE))
}

/// Where the app fetches the precomputed first view ([`site::HEAD_FILE`]).
pub fn head_url() -> String {
    app_path(&site::data_path(site::HEAD_FILE))
}

/// Where the app fetches one article's own file.
pub fn article_url(collection: &str, slug: &str) -> String {
    app_path(&site::data_path(&site::article_file(collection, slug)))
}

/// Why the articles could not be loaded. Every variant reads as a sentence
/// a user can act on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The server answered, but not with the file.
    #[error("{url} could not be loaded (HTTP {status}); build the site's data with `veille build <content folder> --out public/data`")]
    Http {
        /// The file's URL.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The request did not complete.
    #[error("{url} could not be fetched: {message}")]
    Network {
        /// The file's URL.
        url: String,
        /// What the browser said.
        message: String,
    },
    /// The index arrived but cannot be read.
    #[error("the article index at {url} cannot be read: {source}")]
    Index {
        /// The index's URL.
        url: String,
        /// What is wrong with it.
        source: IndexError,
    },
    /// An article's file arrived but cannot be read.
    #[error("the article at {url} cannot be read: {message}")]
    Article {
        /// The file's URL.
        url: String,
        /// What is wrong with it.
        message: String,
    },
}

impl LoadError {
    /// Whether the server said there is no such file (HTTP 404): for an
    /// article's file, no such article.
    pub fn is_not_found(&self) -> bool {
        matches!(self, LoadError::Http { status: 404, .. })
    }
}

/// The result of loading the index: the search engine over every article,
/// shared, cheap to clone.
pub type LoadResult = Result<Arc<Engine>, LoadError>;

/// How long the first view's request may take, body included: it only
/// saves time (the index answers the same), so it is given up early.
pub const HEAD_TIMEOUT_MS: u32 = 5_000;
/// How long an article's file or the index's rest may take.
pub const FILE_TIMEOUT_MS: u32 = 30_000;
/// How long the index's first part (megabytes) may take.
pub const INDEX_TIMEOUT_MS: u32 = 60_000;

/// A request's deadline: its abort signal, aborted when the timer fires;
/// dropping it cancels the timer. `window.veilleFetchTimeoutMs`, when set
/// (the end-to-end tests), replaces every limit.
struct Deadline {
    signal: Option<web_sys::AbortSignal>,
    ms: u32,
    _timer: Option<gloo_timers::callback::Timeout>,
}

impl Deadline {
    fn new(ms: u32) -> Self {
        let ms = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"veilleFetchTimeoutMs".into()).ok())
            .and_then(|v| v.as_f64())
            .map_or(ms, |v| v as u32);
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let timer = controller.map(|c| gloo_timers::callback::Timeout::new(ms, move || c.abort()));
        Self {
            signal,
            ms,
            _timer: timer,
        }
    }

    /// The error of a request that failed: a timeout if the deadline passed.
    fn error(&self, url: &str, e: impl std::fmt::Display) -> LoadError {
        if self.signal.as_ref().is_some_and(|s| s.aborted()) {
            network(url, format!("no complete answer within {} ms", self.ms))
        } else {
            network(url, e)
        }
    }
}

/// Fetches `url` under `deadline` and returns the successful response.
async fn fetch(
    url: &str,
    deadline: &Deadline,
    cache: RequestCache,
) -> Result<gloo_net::http::Response, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .abort_signal(deadline.signal.as_ref())
        .cache(cache)
        .send()
        .await
        .map_err(|e| deadline.error(url, e))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    Ok(response)
}

/// Fetches `url` and returns its text. The page's script may have fetched
/// it already (see `index.html`): that text is taken, once; a retry asks
/// again. The script reads the body itself because reading a response's
/// body takes a task of its own, in which the browser would paint the
/// skeleton before the first view.
async fn fetch_text(url: &str, ms: u32) -> Result<String, LoadError> {
    let Some(started) = early_fetch(url) else {
        let deadline = Deadline::new(ms);
        return fetch(url, &deadline, RequestCache::Default)
            .await?
            .text()
            .await
            .map_err(|e| deadline.error(url, e));
    };
    Ok(early_body(url, started, "text")
        .await?
        .as_string()
        .unwrap_or_default())
}

/// Fetches `url` and returns its bytes, taking the page script's request
/// when it started one (the index's first part on the list page, see
/// `index.html`); else tells the script not to start one.
async fn fetch_early_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let Some(started) = early_fetch(url) else {
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::set(&window, &"veilleIndexAsked".into(), &true.into());
        }
        return fetch_bytes(url, INDEX_TIMEOUT_MS, RequestCache::Default).await;
    };
    let bytes = early_body(url, started, "bytes").await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// The body (its field `field`: `text` or `bytes`) of the response the
/// page's script `started` for `url`.
async fn early_body(
    url: &str,
    started: js_sys::Promise,
    field: &str,
) -> Result<wasm_bindgen::JsValue, LoadError> {
    let fetched = wasm_bindgen_futures::JsFuture::from(started)
        .await
        .map_err(|e| network(url, e.as_string().unwrap_or_else(|| format!("{e:?}"))))?;
    let get = |name: &str| js_sys::Reflect::get(&fetched, &name.into()).ok();
    let status = get("status").and_then(|s| s.as_f64()).unwrap_or(0.0) as u16;
    if !(200..300).contains(&status) {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status,
        });
    }
    get(field).ok_or_else(|| network(url, "no body"))
}

/// What the page's script fetched for `url`, if anything: a promise of the
/// response's `{ status, text }` (or `{ status, bytes }`, an `ArrayBuffer`),
/// taken out of `window.veilleEarly` so that it is used once.
fn early_fetch(url: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let early = js_sys::Reflect::get(&window, &"veilleEarly".into()).ok()?;
    let promise = js_sys::Reflect::get(&early, &url.into()).ok()?;
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    js_sys::Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &url.into()).ok()?;
    Some(promise)
}

/// A request for `url` that got no response, with the browser's message.
fn network(url: &str, message: impl std::fmt::Display) -> LoadError {
    LoadError::Network {
        url: url.to_owned(),
        message: message.to_string(),
    }
}

/// Has the page's script request the index's first part now (on the home
/// page: see `index.html`, `veilleStartIndex`), if it has not yet. Called as
/// the app starts: the script's own trigger, the wasm's arrival, is seen
/// only after the app's first view, a long task.
pub fn start_index_early() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let start = js_sys::Reflect::get(&window, &"veilleStartIndex".into()).ok();
    if let Some(f) = start.and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
    {
        let _ = f.call0(&window);
    }
}

/// When the index is requested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexStart {
    /// At once: the page opens on a view only the index can show (a search,
    /// a filter, another page or sort).
    Now,
    /// On the list page showing its first view (from `head.json`): the
    /// first part's bytes are fetched early (by the page's script), and
    /// opened once the reader first interacts with the page or the view
    /// needs the index ([`crate::demand`]).
    WhenAsked,
    /// Once the page's first frame is painted. The first view (from
    /// `head.json`) and an article's page come from small files, and the
    /// index, megabytes long, arriving beside them delayed that frame: by
    /// 18 to 56 ms at the median in three runs of 25 interleaved cold loads
    /// at 2,787 articles. A link to a search would only lose time waiting
    /// (25 ms at the median in 10 such loads).
    AfterFirstPaint,
}

impl IndexStart {
    /// For a page opened at `path` (below the site's base path) with the
    /// query string `search`.
    pub fn for_location(path: &str, search: &str) -> Self {
        let list = path.trim_end_matches('/').is_empty();
        match (list, Query::from_query_string(search) == Query::default()) {
            (true, false) => IndexStart::Now,
            (true, true) => IndexStart::WhenAsked,
            (false, _) => IndexStart::AfterFirstPaint,
        }
    }

    /// For the page as the browser opened it.
    pub fn for_this_page() -> Self {
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return IndexStart::AfterFirstPaint;
        };
        let path = location.pathname().unwrap_or_default();
        let below_base = path.strip_prefix(&base_path()).unwrap_or(&path);
        Self::for_location(below_base, &location.search().unwrap_or_default())
    }
}

/// Fetches the first part of the prebuilt index at `url` and opens it: no
/// indexing in the browser, the engine reads the bytes in place, and
/// answers every search but phrases ([`Engine::answers`]) until
/// [`complete_catalog`]. `start` says when.
pub async fn load_catalog(url: String, start: IndexStart) -> LoadResult {
    if start != IndexStart::Now {
        crate::frames::next_paint().await;
    }
    let bytes = fetch_early_bytes(&url).await;
    crate::demand::release_images();
    let bytes = bytes?;
    if start == IndexStart::WhenAsked {
        crate::demand::asked().await;
    }
    let engine = Engine::from_first_part(&bytes).map_err(|source| LoadError::Index {
        url: url.clone(),
        source,
    })?;
    Ok(Arc::new(engine))
}

/// `engine` (opened from the first part of the index, fetched from
/// `first_url`) completed by the rest of the index, fetched from `url`.
///
/// A host that lets browsers keep the data files for a while without asking
/// (GitHub Pages: ten minutes) can pair a first part kept from before a
/// publication with a rest from after it, which the rest's checksum
/// refuses: then both are asked for again, revalidated, once, and the
/// engine is the new index whole.
pub async fn complete_catalog(engine: Arc<Engine>, first_url: String, url: String) -> LoadResult {
    let bytes = fetch_bytes(&url, FILE_TIMEOUT_MS, RequestCache::Default).await?;
    if let Ok(engine) = engine.with_rest(&bytes) {
        return Ok(Arc::new(engine));
    }
    let first = fetch_bytes(&first_url, INDEX_TIMEOUT_MS, RequestCache::NoCache).await?;
    let rest = fetch_bytes(&url, FILE_TIMEOUT_MS, RequestCache::NoCache).await?;
    let index = |url: &str| {
        let url = url.to_owned();
        move |source| LoadError::Index { url, source }
    };
    let engine = Engine::from_first_part(&first).map_err(index(&first_url))?;
    let engine = engine.with_rest(&rest).map_err(index(&url))?;
    Ok(Arc::new(engine))
}

/// Fetches `url`'s bytes within `ms` milliseconds.
async fn fetch_bytes(url: &str, ms: u32, cache: RequestCache) -> Result<Vec<u8>, LoadError> {
    let deadline = Deadline::new(ms);
    fetch(url, &deadline, cache)
        .await?
        .binary()
        .await
        .map_err(|e| deadline.error(url, e))
}

/// Fetches the precomputed first view; `None` when it is missing, stale or
/// unreadable: it only saves time, the index answers the same.
pub async fn load_head(url: String) -> Result<Option<Arc<Results>>, LoadError> {
    let Ok(text) = fetch_text(&url, HEAD_TIMEOUT_MS).await else {
        return Ok(None);
    };
    Ok(FirstView::from_json(&text).map(|h| Arc::new(h.results)))
}

/// Fetches one article's own file (the whole article, body included, and
/// its related articles): its page needs nothing else.
pub async fn load_article(url: String) -> Result<ArticleFile, LoadError> {
    let text = fetch_text(&url, FILE_TIMEOUT_MS).await?;
    ArticleFile::from_json(&text).map_err(|e| LoadError::Article {
        url,
        message: e.to_string(),
    })
}

/// The first view's resource, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct HeadResource(pub LocalResource<Result<Option<Arc<Results>>, LoadError>>);

impl HeadResource {
    /// Starts loading the first view at `url`.
    pub fn new(url: String) -> Self {
        Self(LocalResource::new(move || load_head(url.clone())))
    }

    /// The resource provided by the nearest [`crate::App`].
    pub fn expect() -> Self {
        expect_context::<Self>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_requested_at_once_only_for_a_link_to_a_view_the_first_view_cannot_show() {
        use IndexStart::{AfterFirstPaint, Now, WhenAsked};
        let start = IndexStart::for_location;
        // The first view comes from head.json; an article from its own file
        // (its neighbours wait for the index, its text does not).
        assert_eq!(start("/", ""), WhenAsked);
        assert_eq!(start("", "?"), WhenAsked);
        assert_eq!(start("/", "?page=1&utm_source=x"), WhenAsked);
        assert_eq!(start("/papers/some-slug", "?q=stent"), AfterFirstPaint);
        // Searches, filters, sorts and other pages need the index.
        for search in [
            "?q=stent",
            "?tag=France",
            "?year=2024",
            "?sort=oldest",
            "?page=2",
        ] {
            assert_eq!(start("/", search), Now, "{search}");
        }
    }
}
