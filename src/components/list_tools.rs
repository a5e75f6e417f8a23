//! Under the results: what a reader who follows a field does with the list.
//! "N new since <day>" (a one-click date-from filter), export of every
//! result of the current filters (CSV, JSON, RIS, BibTeX, made in the
//! browser), and the Atom feed of the view (a tag's own, else the site's).

use leptos::prelude::*;
use veille_core::export::{file_name, records, ExportFormat};
use veille_core::site::{tag_feed, topic_feed, MAIN_FEED};
use veille_core::Query;

use crate::catalog::Catalog;
use crate::i18n::I18n;
use crate::last_visit::{new_since_query, since};
use crate::paths::app_path;
use crate::state::list_href;

/// The view's feed, relative to the site root: the topic's when the view
/// is one topic, the tag's when it is one tag, else the site's.
pub fn feed_of(q: &Query) -> String {
    let own = match (q.topics.as_slice(), q.tags.as_slice()) {
        ([topic], []) => topic_feed(topic),
        ([], [tag]) => tag_feed(tag),
        _ => None,
    };
    own.unwrap_or_else(|| MAIN_FEED.to_owned())
}

/// Starts the download of `text` as the file `name`, from a `data:` URL.
pub(crate) fn download(name: &str, media_type: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = document.create_element("a") else {
        return;
    };
    let url = format!(
        "data:{media_type},{}",
        String::from(js_sys::encode_uri_component(text))
    );
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
}

/// The site's address with its base path (`https://example.org/veille`).
pub(crate) fn site_url() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", crate::paths::base_path())
}

/// Keeps the page's `<link rel="alternate" type="application/atom+xml">`
/// on the view's feed, for feed readers and browser extensions.
fn point_head_link(href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = "link[rel=\"alternate\"][type=\"application/atom+xml\"]";
    let link = match document.query_selector(selector).ok().flatten() {
        Some(link) => link,
        None => {
            let Ok(link) = document.create_element("link") else {
                return;
            };
            let _ = link.set_attribute("rel", "alternate");
            let _ = link.set_attribute("type", "application/atom+xml");
            if let Some(head) = document.head() {
                let _ = head.append_child(&link);
            }
            link
        }
    };
    let _ = link.set_attribute("href", href);
}

/// The list's tools for the URL's query.
#[component]
pub fn ListTools(
    /// The URL's query.
    query: Memo<Query>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let loaded = Catalog::expect().state();
    // A returning reader's "N new since" is counted by the index: open it
    // now rather than at the first interaction (`crate::demand`). A first
    // visit has no such line and keeps the index unopened.
    if since().is_some() {
        crate::demand::ask();
    }
    let engine = move || match loaded.get() {
        Some(Ok(engine)) => Some(engine),
        _ => None,
    };
    let new_since = move || {
        let day = since()?;
        let engine = engine()?;
        let q = query.get();
        if q.from.is_some() {
            return None;
        }
        let filtered = new_since_query(&q, day);
        let n = engine.search(&filtered).total;
        (n > 0).then(|| {
            let lang = i18n.lang();
            let text = i18n
                .t()
                .new_since
                .replacen("{}", &lang.number(n), 1)
                .replacen("{}", &lang.date(day), 1);
            view! { <a class="new-since" href=list_href(&filtered) data-testid="new-since">{text}</a> }
        })
    };
    let export = move |format: ExportFormat| {
        let Some(engine) = engine() else {
            return;
        };
        let q = query.get_untracked();
        let list = records(&engine, &q, &site_url());
        let name = file_name(&crate::site_name::site_name(), &q, format);
        download(&name, format.media_type(), &format.render(&list));
    };
    let feed = Memo::new(move |_| query.with(feed_of));
    Effect::new(move |_| point_head_link(&app_path(&format!("/{}", feed.get()))));
    view! {
        <div class="list-tools" data-testid="list-tools">
            {new_since}
            <details class="export" data-testid="export">
                <summary>{move || i18n.t().export_list}</summary>
                <div class="export-formats">
                    {ExportFormat::ALL
                        .map(|f| view! {
                            <button type="button" class="button" data-testid=format!("export-{}", f.extension()) on:click=move |_| export(f)>
                                {f.label()}
                            </button>
                        })}
                </div>
            </details>
            <a class="feed-link" href=move || app_path(&format!("/{}", feed.get())) type="application/atom+xml" data-testid="feed-link">
                {move || {
                    let t = i18n.t();
                    match query.with(|q| q.tags.first().cloned()).filter(|_| query.with(|q| q.tags.len() == 1)) {
                        Some(tag) => format!("{} · {tag}", t.atom_feed),
                        None => t.atom_feed.to_owned(),
                    }
                }}
            </a>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_view_has_its_tag_feed_and_other_views_the_site_feed() {
        assert_eq!(
            feed_of(&Query::from_query_string("tag=Cardiology")),
            "feeds/tags/cardiology.xml"
        );
        assert_eq!(
            feed_of(&Query::from_query_string("tag=A&tag=B")),
            "feeds/atom.xml"
        );
        assert_eq!(
            feed_of(&Query::from_query_string("q=stent")),
            "feeds/atom.xml"
        );
        assert_eq!(
            feed_of(&Query::from_query_string("topic=dcb")),
            "feeds/topics/dcb.xml"
        );
        assert_eq!(
            feed_of(&Query::from_query_string("topic=dcb&tag=A")),
            "feeds/atom.xml"
        );
    }
}
