//! Format 3's round trips, refusals and mutations.

use super::*;
use crate::{Article, Engine};

/// An engine over a few articles with every field filled.
fn engine() -> Engine {
    let words = [
        "stent", "valve", "aortic", "trial", "patients", "FDA", "étude",
    ];
    let articles: Vec<Article> = (0..12)
        .map(|i| {
            let body: Vec<&str> = (0..40).map(|k| words[(i * 7 + k * k) % 7]).collect();
            let mut a = Article::new(
                if i % 3 == 0 { "papers" } else { "articles" },
                &format!("slug-{i}"),
                &format!("Title {} {i}", words[i % 7]),
                "",
                &body.join(" "),
            );
            a.summary = Some(format!("Summary {}", words[(i + 3) % 7]));
            a.image_url = (i % 2 == 0).then(|| format!("https://example.org/{i}.jpg"));
            a.date = (i % 5 != 0)
                .then(|| format!("202{}-0{}-1{}", i % 4, 1 + i % 9, i % 10))
                .map(|d| d.parse().expect("a date"));
            a.tags = vec![words[i % 4].to_owned()];
            a.source_host = (i % 2 == 1).then(|| "fda.gov".to_owned());
            a
        })
        .collect();
    Engine::new(articles)
}

#[test]
fn decoding_gives_back_the_engine_s_arrays_byte_for_byte() {
    let e = engine();
    let decoded = decode(&encode(&e.blob)).unwrap();
    assert_eq!(decoded.bytes(), e.blob.bytes());
}

#[test]
fn each_permalink_that_ends_with_its_slug_stores_only_its_start() {
    let e = engine();
    let stream = &streams_of(&e.to_bytes()).unwrap()[5];
    let text = String::from_utf8_lossy(stream);
    assert!(!text.contains("/papers/slug-0"), "{text}");
    assert!(text.contains("slug-0"));
}

#[test]
fn every_changed_or_cut_stream_byte_is_refused_or_loads_without_panicking() {
    let e = engine();
    let streams = streams_of(&e.to_bytes()).unwrap();
    // Quickly compressed: only the decoders are under test.
    let sizes: Vec<usize> = arrays_of(&e.blob)
        .unwrap()
        .iter()
        .map(|a| a.len())
        .collect();
    let lens: Vec<usize> = streams.iter().map(Vec::len).collect();
    let payloads: Vec<Vec<u8>> = streams.iter().map(|s| compress(s, Some(0))).collect();
    let with_stream = |s: usize, stream: &[u8]| {
        let (mut lens, mut payloads) = (lens.clone(), payloads.clone());
        lens[s] = stream.len();
        payloads[s] = compress(stream, Some(0));
        container(&sizes, &lens, &payloads)
    };
    for (s, stream) in streams.iter().enumerate() {
        for at in 0..stream.len() {
            let mut changed = stream.clone();
            changed[at] ^= if at % 2 == 0 { 0xFF } else { 0x01 };
            if let Ok(blob) = decode(&with_stream(s, &changed)) {
                if let Ok(e) = Engine::from_blob(blob) {
                    e.search_query_string("q=stent+valve");
                    e.related(0, 3);
                }
            }
            let cut = with_stream(s, &stream[..at]);
            assert!(decode(&cut).is_err(), "section {s} cut at {at}");
        }
    }
}

#[test]
fn a_payload_that_decompresses_past_its_announced_length_is_corrupt() {
    let e = engine();
    let mut bytes = e.to_bytes();
    // The impacts section's stream length, one less than it is.
    let at = TABLE_AT + 4 * 16 + 12;
    let len = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    bytes[at..at + 4].copy_from_slice(&(len - 1).to_le_bytes());
    assert!(matches!(decode(&bytes), Err(IndexError::Corrupt(_))));
}

#[test]
fn the_first_part_answers_every_query_without_a_phrase_as_the_whole_index_does() {
    let e = engine();
    let bytes = e.to_bytes();
    let (first, rest) = Engine::split_bytes(&bytes).unwrap();
    assert!(!rest.is_empty() && first.len() + rest.len() == bytes.len());
    let partial = Engine::from_first_part(first).unwrap();
    assert!(!partial.is_complete());
    for q in [
        "",
        "q=stent",
        "q=valv",
        "q=stent+-trial",
        "q=aortic+OR+fda&sort=newest",
        "tag=stent",
    ] {
        let q = crate::Query::from_query_string(q);
        assert!(partial.answers(&q), "{q:?}");
        assert_eq!(partial.search(&q), e.search(&q), "{q:?}");
    }
    for q in [
        "q=%22stent+valve%22",
        "q=stent+-%22aortic+trial%22",
        "q=valve-trial",
    ] {
        let q = crate::Query::from_query_string(q);
        assert!(!partial.answers(&q), "{q:?}");
    }
}

#[test]
fn the_rest_completes_the_engine_to_the_whole_index() {
    let e = engine();
    let bytes = e.to_bytes();
    let (first, rest) = Engine::split_bytes(&bytes).unwrap();
    let complete = Engine::from_first_part(first)
        .unwrap()
        .with_rest(rest)
        .unwrap();
    assert!(complete.is_complete());
    assert_eq!(complete.blob.bytes(), e.blob.bytes());
    assert_eq!(complete.to_bytes(), bytes);
    let phrase = crate::Query::from_query_string("q=%22stent+valve%22");
    assert!(complete.answers(&phrase));
    assert_eq!(complete.search(&phrase), e.search(&phrase));
    assert_eq!(complete.related(0, 3), e.related(0, 3));
    assert!(complete.with_rest(rest).is_err(), "already complete");
}

#[test]
fn a_rest_from_another_build_or_cut_short_is_refused() {
    let bytes = engine().to_bytes();
    let (first, rest) = Engine::split_bytes(&bytes).unwrap();
    let partial = Engine::from_first_part(first).unwrap();
    let mut other = rest.to_vec();
    other[rest.len() / 2] ^= 1;
    let err = partial.with_rest(&other).map(|_| ()).unwrap_err();
    assert!(err.to_string().contains("does not belong"), "{err}");
    assert!(matches!(
        partial.with_rest(&rest[..rest.len() - 1]),
        Err(IndexError::Truncated)
    ));
    assert!(matches!(
        decode(&bytes[..bytes.len() - 1]),
        Err(IndexError::Truncated)
    ));
    for cut in [first.len() - 1, first.len() / 2, PAYLOADS_AT] {
        assert!(
            Engine::from_first_part(&first[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    assert!(
        Engine::from_first_part(&bytes).is_err(),
        "the whole file is not a first part"
    );
}
