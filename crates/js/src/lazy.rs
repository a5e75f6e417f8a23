//! A search's hits, built when JavaScript first reads `results.hits`
//! (`js/lazy_hits.js`): their snippets and highlights are most of a
//! search's time, and a caller that only counts never pays for them.

use std::rc::Rc;

use veille_core::{Engine, MoreHits, Query};
use wasm_bindgen::prelude::*;

use crate::json::{hits_json, results_json};

/// The hits of one search's page, not built yet: the engine and what
/// [`Engine::search_first`] left out. Not for direct use: `results.hits`
/// reads it once and frees it (or the garbage collector does, unread).
#[wasm_bindgen]
pub struct PendingHits {
    engine: Rc<Engine>,
    more: MoreHits,
}

#[wasm_bindgen]
impl PendingHits {
    /// The page's hits as JSON text (match ranges in UTF-16 code units).
    #[wasm_bindgen(js_name = hitsJson)]
    pub fn hits_json(&self) -> String {
        hits_json(self.engine.more_hits(&self.more))
    }
}

#[wasm_bindgen(module = "/js/lazy_hits.js")]
extern "C" {
    /// Makes `results.hits` read `pending` on first access.
    #[wasm_bindgen(js_name = withLazyHits)]
    fn with_lazy_hits(results: &JsValue, pending: PendingHits);
}

/// A search's results as JSON text with an empty page of hits (`"hits":
/// []`), and the hits left to build, if the page has any.
pub fn split_search(engine: &Rc<Engine>, query_string: &str) -> (String, Option<PendingHits>) {
    let (results, more) = engine.search_first(&Query::from_query_string(query_string), 0);
    let pending = (!more.is_empty()).then(|| PendingHits {
        engine: Rc::clone(engine),
        more,
    });
    (results_json(results), pending)
}

/// The search's results as a plain object whose `hits` are built on first
/// read.
pub fn search_object(engine: &Rc<Engine>, query_string: &str) -> Result<JsValue, JsError> {
    let (text, pending) = split_search(engine, query_string);
    let value =
        js_sys::JSON::parse(&text).map_err(|_| JsError::new("unreachable: invalid JSON"))?;
    if let Some(pending) = pending {
        with_lazy_hits(&value, pending);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::results_json;

    fn engine() -> Rc<Engine> {
        let articles = (0..45)
            .map(|i| {
                serde_json::from_value(serde_json::json!({
                    "slug": format!("a{i}"), "collection": "papers",
                    "permalink": format!("/papers/a{i}"),
                    "title": format!("Étude {i}: stent and valve {}", if i % 3 == 0 { "heart" } else { "" }),
                    "summary": "A summary about stents.",
                    "body_html": "", "body_text": format!("Body {i} on the heart valve and a stent.")
                }))
                .unwrap()
            })
            .collect::<Vec<veille_core::Article>>();
        Rc::new(Engine::new(articles))
    }

    #[test]
    fn results_without_hits_and_the_pending_hits_make_the_whole_answer() {
        let engine = engine();
        for qs in [
            "q=stent+",
            "q=heart+valve+&page=2",
            "q=stnt+",
            "",
            "q=zzyzx+",
            "q=stent+&page=3",
        ] {
            let whole: serde_json::Value =
                serde_json::from_str(&results_json(engine.search_query_string(qs))).unwrap();
            let (head, pending) = split_search(&engine, qs);
            let mut head: serde_json::Value = serde_json::from_str(&head).unwrap();
            assert_eq!(head["hits"], serde_json::json!([]), "{qs}");
            if let Some(p) = pending {
                head["hits"] = serde_json::from_str(&p.hits_json()).unwrap();
            }
            assert_eq!(head, whole, "{qs}");
        }
    }

    #[test]
    fn a_page_without_hits_leaves_nothing_pending() {
        let engine = engine();
        assert!(split_search(&engine, "q=zzyzx+").1.is_none());
        assert!(split_search(&engine, "q=stent+").1.is_some());
    }
}
