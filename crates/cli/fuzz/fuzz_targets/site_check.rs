//! The property behind the `site_bundle` fuzz target, also replayed on
//! stable by the CLI's tests (`tests/integration/fuzz_site.rs`): any bytes
//! that read as a bundle are published by `veille site --bundle` without a
//! panic, either refused with an error or written with no control
//! character in any text file, no inline script in any page, and a page
//! for every article it kept.

use std::path::Path;

use veille_cli::site::app::AppSource;
use veille_cli::site::{run, SiteOptions, SiteUrls, Source};

/// A Trunk-built shell, as `veille site` expects one.
const SHELL: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />\n\
<title>Veille</title>\n<script>window.early = 1;</script>\n<script type=\"module\">\n\
import init, * as bindings from '/app-1.js';\nawait init({ module_or_path: '/app-1_bg.wasm' });\n\
</script>\n</head><body></body></html>\n";

/// Publishes `data` as a bundle and checks the site (see the module's comment).
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if veille_core::Bundle::from_json(text).is_err() {
        return;
    }
    let dir = tempfile::tempdir().expect("a temp dir");
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), SHELL).expect("shell");
    std::fs::write(dist.join("app-1.js"), "export default () => {};").expect("js");
    let bundle = dir.path().join("bundle.json");
    std::fs::write(&bundle, data).expect("bundle");
    let out = dir.path().join("out");
    let opts = SiteOptions {
        app: AppSource::Dir(dist),
        source: Source::Bundle(bundle),
        out: out.clone(),
        urls: SiteUrls::new("https://example.org/", None).expect("a base URL"),
        name: "Veille".to_owned(),
        description: String::new(),
        precompress: false,
    };
    if run(&opts).is_err() {
        return;
    }
    walk(&out);
}

fn walk(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            walk(&path);
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let bad = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
        assert!(
            bad.is_none(),
            "{}: control character {bad:?}",
            path.display()
        );
        if path.extension().is_some_and(|e| e == "html") {
            for (at, _) in text.match_indices("<script") {
                let tag = &text[at..text[at..].find('>').map_or(text.len(), |e| at + e)];
                assert!(tag.contains(" src=\""), "{}: inline {tag}", path.display());
            }
        }
    }
}
