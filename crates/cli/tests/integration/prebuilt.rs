//! The browser's prebuilt files on the real corpus (`../shared/corpus/medtech`),
//! and on the repository's fixtures plus generated articles: `index.bin`
//! loads into an engine answering exactly like one built from the bundle, is
//! the same bytes on every build, and every article has its own file that
//! reads back to the bundle's article with its related articles.

use std::path::{Path, PathBuf};

use veille_cli::build::{run, BuildOptions, BUNDLE_FILE};
use veille_cli::prebuilt::article_path;
use veille_core::site::{whole_index, HEAD_FILE, INDEX_FILE, INDEX_REST_FILE};
use veille_core::{
    ArticleFile, Bundle, Engine, FirstView, RelatedBudget, RelatedFinder, RelatedStatistics,
    RELATED_IN_FILE,
};

use crate::util::{content, fixture, shared, synth_folder};

fn build_into(inputs: &[PathBuf], out: &Path) -> Bundle {
    let outcome = run(&BuildOptions {
        inputs: inputs.to_vec(),
        out: out.to_path_buf(),
        quiet: true,
        ..Default::default()
    })
    .unwrap();
    assert!(!outcome.failed);
    Bundle::from_json(&std::fs::read_to_string(out.join(BUNDLE_FILE)).unwrap()).unwrap()
}

#[test]
fn index_bin_answers_like_the_bundle_and_every_article_has_its_file() {
    let Some(corpus) = shared("corpus/medtech") else {
        return;
    };
    check_prebuilt_files(&[corpus]);
}

#[test]
fn on_the_fixtures_index_bin_answers_like_the_bundle_and_every_article_has_its_file() {
    let synth = synth_folder(120);
    check_prebuilt_files(&[content(), fixture("dirty"), synth.path().to_path_buf()]);
}

/// Builds `inputs` twice and checks the prebuilt files against the bundle.
fn check_prebuilt_files(inputs: &[PathBuf]) {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let bundle = build_into(inputs, a.path());
    build_into(inputs, b.path());
    let read = |dir: &std::path::Path| {
        let first = std::fs::read(dir.join(INDEX_FILE)).unwrap();
        whole_index(first, &std::fs::read(dir.join(INDEX_REST_FILE)).unwrap())
    };
    let bytes = read(a.path());
    assert!(
        bytes == read(b.path()),
        "index.bin or index-rest.bin differs between two builds"
    );

    let loaded = Engine::from_bytes(&bytes).unwrap();
    // The first part alone answers what has no phrase, as the whole does.
    let first = std::fs::read(a.path().join(INDEX_FILE)).unwrap();
    let partial = Engine::from_first_part(&first).unwrap();
    let built = Engine::from_bundle(bundle.clone());
    assert_eq!(loaded.len(), bundle.articles.len());

    // head.json is the first view of that index, newest first with thumbnails.
    let head = std::fs::read_to_string(a.path().join(HEAD_FILE)).unwrap();
    let head = FirstView::from_json(&head).expect("head.json reads back");
    assert_eq!(head.results, loaded.search(&Default::default()));
    assert_eq!(head.articles, bundle.articles.len());
    assert_eq!(head.results.hits[0].slug, bundle.articles[0].slug);
    assert_eq!(head.results.hits[0].image, bundle.articles[0].image_url);
    let mut queries = vec![
        String::new(),
        "sort=oldest&page=2".into(),
        "q=stent".into(),
        "q=cardi".into(),
        "q=%22heart+failure%22".into(),
        "q=dispositif+-patients&sort=newest".into(),
        "q=implantation&year=2024".into(),
    ];
    for a in &bundle.articles {
        let words: Vec<&str> = a.title.split_whitespace().take(3).collect();
        let q = words.join("+");
        queries.push(format!(
            "q={}&tag={}",
            q,
            a.tags.first().map_or("", String::as_str)
        ));
        queries.push(format!("q={q}+"));
    }
    for q in &queries {
        let answer = built.search_query_string(q);
        assert_eq!(loaded.search_query_string(q), answer, "{q}");
        let query = veille_core::Query::from_query_string(q);
        if partial.answers(&query) {
            assert_eq!(partial.search(&query), answer, "first part: {q}");
        }
    }
    for doc in 0..bundle.articles.len() {
        assert_eq!(
            loaded.related(doc, 5),
            built.related(doc, 5),
            "related {doc}"
        );
        assert_eq!(loaded.article(doc), built.article(doc));
    }

    let mut builders = RelatedFinder::with_budget(&built, RelatedBudget::BUILD)
        .with_statistics(RelatedStatistics::Stable);
    for article in &bundle.articles {
        let rel = article_path(article).expect("the builder's slugs are path segments");
        let text =
            std::fs::read_to_string(a.path().join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let file = ArticleFile::from_json(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(&file.article, article, "{rel}");
        // Its related articles, as the builder's finder finds them (with
        // its budget and stable statistics).
        let doc = built.doc_of(&article.permalink).expect("indexed");
        let related: Vec<_> = builders
            .related(doc, RELATED_IN_FILE)
            .into_iter()
            .map(|r| (r.permalink, r.title, r.date))
            .collect();
        let written: Vec<_> = file
            .related
            .into_iter()
            .map(|r| (r.permalink, r.title, r.date))
            .collect();
        assert_eq!(written, related, "{rel}");
    }
}
