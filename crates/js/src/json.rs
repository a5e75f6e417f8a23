//! Results as JSON text for JavaScript, with match ranges in UTF-16 code
//! units (JavaScript string indices) instead of UTF-8 bytes.

use veille_core::{Hit, Results, Span};

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

/// Rewrites a hit's match ranges as UTF-16 ranges.
fn hit_to_utf16(hit: &mut Hit) {
    to_utf16(&hit.title, &mut hit.title_matches);
    to_utf16(&hit.snippet, &mut hit.snippet_matches);
}

/// Results as JSON, with match ranges in UTF-16 code units.
pub fn results_json(mut results: Results) -> String {
    results.hits.iter_mut().for_each(hit_to_utf16);
    serde_json::to_string(&results).expect("serializable")
}

/// Hits as a JSON array, with match ranges in UTF-16 code units.
pub fn hits_json(mut hits: Vec<Hit>) -> String {
    hits.iter_mut().for_each(hit_to_utf16);
    serde_json::to_string(&hits).expect("serializable")
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
        let hits: serde_json::Value =
            serde_json::from_str(&hits_json(engine.search_query_string("q=stent+").hits)).unwrap();
        assert_eq!(hits[0]["title_matches"][0], *m);
    }
}
