//! What one more article rewrites among the articles' own files
//! (`data/articles/…`): its own, those of the articles whose related list
//! it enters, and a few others (sharing a word, tag or topic with it, whose
//! document frequency it changed, or where the average lengths, moved by
//! 1/N, took a saturation across a rounding step); every other article's
//! file keeps its bytes and modification time, since the related lists are
//! found with rounded corpus statistics that one more article leaves as
//! they were.

#![cfg(unix)]

use std::path::PathBuf;

use veille_core::ArticleFile;

use super::util::synth_folder;
use super::util::update::{add_new_article, files, ok, publish};

const NEW_PERMALINK: &str = "/papers/new-registry";

/// The new article's words (stems), lower case.
const NEW_WORDS: &[&str] = &["brand", "new", "valve", "registr", "open", "today"];

#[test]
fn one_more_article_rewrites_its_own_file_those_whose_related_list_it_enters_and_few_others() {
    let synth = synth_folder(400);
    let extra = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    ok(&publish(
        &[synth.path(), extra.path()],
        &out,
        &["--no-precompress"],
    ));
    let before = files(&out);
    add_new_article(extra.path());
    ok(&publish(
        &[synth.path(), extra.path()],
        &out,
        &["--no-precompress"],
    ));
    let after = files(&out);

    let article_files: Vec<&PathBuf> = after
        .keys()
        .filter(|r| r.starts_with("data/articles"))
        .collect();
    let rewritten: Vec<&&PathBuf> = article_files
        .iter()
        .filter(|r| before.get(**r) != after.get(**r))
        .collect();
    let new_file =
        std::fs::read_to_string(out.join("data/articles/papers/new-registry.json")).unwrap();
    let new = ArticleFile::from_json(&new_file).unwrap().article;
    let (mut entered, mut sharing, mut other) = (0, 0, 0);
    for rel in &rewritten {
        let text = std::fs::read_to_string(out.join(rel)).unwrap();
        let file = ArticleFile::from_json(&text).unwrap();
        if file.article.permalink == NEW_PERMALINK {
            continue;
        }
        if file.related.iter().any(|r| r.permalink == NEW_PERMALINK) {
            entered += 1;
            continue;
        }
        // Otherwise it shares a word, a tag or a topic with the new
        // article, whose document frequency (and so worth) it changed; or
        // else the average lengths it moved (by 1/N, large in so small a
        // site) took a saturation across a step.
        let a = &file.article;
        let text = format!("{} {}", a.title, a.body_text).to_lowercase();
        if !(NEW_WORDS.iter().any(|w| text.contains(w))
            || a.tags.iter().any(|t| new.tags.contains(t))
            || a.topics.iter().any(|t| new.topics.contains(t)))
        {
            other += 1;
            continue;
        }
        sharing += 1;
    }
    assert!(
        rewritten
            .iter()
            .any(|r| r.ends_with("papers/new-registry.json")),
        "the new article's own file"
    );
    // A figure for the log: how few article files change.
    eprintln!(
        "one more article among {}: {} article files rewritten (its own, {entered} it enters the related list of, {sharing} sharing a word, tag or topic with it, {other} others)",
        article_files.len() - 1,
        rewritten.len(),
    );
    // With the exact statistics, a third of them moved at 100,000 articles.
    assert!(
        (sharing + other) * 20 <= article_files.len(),
        "{sharing} lists sharing something and {other} others moved without the new article"
    );
}
