//! What a reader sees in the snippets of the first page: over ten everyday
//! queries, how many snippets show a URL (or the start of one) and how many
//! start or end inside a word (`cargo run --release -p veille-enginebench
//! --bin snippet-urls -- public/data/bundle.json`). Pass `-v` after the path
//! to print each flawed snippet.

use veille_core::{Bundle, Engine, Query};

/// Everyday queries of a reader of a vascular and medical-technology watch.
const QUERIES: &[&str] = &[
    "stent",
    "aneurysm",
    "thrombectomy",
    "trial",
    "FDA",
    "carotid",
    "balloon",
    "stroke",
    "approval",
    "santé",
];

/// Whether `s` shows a URL or a piece of one.
fn shows_url(s: &str) -> bool {
    let lower = s.to_lowercase();
    [
        "://", "www.", "ttps:", "ttp:", ".com/", ".org/", ".net/", ".fr/",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// Whether the passage `snippet`, found in `source`, starts or ends inside a
/// word of it.
fn cuts_a_word(source: &str, snippet: &str) -> bool {
    let Some(at) = source.find(snippet) else {
        return false;
    };
    let before = source[..at].chars().next_back();
    let first = snippet.chars().next();
    let last = snippet.chars().next_back();
    let after = source[at + snippet.len()..].chars().next();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (word(before) && word(first)) || (word(last) && word(after))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "public/data/bundle.json".into());
    let verbose = args.next().as_deref() == Some("-v");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bundle = Bundle::from_json(&json).expect("a valid bundle");
    let engine = Engine::new(bundle.articles);
    let (mut total, mut urls, mut cuts) = (0, 0, 0);
    for text in QUERIES {
        let q = Query {
            text: (*text).to_owned(),
            ..Query::default()
        };
        let (mut q_urls, mut q_cuts, hits) = (0, 0, engine.search(&q).hits);
        for h in &hits {
            let a = engine.article(h.doc as usize).expect("a hit's document");
            let source = if a.body_text.contains(&h.snippet) {
                a.body_text
            } else {
                a.summary.unwrap_or("")
            };
            let url = shows_url(&h.snippet);
            let cut = cuts_a_word(source, &h.snippet);
            q_urls += usize::from(url);
            q_cuts += usize::from(cut);
            if verbose && (url || cut) {
                println!("  [{text}] {:?}", h.snippet);
            }
        }
        println!(
            "{text:>14}: {:>3} snippets, {q_urls:>3} with a URL, {q_cuts:>3} cut inside a word",
            hits.len()
        );
        total += hits.len();
        urls += q_urls;
        cuts += q_cuts;
    }
    println!("total: {total} snippets, {urls} with a URL, {cuts} cut inside a word");
}
