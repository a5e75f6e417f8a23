//! Veille's engine for JavaScript: sites that are not Leptos apps, and the
//! browser benchmark, use it through wasm-bindgen.
//!
//! ```js
//! import init, { Engine } from './pkg/veille_js.js';
//! await init();
//! const bytes = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
//! const engine = Engine.fromParts(await bytes('index.bin'), await bytes('index-rest.bin'));
//! // or, indexing at load: Engine.fromBundle(await (await fetch('bundle.json')).text());
//! const r = engine.search('q=heart+valve&topic=tavi&sort=newest');
//! // r.total, r.hits[0].title, r.hits[0].topics[0].label,
//! // r.facets.topic[0].value (an id) and .label, r.facets.tag[0].value,
//! // r.timeline.years ...
//! const topics = JSON.parse(engine.topicsJson()); // [{ id, label, label_fr?, forms }]
//! ```
//!
//! `search` takes the same query string as the app's URL and returns a
//! plain object shaped like [`veille_core::Results`], except that match
//! ranges (`title_matches`, `snippet_matches`) count UTF-16 code units, as
//! JavaScript strings do, instead of UTF-8 bytes. Its `hits`, `facets` and
//! `timeline` are made when first read (`js/lazy_parts.js`).

use std::rc::Rc;

use veille_core::Bundle;
use wasm_bindgen::prelude::*;

mod json;
pub use json::{hits_json, results_json};

mod lazy;
pub use lazy::PendingParts;

mod warm;

/// A search engine over a bundle's articles. Each constructor ends with a
/// few searches of each kind, so that their code is compiled while the
/// engine loads rather than during the first query (`src/warm.rs`).
#[wasm_bindgen]
pub struct Engine {
    // Shared with the pending hits of searches not read yet.
    inner: Rc<veille_core::Engine>,
}

impl Engine {
    /// The engine over `inner`, its search code warmed up (see [`warm`]).
    fn loaded(inner: veille_core::Engine) -> Engine {
        warm::warm_up(&inner);
        Engine {
            inner: Rc::new(inner),
        }
    }
}

#[wasm_bindgen]
impl Engine {
    /// Reads a bundle (`bundle.json` as text) and indexes its articles.
    /// Throws an `Error` naming the problem when the text is not a bundle
    /// this version reads.
    #[wasm_bindgen(js_name = fromBundle)]
    pub fn from_bundle(json_text: &str) -> Result<Engine, JsError> {
        let mut bundle = Bundle::from_json(json_text).map_err(|e| JsError::new(&e.to_string()))?;
        // The page renders articles from its own copy of the bundle; the
        // engine keeps only what it searches and returns, and the memory
        // freed here is reused by the index build.
        for a in &mut bundle.articles {
            a.body_html = String::new();
            a.extra.clear();
            a.image_url = None;
            a.image_credit = None;
            a.published_label = None;
            a.source_url = None;
        }
        Ok(Engine::loaded(veille_core::Engine::from_bundle(bundle)))
    }

    /// Loads a prebuilt index written by `veille build` from its two files,
    /// `index.bin` and `index-rest.bin` (each a `Uint8Array`): no indexing.
    /// Throws an `Error` naming the problem (not an index, another index
    /// format version, truncated or corrupt, a rest from another build).
    #[wasm_bindgen(js_name = fromParts)]
    pub fn from_parts(first: Vec<u8>, rest: Vec<u8>) -> Result<Engine, JsError> {
        let inner = veille_core::Engine::from_first_part(&first)
            .and_then(|e| e.with_rest(&rest))
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine::loaded(inner))
    }

    /// Loads a whole prebuilt index (the two files end to end, or what
    /// `Engine::to_bytes` writes, as a `Uint8Array`): no indexing. Throws an
    /// `Error` naming the problem (not an index, another index format
    /// version, truncated or corrupt).
    #[wasm_bindgen(js_name = fromIndex)]
    pub fn from_index(bytes: Vec<u8>) -> Result<Engine, JsError> {
        let inner =
            veille_core::Engine::from_vec(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine::loaded(inner))
    }

    /// The number of indexed articles.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.inner.len()
    }

    /// Searches with a query string (`q`, `topic`, `tag`, `source`,
    /// `collection`, `year`, `from`, `to`, `sort`, `page`); returns a plain
    /// object. Each hit lists its `topics` (`{ id, label }`, best first);
    /// `facets.topic` lists the topics by id with their `label`; a word of
    /// `q` that is one of a topic's forms also finds its other forms.
    ///
    /// The page's `hits` (their snippets and highlights: most of a search's
    /// time), `facets` and `timeline` are made when each property is first
    /// read, then stay plain data: a caller that only counts, or shows hits
    /// without facets, pays for nothing else. Read, they are what
    /// `searchJson` gives.
    pub fn search(&self, query_string: &str) -> Result<JsValue, JsError> {
        lazy::search_object(&self.inner, query_string)
    }

    /// Like [`Engine::search`], but returns the JSON text.
    #[wasm_bindgen(js_name = searchJson)]
    pub fn search_json(&self, query_string: &str) -> String {
        results_json(self.inner.search_query_string(query_string))
    }

    /// The corpus's topics, as a JSON array of `{ id, label, label_fr?,
    /// forms }` (by id): the labels of `facets.topic`'s ids, and the forms
    /// that search joins.
    #[wasm_bindgen(js_name = topicsJson)]
    pub fn topics_json(&self) -> String {
        serde_json::to_string(&self.inner.topics()).expect("serializable")
    }

    /// The `k` articles most related to article `doc` (its index in the
    /// bundle), as a JSON array of `{ doc, permalink, title, date, score }`.
    #[wasm_bindgen(js_name = relatedJson)]
    pub fn related_json(&self, doc: usize, k: usize) -> String {
        serde_json::to_string(&self.inner.related(doc, k)).expect("serializable")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_carry_topics_with_labels_and_a_form_finds_its_synonyms() {
        let bundle = serde_json::json!({
            "format_version": veille_core::BUNDLE_FORMAT_VERSION,
            "articles": [
                { "slug": "a", "collection": "papers", "permalink": "/papers/a",
                  "title": "TAVI at five years", "body_html": "", "body_text": "",
                  "topics": [{ "id": "tavi", "label": "TAVI" }] },
                { "slug": "b", "collection": "papers", "permalink": "/papers/b",
                  "title": "Stents", "body_html": "", "body_text": "" }
            ],
            "topics": [{ "id": "tavi", "label": "transcatheter aortic valve implantation (TAVI)",
                         "forms": ["TAVI", "TAVR"] }]
        });
        let bundle = Bundle::from_json(&bundle.to_string()).unwrap();
        let engine = Engine {
            inner: Rc::new(veille_core::Engine::from_bundle(bundle)),
        };
        let v: serde_json::Value = serde_json::from_str(&engine.search_json("q=TAVR+")).unwrap();
        assert_eq!(v["total"], 1);
        assert_eq!(v["hits"][0]["topics"][0]["id"], "tavi");
        assert_eq!(v["facets"]["topic"][0]["value"], "tavi");
        assert_eq!(
            v["facets"]["topic"][0]["label"],
            "transcatheter aortic valve implantation (TAVI)"
        );
        let topics: serde_json::Value = serde_json::from_str(&engine.topics_json()).unwrap();
        assert_eq!(topics[0]["forms"][1], "TAVR");
    }
}
