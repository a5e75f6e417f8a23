//! The `site_bundle` fuzz target's property (`crates/cli/fuzz`, run with
//! cargo-fuzz on nightly), replayed here on stable: on the bundle of
//! `content/`, on hand-made hostile bundles, and on byte-flipped copies.

#[path = "../../fuzz/fuzz_targets/site_check.rs"]
mod site_check;

use veille_cli::build::{build, BuildOptions};

fn content_bundle() -> String {
    let opts = BuildOptions {
        inputs: vec![crate::util::content()],
        quiet: true,
        ..BuildOptions::default()
    };
    build(&opts).unwrap().0.to_json()
}

#[test]
fn the_site_of_the_content_bundle_and_of_hostile_bundles_holds_the_fuzz_property() {
    site_check::check(content_bundle().as_bytes());
    let article = |collection: &str, slug: &str, title: &str| {
        serde_json::json!({
            "slug": slug, "collection": collection, "permalink": format!("/{collection}/{slug}"),
            "title": title, "date": "2024-01-02", "tags": [title, "\u{7}"],
            "summary": title, "body_html": title, "body_text": title
        })
    };
    let hostile = serde_json::json!({"format_version": 1, "articles": [
        article("papers", "a", "</script><script>alert(1)</script>\u{1b}[2J"),
        article("papers", "a", "the same page twice"),
        article("_headers", "x", "reserved"),
        article("data", "articles", "reserved"),
        article("..", "x", "dot dot"),
        article("papers", ".hidden", "hidden"),
        article("app-1.js", "x", "the app's file"),
        article("papers", "b", "\u{0}\u{8}\u{b}\u{c}\u{e}\u{1f}\u{7f}\u{9b}\u{fffe}"),
    ]});
    site_check::check(hostile.to_string().as_bytes());
}

#[test]
fn byte_flipped_bundles_are_refused_or_published_without_a_panic() {
    let bundle = content_bundle().into_bytes();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..40 {
        // xorshift: the same flips on every run.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut copy = bundle.clone();
        let at = (seed % copy.len() as u64) as usize;
        copy[at] = (seed >> 32) as u8;
        site_check::check(&copy);
    }
}
