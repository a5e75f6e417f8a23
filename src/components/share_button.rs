//! Sharing an article's link: the Web Share API where the browser has it,
//! else copying the link, with a visible confirmation either way.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::I18n;

/// How sharing went, for the confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Copied,
    Failed,
}

/// Calls `navigator[object][method](arg)` and awaits its promise.
async fn call(object: &JsValue, method: &str, arg: &JsValue) -> Result<(), JsValue> {
    let f: Function = Reflect::get(object, &method.into())?.dyn_into()?;
    let promise: Promise = f.call1(object, arg)?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

/// Shares with the Web Share API when present; `None` when absent, so the
/// caller copies instead. A share the user cancels is not an error.
async fn web_share(title: &str, url: &str) -> Option<Result<(), JsValue>> {
    let nav: JsValue = web_sys::window()?.navigator().into();
    if !Reflect::has(&nav, &"share".into()).unwrap_or(false) {
        return None;
    }
    let data = Object::new();
    Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    Reflect::set(&data, &"url".into(), &url.into()).ok()?;
    Some(match call(&nav, "share", &data).await {
        Err(e) if is_abort(&e) => Ok(()),
        other => other,
    })
}

fn is_abort(e: &JsValue) -> bool {
    Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}

/// Copies `text` to the clipboard.
pub(crate) async fn copy(text: &str) -> Result<(), JsValue> {
    let nav: JsValue = web_sys::window().ok_or(JsValue::NULL)?.navigator().into();
    let clipboard = Reflect::get(&nav, &"clipboard".into())?;
    if clipboard.is_undefined() {
        return Err(JsValue::NULL);
    }
    call(&clipboard, "writeText", &text.into()).await
}

/// The address to share for the page at `href`: its path with a trailing
/// slash, as the published site serves an article (`<collection>/<slug>/`),
/// so that a link preview gets the page without a redirect first; the
/// query and fragment are kept.
pub fn shared_url(href: &str) -> String {
    let path_start = href.find("://").map_or(0, |i| {
        href[i + 3..].find('/').map_or(href.len(), |p| i + 3 + p)
    });
    let path_end = href[path_start..]
        .find(['?', '#'])
        .map_or(href.len(), |i| path_start + i);
    let path = &href[path_start..path_end];
    if path.is_empty() || path.ends_with('/') {
        return href.to_owned();
    }
    format!(
        "{path_head}/{rest}",
        path_head = &href[..path_end],
        rest = &href[path_end..]
    )
}

/// A "Share" button for the current page.
#[component]
pub fn ShareButton(
    /// The article's title, offered with the link.
    title: String,
) -> impl IntoView {
    let i18n = I18n::expect();
    let outcome = RwSignal::new(None::<Outcome>);
    let title = StoredValue::new(title);
    let share = move |_| {
        let url = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|href| shared_url(&href))
            .unwrap_or_default();
        spawn_local(async move {
            let title = title.get_value();
            match web_share(&title, &url).await {
                Some(Ok(())) => {}
                Some(Err(_)) | None => {
                    let ok = copy(&url).await.is_ok();
                    outcome.set(Some(if ok { Outcome::Copied } else { Outcome::Failed }));
                    set_timeout(move || outcome.set(None), std::time::Duration::from_secs(4));
                }
            }
        });
    };
    view! {
        <span class="share">
            <button type="button" class="button" data-testid="share" on:click=share>
                {move || i18n.t().share}
            </button>
            <span class="share-status" role="status" data-testid="share-status">
                {move || match outcome.get() {
                    Some(Outcome::Copied) => i18n.t().link_copied,
                    Some(Outcome::Failed) => i18n.t().copy_failed,
                    None => "",
                }}
            </span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::shared_url;

    #[test]
    fn a_shared_article_link_ends_its_path_with_a_slash_and_keeps_its_query() {
        assert_eq!(
            shared_url("https://x.org/veille/papers/a?q=stent#top"),
            "https://x.org/veille/papers/a/?q=stent#top"
        );
        assert_eq!(
            shared_url("https://x.org/papers/a"),
            "https://x.org/papers/a/"
        );
        assert_eq!(
            shared_url("https://x.org/papers/a/?q=1"),
            "https://x.org/papers/a/?q=1"
        );
        assert_eq!(shared_url("https://x.org/?q=1"), "https://x.org/?q=1");
        assert_eq!(shared_url("https://x.org"), "https://x.org");
    }
}
