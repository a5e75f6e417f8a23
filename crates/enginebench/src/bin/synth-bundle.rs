//! Writes the synthetic corpus as a bundle, and optionally its prebuilt
//! index, for the browser benchmark:
//! `cargo run --profile bench -p veille-enginebench --bin synth-bundle -- 100000 out.json [index.bin]`.

use veille_core::{Bundle, Engine};
use veille_enginebench::synth::generate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let out = args.get(1).map_or("bundle.json", String::as_str);
    let mut articles = generate(n, 42);
    for a in &mut articles {
        a.body_html = format!("<p>{}</p>", a.body_text);
    }
    let bundle = Bundle::new(articles);
    std::fs::write(out, bundle.to_json()).expect("write the bundle");
    eprintln!("wrote {n} articles to {out}");
    if let Some(index) = args.get(2) {
        let bytes = Engine::from_bundle(bundle).to_bytes();
        std::fs::write(index, &bytes).expect("write the index");
        eprintln!("wrote its index ({} bytes) to {index}", bytes.len());
    }
}
