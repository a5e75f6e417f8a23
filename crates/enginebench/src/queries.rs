//! The fixed query set: each kind alone, with a year filter and with a tag
//! filter, as query strings (the same strings the app keeps in its URL).

use crate::synth::{MOST_COMMON_TAG, RARE_WORD};

/// A query kind and its text.
pub const KINDS: &[(&str, &str)] = &[
    ("common word", "patients "),
    ("rare word", RARE_WORD),
    ("two words", "heart valve "),
    ("prefix", "cardi"),
    ("typo", "thrombectmy "),
    ("phrase", "\"heart failure\" "),
];

/// The year used by the "with a year filter" variants.
pub const YEAR: i32 = 2020;

/// Every query of the set: `(label, query string)`.
pub fn query_set() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for &(kind, text) in KINDS {
        let q = encode(text);
        out.push((kind.to_owned(), format!("q={q}")));
        out.push((format!("{kind} + year"), format!("q={q}&year={YEAR}")));
        out.push((
            format!("{kind} + tag"),
            format!("q={q}&tag={}", encode(MOST_COMMON_TAG)),
        ));
    }
    out.push(("empty (browse)".to_owned(), String::new()));
    out
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The `p`-th percentile (0..=100) of sorted durations in microseconds.
pub fn percentile(sorted_micros: &[f64], p: f64) -> f64 {
    if sorted_micros.is_empty() {
        return 0.0;
    }
    let i = ((p / 100.0) * (sorted_micros.len() - 1) as f64).round() as usize;
    sorted_micros[i.min(sorted_micros.len() - 1)]
}
