//! Fuzzes the parsing of one document: arbitrary bytes through decoding,
//! frontmatter splitting, YAML, field normalization, Markdown rendering and
//! sanitizing. The first byte picks the file name (Markdown or plain text)
//! and whether drafts are built; the rest is the file's content.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use veille_cli::article::{from_bytes, FileOptions};
use veille_cli::walk::InputFile;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, content)) = data.split_first() else {
        return;
    };
    let name = if selector & 1 == 0 { "doc.md" } else { "doc.txt" };
    let file = InputFile {
        path: PathBuf::from("fuzz").join(name),
        folder_collection: "fuzz".to_owned(),
    };
    let opts = FileOptions {
        drafts: selector & 2 != 0,
        ..FileOptions::default()
    };
    let result = from_bytes(&file, content, &opts);
    // Every skipped file must say why.
    assert!(result.article.is_some() || !result.diagnostics.is_empty());
    if let Some(article) = result.article {
        assert!(!article.title.is_empty(), "an article always has a title");
        let html = article.body_html.to_ascii_lowercase();
        assert!(!html.contains("<script"), "{}", article.body_html);
        // No URL attribute may start with a scheme other than http(s)/mailto.
        for attr in [" href=\"", " src=\""] {
            for value in html.split(attr).skip(1) {
                let value = value.split('"').next().unwrap_or("").trim_start();
                for bad in ["javascript:", "vbscript:", "data:"] {
                    assert!(!value.starts_with(bad), "{}", article.body_html);
                }
            }
        }
    }
});
