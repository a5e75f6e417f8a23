//! A warm-up at load: one search of each kind, so that the browser
//! compiles the search's code (wasm functions are compiled on their first
//! call) while the engine loads, not during the reader's first query.
//! Measured in V8 on 100,000 articles: the first two searches after
//! loading cost 10-12 ms against 1.4 ms for the next ones, and 6 and 3 ms
//! with Liftoff alone (its compiling on first call, not tier-up, is most
//! of it).

use veille_core::{Engine, Query};

use crate::json::{hits_json, results_json};

/// The query strings of the warm-up over `engine`'s corpus: from the
/// longest word of the first article's title, that word (one term, with a
/// year and a tag filter), its first two letters (completions: many
/// matches, counted with bitsets), the word with a letter left out (a
/// typo), a phrase, and two words no article has (relaxation).
pub fn warm_up_queries(engine: &Engine) -> Vec<String> {
    let Some(first) = engine.article(0) else {
        return Vec::new();
    };
    let word: String = first
        .title
        .split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.chars().count())
        .unwrap_or("")
        .to_lowercase();
    let two: String = word.chars().take(2).collect();
    let typo: String = word
        .char_indices()
        .filter(|&(i, _)| i != 1)
        .map(|(_, c)| c)
        .collect();
    let mut queries = vec![
        format!("q={word}+"),
        format!("q={two}"),
        format!("q={typo}+"),
        format!("q=%22{word}+{two}%22+"),
        "q=zqxwvj+vkqpz+".to_owned(),
    ];
    if let Some(date) = first.date {
        queries.push(format!("q={word}+&year={}", date.year));
    }
    if let Some(tag) = first.tags.first() {
        let tag: String = tag
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '+' })
            .collect();
        queries.push(format!("q={two}&tag={tag}&sort=newest"));
    }
    queries
}

/// Runs the warm-up queries, with their hits, facets and timeline as JSON
/// (what a results page reads); the answers are dropped.
pub fn warm_up(engine: &Engine) {
    for qs in warm_up_queries(engine) {
        let (results, more) = engine.search_first(&Query::from_query_string(&qs), 0);
        std::hint::black_box(results_json(results));
        std::hint::black_box(hits_json(engine.more_hits(&more)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warm_up_asks_each_kind_of_search_from_the_corpus_words() {
        let article: veille_core::Article = serde_json::from_value(serde_json::json!({
            "slug": "x", "collection": "papers", "permalink": "/papers/x",
            "title": "Stent outcomes in 2024", "date": "2024-03-01", "tags": ["Heart valve"],
            "body_html": "", "body_text": "Outcomes of stents."
        }))
        .unwrap();
        let engine = Engine::new(vec![article]);
        assert_eq!(
            warm_up_queries(&engine),
            [
                "q=outcomes+",
                "q=ou",
                "q=otcomes+",
                "q=%22outcomes+ou%22+",
                "q=zqxwvj+vkqpz+",
                "q=outcomes+&year=2024",
                "q=ou&tag=Heart+valve&sort=newest",
            ]
        );
        warm_up(&engine);
        assert!(warm_up_queries(&Engine::new(Vec::new())).is_empty());
    }
}
