//! A search's results whose slow parts are made when JavaScript first
//! reads them (`js/lazy_parts.js`): the page's hits (their snippets and
//! highlights are most of a search's time), the facets and the timeline
//! (tens of kilobytes of JSON at 100,000 articles). A caller that only
//! counts, or shows hits without facets (`<veille-search>`), never pays
//! for the others.

use std::rc::Rc;

use veille_core::{Engine, Facets, MoreHits, Query, Results, Timeline};
use wasm_bindgen::prelude::*;

use crate::json::{hits_json, results_json};

/// The parts of one search's results not handed to JavaScript yet. Not
/// for direct use: the results object reads each part once and frees it
/// (or the garbage collector does, unread).
#[wasm_bindgen]
pub struct PendingParts {
    engine: Rc<Engine>,
    more: MoreHits,
    facets: Facets,
    timeline: Timeline,
}

#[wasm_bindgen]
impl PendingParts {
    /// A part (`hits`, `facets` or `timeline`) as JSON text, match ranges
    /// in UTF-16 code units; `null` for another name.
    #[wasm_bindgen(js_name = partJson)]
    pub fn part_json(&self, name: &str) -> String {
        let json = match name {
            "hits" => return hits_json(self.engine.more_hits(&self.more)),
            "facets" => serde_json::to_string(&self.facets),
            "timeline" => serde_json::to_string(&self.timeline),
            _ => return "null".to_owned(),
        };
        json.expect("serializable")
    }
}

#[wasm_bindgen(module = "/js/lazy_parts.js")]
extern "C" {
    /// Makes the properties `names` of `results` read `pending` on first access.
    #[wasm_bindgen(js_name = withLazyParts)]
    fn with_lazy_parts(results: &JsValue, pending: PendingParts, names: Vec<String>);
}

/// The properties [`PendingParts`] makes, in the order of the results' keys.
const PARTS: [&str; 3] = ["hits", "facets", "timeline"];

/// A search's results as JSON text with empty parts in place of the slow
/// ones (no hit, every facet and timeline list empty), and those parts.
pub fn split_search(engine: &Rc<Engine>, query_string: &str) -> (String, PendingParts) {
    let (results, more) = engine.search_first(&Query::from_query_string(query_string), 0);
    let Results {
        facets, timeline, ..
    } = &results;
    let pending = PendingParts {
        engine: Rc::clone(engine),
        more,
        facets: facets.clone(),
        timeline: timeline.clone(),
    };
    // Empty parts keep the keys' places for the getters.
    let head = results_json(Results {
        facets: Facets::default(),
        timeline: Timeline::default(),
        ..results
    });
    (head, pending)
}

/// The search's results as a plain object whose hits, facets and timeline
/// are made on first read.
pub fn search_object(engine: &Rc<Engine>, query_string: &str) -> Result<JsValue, JsError> {
    let (text, pending) = split_search(engine, query_string);
    let value =
        js_sys::JSON::parse(&text).map_err(|_| JsError::new("unreachable: invalid JSON"))?;
    with_lazy_parts(&value, pending, PARTS.map(str::to_owned).to_vec());
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Rc<Engine> {
        let articles = (0..45)
            .map(|i| {
                let heart = if i % 3 == 0 { "heart" } else { "" };
                serde_json::from_value(serde_json::json!({
                    "slug": format!("a{i}"), "collection": "papers",
                    "permalink": format!("/papers/a{i}"),
                    "title": format!("Étude {i}: stent and valve {heart}"),
                    "summary": "A summary about stents.",
                    "date": format!("20{:02}-0{}-01", 10 + i % 7, 1 + i % 9),
                    "tags": [format!("t{}", i % 4)],
                    "body_html": "", "body_text": format!("Body {i} on the heart valve and a stent.")
                }))
                .unwrap()
            })
            .collect::<Vec<veille_core::Article>>();
        Rc::new(Engine::new(articles))
    }

    #[test]
    fn the_head_and_its_parts_make_the_whole_answer_in_the_same_key_order() {
        let engine = engine();
        let queries = [
            "q=stent+",
            "q=heart+valve+&page=2",
            "q=stnt+",
            "",
            "q=zzyzx+",
            "q=stent+&page=3&tag=t1",
        ];
        for qs in queries {
            let whole = results_json(engine.search_query_string(qs));
            let (head, pending) = split_search(&engine, qs);
            let mut head: serde_json::Value = serde_json::from_str(&head).unwrap();
            assert_eq!(head["hits"], serde_json::json!([]), "{qs}");
            for name in PARTS {
                head[name] = serde_json::from_str(&pending.part_json(name)).unwrap();
            }
            // serde_json's maps sort their keys: compare the order apart.
            assert_eq!(
                head,
                serde_json::from_str::<serde_json::Value>(&whole).unwrap()
            );
            let keys = |text: &str| {
                let at = |k: &str| text.find(&format!("\"{k}\":")).unwrap();
                let mut keys = ["total", "page", "hits", "facets", "timeline"];
                keys.sort_by_key(|k| at(k));
                keys
            };
            let (head, _) = split_search(&engine, qs);
            assert_eq!(keys(&head), keys(&whole), "{qs}");
        }
    }

    #[test]
    fn an_unknown_part_is_null() {
        let (_, pending) = split_search(&engine(), "q=stent+");
        assert_eq!(pending.part_json("relaxed"), "null");
    }
}
