//! Prints how many articles each query string finds, and its first titles:
//! `cargo run --release -p veille-enginebench --bin query-totals --
//! data/bundle.json 'q=TAVR+' 'q=TAVI+' 'topic=tavi'`. The engine is built
//! from the bundle (with its topics); `--no-synonyms` builds it without the
//! topics' forms, to compare.

use veille_core::{Bundle, Engine, EngineOptions, Query};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let no_synonyms = args.iter().any(|a| a == "--no-synonyms");
    args.retain(|a| a != "--no-synonyms");
    let Some((path, queries)) = args.split_first() else {
        eprintln!("usage: query-totals [--no-synonyms] BUNDLE.json QUERY_STRING...");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("read the bundle");
    let mut bundle = Bundle::from_json(&text).expect("a valid bundle");
    if no_synonyms {
        bundle.topics.iter_mut().for_each(|t| t.forms.clear());
    }
    let engine = Engine::with_topics(bundle.articles, &bundle.topics, EngineOptions::default());
    for qs in queries {
        let r = engine.search(&Query::from_query_string(qs));
        println!("{qs}: {} articles", r.total);
        for h in r.hits.iter().take(3) {
            println!("  {}", h.title);
        }
    }
}
