//! The bundle format: golden fixtures per format version, and the errors a
//! reader gets for bundles it cannot read.

use std::collections::BTreeMap;

use veille_core::{Article, ArticleDate, Bundle, BundleError, BUNDLE_FORMAT_VERSION};

fn fixture(version: u32) -> String {
    let path = format!(
        "{}/tests/fixtures/bundle-v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("golden fixture {path}: {e}"))
}

/// The articles the v1 fixture holds: one with every field, one with the fewest.
fn v1_articles() -> Vec<Article> {
    let full = Article {
        slug: "2023-12-14-early-use".into(),
        collection: "papers".into(),
        permalink: "/papers/2023-12-14-early-use".into(),
        title: "Early use of mechanical support & “shock”".into(),
        date: Some("2023-12-14T12:52:18Z".parse().unwrap()),
        published_label: Some("14 décembre 2023".into()),
        summary: Some("Results […]".into()),
        source_url: Some("https://cardiovascularnews.com/early-use/".into()),
        source_host: Some("cardiovascularnews.com".into()),
        tags: vec!["France".into(), "Actualité".into()],
        image_url: Some("https://cardiovascularnews.com/i.jpg".into()),
        image_credit: Some("Image de l’article".into()),
        body_html: "<h2>L’essentiel</h2>\n<p>Results</p>\n".into(),
        body_text: "L’essentiel\nResults".into(),
        extra: BTreeMap::from([("importance".to_owned(), serde_json::json!(""))]),
        also: Vec::new(),
        topics: Vec::new(),
    };
    let bare = Article::new(
        "documents",
        "nice-information",
        "Information for the public",
        "<p>There are uncertainties</p>",
        "There are uncertainties",
    );
    vec![bare, full]
}

#[test]
fn every_format_version_up_to_the_current_one_has_a_golden_fixture() {
    for version in 1..=BUNDLE_FORMAT_VERSION {
        assert!(!fixture(version).is_empty());
    }
}

#[test]
fn the_v1_golden_fixture_reads_back_to_the_same_articles() {
    assert_eq!(
        Bundle::from_json(&fixture(1)).unwrap(),
        Bundle::new(v1_articles())
    );
}

#[test]
fn writing_the_v1_articles_gives_the_golden_fixture_byte_for_byte() {
    let written = Bundle::new(v1_articles()).to_json();
    // A new format version gets its fixture with VEILLE_BLESS=1; old ones never change.
    if std::env::var_os("VEILLE_BLESS").is_some() && BUNDLE_FORMAT_VERSION == 1 {
        let path = format!(
            "{}/tests/fixtures/bundle-v1.json",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(path, format!("{written}\n")).unwrap();
    }
    assert_eq!(written, fixture(1).trim_end());
}

#[test]
fn bundles_list_articles_newest_first_and_undated_last() {
    let mut a = v1_articles();
    let mut older = a[1].clone();
    older.permalink = "/papers/older".into();
    older.date = ArticleDate::from_ymd(2020, 1, 1);
    a.push(older);
    let order: Vec<_> = Bundle::new(a)
        .articles
        .into_iter()
        .map(|a| a.permalink)
        .collect();
    assert_eq!(
        order,
        [
            "/papers/2023-12-14-early-use",
            "/papers/older",
            "/documents/nice-information"
        ]
    );
}

#[test]
fn a_bundle_of_another_format_version_is_refused_with_both_versions_named() {
    let err = Bundle::from_json(r#"{"format_version": 999, "articles": [{"new": "shape"}]}"#)
        .unwrap_err();
    assert_eq!(
        err,
        BundleError::UnsupportedVersion {
            found: 999,
            supported: BUNDLE_FORMAT_VERSION
        }
    );
    assert!(err.to_string().contains("format version 999"), "{err}");
}

#[test]
fn text_that_is_not_json_or_is_cut_short_is_refused_with_its_position() {
    let cut = &fixture(1)[..200];
    for text in ["<!DOCTYPE html><html>", "", cut] {
        assert!(
            matches!(Bundle::from_json(text), Err(BundleError::NotJson { .. })),
            "{text:?}"
        );
    }
}

#[test]
fn json_without_a_version_or_with_a_wrong_shape_is_refused() {
    assert_eq!(
        Bundle::from_json(r#"{"articles": []}"#),
        Err(BundleError::MissingVersion)
    );
    let err =
        Bundle::from_json(r#"{"format_version": 1, "articles": [{"title": 3}]}"#).unwrap_err();
    assert!(
        matches!(err, BundleError::Invalid { line: 1, .. }),
        "{err:?}"
    );
}
