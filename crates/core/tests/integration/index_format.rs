//! The prebuilt index format: a golden fixture per index format version,
//! round trips, and the errors a loader gets for bytes it cannot read.

use veille_core::{ArticleTopic, Bundle, Engine, IndexError, Query, Topic, INDEX_FORMAT_VERSION};

fn path(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The engine of the v1 bundle fixture's articles, given a topic (format
/// 5 stores topics; the v1 bundle has none).
fn fixture_engine() -> Engine {
    let json = std::fs::read_to_string(path("bundle-v1.json")).unwrap();
    let mut bundle = Bundle::from_json(&json).unwrap();
    let topic = Topic {
        id: "mcs".into(),
        label: "mechanical circulatory support (MCS)".into(),
        label_fr: Some("assistance circulatoire mécanique".into()),
        forms: vec!["MCS".into(), "mechanical circulatory support".into()],
    };
    bundle.articles[0].topics = vec![ArticleTopic {
        id: topic.id.clone(),
        label: topic.label.clone(),
    }];
    // ... and a merged copy on another host (format 5 stores the hosts).
    bundle.articles[1].also = vec![veille_core::AlsoOn {
        permalink: "/papers/copy".into(),
        collection: "papers".into(),
        slug: "copy".into(),
        source_url: Some("https://vascularnews.com/copy".into()),
        source_host: Some("vascularnews.com".into()),
    }];
    Engine::from_bundle(bundle.with_topics(vec![topic]))
}

fn golden(version: u32) -> Vec<u8> {
    let p = path(&format!("index-v{version}.bin"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("golden fixture {p}: {e}"))
}

const QUERIES: [&str; 7] = [
    "",
    "q=results",
    "q=uncert",
    "q=mechanical+support&sort=newest",
    "tag=France",
    "q=%22public%22&collection=documents",
    "topic=mcs",
];

#[test]
fn writing_the_fixture_articles_gives_the_current_golden_index_byte_for_byte() {
    let written = fixture_engine().to_bytes();
    // A new index format version gets its fixture with VEILLE_BLESS=1; the
    // fixtures of older versions never change.
    let current = path(&format!("index-v{INDEX_FORMAT_VERSION}.bin"));
    if std::env::var_os("VEILLE_BLESS").is_some() && std::fs::metadata(&current).is_err() {
        std::fs::write(&current, &written).unwrap();
    }
    assert!(
        written == golden(INDEX_FORMAT_VERSION),
        "the index bytes changed: bump INDEX_FORMAT_VERSION"
    );
}

#[test]
fn every_index_format_version_up_to_the_current_one_has_a_golden_fixture() {
    for version in 1..=INDEX_FORMAT_VERSION {
        assert!(!golden(version).is_empty());
    }
}

#[test]
fn the_golden_index_answers_like_the_engine_built_from_the_bundle() {
    let built = fixture_engine();
    let loaded = Engine::from_bytes(&golden(INDEX_FORMAT_VERSION)).unwrap();
    assert_eq!(loaded.len(), 2);
    for q in QUERIES {
        let q = Query::from_query_string(q);
        assert_eq!(loaded.search(&q), built.search(&q), "{q:?}");
    }
    assert_eq!(loaded.related(0, 5), built.related(0, 5));
    assert_eq!(loaded.article(1), built.article(1));
    assert_eq!(loaded.options(), built.options());
    assert_eq!(loaded.to_bytes(), built.to_bytes());
}

#[test]
fn owned_and_borrowed_bytes_load_the_same_engine() {
    let bytes = fixture_engine().to_bytes();
    let a = Engine::from_vec(bytes.clone()).unwrap();
    // An unaligned slice is copied into aligned memory.
    let mut shifted = vec![0u8];
    shifted.extend_from_slice(&bytes);
    let b = Engine::from_bytes(&shifted[1..]).unwrap();
    assert_eq!(
        a.search_query_string("q=results"),
        b.search_query_string("q=results")
    );
}

#[test]
fn bytes_that_are_not_an_index_are_refused_as_bad_magic() {
    for bytes in [
        &b"{\"format_version\":1}"[..],
        b"<!DOCTYPE html>",
        b"VEILLEXX\x01\0\0\0",
    ] {
        assert_eq!(Engine::from_bytes(bytes).unwrap_err(), IndexError::BadMagic);
    }
}

#[test]
fn an_index_written_in_an_older_format_is_refused_as_unsupported_not_as_corrupt() {
    // Version 1 had no image URLs; version 2 added them; version 3 encodes
    // the arrays compactly.
    for version in 1..INDEX_FORMAT_VERSION {
        assert_eq!(
            Engine::from_bytes(&golden(version)).unwrap_err(),
            IndexError::UnsupportedVersion {
                found: version,
                supported: INDEX_FORMAT_VERSION
            }
        );
    }
}

#[test]
fn a_version_4_index_is_refused_with_a_message_naming_versions_4_and_5() {
    // Version 5 added the Topics facet and the topics' forms.
    for msg in [
        Engine::from_bytes(&golden(4)).unwrap_err().to_string(),
        Engine::from_first_part(&golden(4)).unwrap_err().to_string(),
    ] {
        assert!(
            msg.contains("version 4") && msg.contains("version 5"),
            "{msg}"
        );
    }
}

#[test]
fn the_golden_index_keeps_the_topics_with_their_labels_and_forms() {
    let loaded = Engine::from_bytes(&golden(INDEX_FORMAT_VERSION)).unwrap();
    let topics = loaded.topics();
    assert_eq!(topics.len(), 1);
    assert_eq!(topics[0].forms, ["MCS", "mechanical circulatory support"]);
    assert_eq!(
        topics[0].label_fr.as_deref(),
        Some("assistance circulatoire mécanique")
    );
    let facet = loaded.search(&Query::default()).facets.topic;
    assert_eq!(facet.len(), 1);
    assert_eq!((&*facet[0].value, facet[0].count), ("mcs", 1));
    assert_eq!(facet[0].shown(), "mechanical circulatory support (MCS)");
    assert_eq!(loaded.article(1).unwrap().also_hosts, ["vascularnews.com"]);
}

#[test]
fn a_version_3_index_is_refused_with_a_message_naming_version_3_and_the_current_one() {
    // Version 4 cut the file into a first part and the rest.
    for msg in [
        Engine::from_bytes(&golden(3)).unwrap_err().to_string(),
        Engine::from_first_part(&golden(3)).unwrap_err().to_string(),
    ] {
        assert!(
            msg.contains("version 3") && msg.contains(&format!("version {INDEX_FORMAT_VERSION}")),
            "{msg}"
        );
    }
}

#[test]
fn the_golden_index_s_first_part_then_its_rest_answer_like_the_whole_index() {
    let built = fixture_engine();
    let bytes = golden(INDEX_FORMAT_VERSION);
    let (first, rest) = Engine::split_bytes(&bytes).unwrap();
    let partial = Engine::from_first_part(first).unwrap();
    let complete = partial.with_rest(rest).unwrap();
    for q in QUERIES {
        let q = Query::from_query_string(q);
        if partial.answers(&q) {
            assert_eq!(partial.search(&q), built.search(&q), "{q:?}");
        }
        assert_eq!(complete.search(&q), built.search(&q), "{q:?}");
    }
    assert_eq!(complete.to_bytes(), bytes);
}

#[test]
fn a_corrupt_first_part_is_refused_or_loads_without_panicking() {
    let bytes = golden(INDEX_FORMAT_VERSION);
    let (first, rest) = Engine::split_bytes(&bytes).unwrap();
    for at in 16..first.len() {
        let mut b = first.to_vec();
        b[at] ^= 0xA5;
        if let Ok(e) = Engine::from_first_part(&b) {
            for q in QUERIES {
                e.search_query_string(q);
            }
            let _ = e.with_rest(rest);
        }
    }
}

#[test]
fn an_index_of_another_version_is_refused_with_both_versions_named() {
    let mut bytes = golden(INDEX_FORMAT_VERSION);
    bytes[8..12].copy_from_slice(&999u32.to_le_bytes());
    let err = Engine::from_bytes(&bytes).unwrap_err();
    assert_eq!(
        err,
        IndexError::UnsupportedVersion {
            found: 999,
            supported: INDEX_FORMAT_VERSION
        }
    );
    let msg = err.to_string();
    assert!(
        msg.contains("999") && msg.contains(&INDEX_FORMAT_VERSION.to_string()),
        "{msg}"
    );
}

#[test]
fn a_cut_index_is_refused_as_truncated_at_every_length() {
    let bytes = golden(INDEX_FORMAT_VERSION);
    for len in (0..bytes.len()).step_by(7) {
        let err = Engine::from_bytes(&bytes[..len]).unwrap_err();
        assert!(
            matches!(err, IndexError::Truncated | IndexError::Corrupt(_)),
            "{len}: {err:?}"
        );
    }
    assert_eq!(
        Engine::from_bytes(&bytes[..20]).unwrap_err(),
        IndexError::Truncated
    );
}

#[test]
fn corrupt_bytes_are_refused_or_load_without_panicking() {
    let bytes = golden(INDEX_FORMAT_VERSION);
    for at in 16..bytes.len() {
        let mut b = bytes.clone();
        b[at] ^= 0xA5;
        // Either an error, or an engine that answers (a changed score or
        // letter is not detectable); never a panic.
        if let Ok(e) = Engine::from_bytes(&b) {
            for q in QUERIES {
                e.search_query_string(q);
            }
            e.related(0, 5);
            e.related(1, 5);
        }
    }
}
