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
