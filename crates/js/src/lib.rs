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
//! JavaScript strings do, instead of UTF-8 bytes.

use veille_core::{Bundle, Results, Span};
use wasm_bindgen::prelude::*;

/// A search engine over a bundle's articles.
#[wasm_bindgen]
pub struct Engine {
    inner: veille_core::Engine,
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
        Ok(Engine {
            inner: veille_core::Engine::from_bundle(bundle),
        })
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
        Ok(Engine { inner })
    }

    /// Loads a whole prebuilt index (the two files end to end, or what
    /// `Engine::to_bytes` writes, as a `Uint8Array`): no indexing. Throws an
    /// `Error` naming the problem (not an index, another index format
    /// version, truncated or corrupt).
    #[wasm_bindgen(js_name = fromIndex)]
    pub fn from_index(bytes: Vec<u8>) -> Result<Engine, JsError> {
        let inner =
            veille_core::Engine::from_vec(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine { inner })
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
    pub fn search(&self, query_string: &str) -> Result<JsValue, JsError> {
        let text = self.search_json(query_string);
        js_sys::JSON::parse(&text).map_err(|_| JsError::new("unreachable: invalid JSON"))
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

/// The UTF-16 offset of byte offset `byte` in `s`.
fn utf16_offset(s: &str, byte: usize) -> usize {
    s[..byte.min(s.len())].encode_utf16().count()
}

/// Rewrites byte ranges of `text` as UTF-16 ranges.
fn to_utf16(text: &str, spans: &mut [Span]) {
    if text.is_ascii() {
        return;
    }
    for span in spans {
        span.start = utf16_offset(text, span.start);
        span.end = utf16_offset(text, span.end);
    }
}

/// Results as JSON, with match ranges in UTF-16 code units.
pub fn results_json(mut results: Results) -> String {
    for hit in &mut results.hits {
        to_utf16(&hit.title, &mut hit.title_matches);
        to_utf16(&hit.snippet, &mut hit.snippet_matches);
    }
    serde_json::to_string(&results).expect("serializable")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_count_utf16_code_units() {
        assert_eq!(utf16_offset("Étude", "Étude".len()), 5);
        assert_eq!(utf16_offset("a😀b", 5), 3);
    }

    #[test]
    fn match_ranges_in_json_point_at_the_word_in_javascript_indices() {
        let article = |title: &str| {
            let mut a: veille_core::Article = serde_json::from_value(serde_json::json!({
                "slug": "x", "collection": "papers", "permalink": "/papers/x",
                "title": title, "body_html": "", "body_text": ""
            }))
            .unwrap();
            a.title = title.into();
            a
        };
        let engine = veille_core::Engine::new(vec![article("😀 Étude stent")]);
        let json = results_json(engine.search_query_string("q=stent+"));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let m = &v["hits"][0]["title_matches"][0];
        // "😀" is two UTF-16 units, "É" one: "stent" starts at 2 + 1 + 6.
        assert_eq!(
            (m["start"].as_u64(), m["end"].as_u64()),
            (Some(9), Some(14))
        );
    }

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
            inner: veille_core::Engine::from_bundle(bundle),
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
