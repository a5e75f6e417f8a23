//! How much of the body the engine must keep for useful snippets: for each
//! body prefix length, the share of hits whose snippet shows a match, and
//! the index's size (`cargo run --release -p veille-enginebench --bin
//! snippet-share -- public/data/bundle.json`).
//!
//! Queries: the words of the engine benchmark's query set plus common words
//! of a medical-technology corpus; hits: the first page of each.

use veille_core::{sections, Bundle, Engine, EngineOptions, Query};

const WORDS: &[&str] = &[
    "patients",
    "heart valve",
    "cardi",
    "stent",
    "aortic",
    "thrombectomy",
    "catheter",
    "embolism",
    "clearance",
    "artery",
    "balloon",
    "trial",
    "results",
    "approval",
    "carotid",
    "venous",
    "stroke",
    "aneurysm",
    "coronary",
    "pulmonary",
    "peripheral",
    "implant",
    "robot",
    "funding",
    "acquisition",
    "santé",
    "données",
    "dispositif",
    "diabetes",
    "imaging",
];

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/bundle.json".into());
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bundle = Bundle::from_json(&json).expect("a valid bundle");
    println!(
        "{:>10} {:>8} {:>12} {:>12} {:>10}",
        "body bytes", "hits", "with match", "stored text", "index"
    );
    for body_bytes in [512, 384, 320, 256, 192, 128] {
        let options = EngineOptions {
            body_bytes,
            ..EngineOptions::default()
        };
        let engine = Engine::with_options(bundle.articles.clone(), options);
        let (mut hits, mut shown) = (0, 0);
        for w in WORDS {
            let q = Query {
                text: (*w).to_owned(),
                ..Query::default()
            };
            for h in engine.search(&q).hits {
                hits += 1;
                shown += usize::from(!h.snippet_matches.is_empty());
            }
        }
        let bytes = engine.to_bytes();
        let stored = sections(&bytes)
            .expect("a valid index")
            .iter()
            .find(|s| s.name == "stored text")
            .map_or(0, |s| s.stored);
        println!(
            "{body_bytes:>10} {hits:>8} {:>11.1}% {stored:>12} {:>10}",
            100.0 * shown as f64 / hits.max(1) as f64,
            bytes.len()
        );
    }
}
