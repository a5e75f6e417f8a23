//! Veille's engine for JavaScript: sites that are not Leptos apps, and the
//! browser benchmark, use it through wasm-bindgen.
//!
//! ```js
//! import init, { Engine } from './pkg/veille_js.js';
//! await init();
//! const engine = Engine.fromBundle(await (await fetch('bundle.json')).text());
//! const r = engine.search('q=heart+valve&tag=TAVR&sort=newest');
//! // r.total, r.hits[0].title, r.facets.tag[0].value, r.timeline.years ...
//! ```
//!
//! `search` takes the same query string as the app's URL and returns a
//! plain object shaped like [`veille_core::Results`], except that match
//! ranges (`title_matches`, `snippet_matches`) count UTF-16 code units, as
//! JavaScript strings do, instead of UTF-8 bytes.

use serde_json::Value;
use veille_core::{Bundle, Results};
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

    /// The number of indexed articles.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.inner.articles().len()
    }

    /// Searches with a query string (`q`, `tag`, `source`, `collection`,
    /// `year`, `from`, `to`, `sort`, `page`); returns a plain object.
    pub fn search(&self, query_string: &str) -> Result<JsValue, JsError> {
        let text = self.search_json(query_string);
        js_sys::JSON::parse(&text).map_err(|_| JsError::new("unreachable: invalid JSON"))
    }

    /// Like [`Engine::search`], but returns the JSON text.
    #[wasm_bindgen(js_name = searchJson)]
    pub fn search_json(&self, query_string: &str) -> String {
        results_json(&self.inner.search_query_string(query_string))
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

fn convert_spans(hit: &mut Value, text_key: &str, spans_key: &str) {
    let text = hit[text_key].as_str().unwrap_or("").to_owned();
    if let Some(spans) = hit[spans_key].as_array_mut() {
        for span in spans {
            for end in ["start", "end"] {
                let byte = span[end].as_u64().unwrap_or(0) as usize;
                span[end] = Value::from(utf16_offset(&text, byte));
            }
        }
    }
}

/// Results as JSON, with match ranges in UTF-16 code units.
pub fn results_json(results: &Results) -> String {
    let mut value = serde_json::to_value(results).expect("serializable");
    if let Some(hits) = value["hits"].as_array_mut() {
        for hit in hits {
            convert_spans(hit, "title", "title_matches");
            convert_spans(hit, "snippet", "snippet_matches");
        }
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_count_utf16_code_units() {
        assert_eq!(utf16_offset("Étude", "Étude".len()), 5);
        assert_eq!(utf16_offset("a😀b", 5), 3);
    }
}
