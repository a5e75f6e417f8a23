//! Each document's "rare terms", chosen when the index is built, for
//! [`Engine::related`](crate::Engine::related).
//!
//! A document's terms are weighted `idf · (1 + ln tf)`, `tf` being the
//! number of positions its posting stores; the [`RELATED_TERMS`] heaviest
//! terms that at least one other document has and at most a fifth of all
//! documents have are kept (ties to the lower term id). Keeping them (a few
//! `u32`s per document) means the engine needs neither the bodies nor a
//! forward index to find related articles.

use super::PostingsBuilder;

/// How many of an article's rarest terms are compared.
pub const RELATED_TERMS: usize = 24;

/// Per document (CSR: offsets, one more than documents, and term ids), its
/// rare terms, by increasing term id (gaps are what the index stores).
pub fn related_terms(postings: &PostingsBuilder, idf: &[f32], n: usize) -> (Vec<u32>, Vec<u32>) {
    let (starts, docs, lens) = postings.view();
    let k = RELATED_TERMS;
    let mut best: Vec<(f32, u32)> = vec![(0.0, 0); n * k];
    let mut count = vec![0u8; n];
    let mut worst = vec![f32::NEG_INFINITY; n];
    for t in 0..starts.len().saturating_sub(1) {
        let (a, b) = (starts[t] as usize, starts[t + 1] as usize);
        let df = b - a;
        if df < 2 || df * 5 > n.max(5) {
            continue;
        }
        for g in a..b {
            let d = docs[g] as usize;
            let tf = f32::from(lens[g].max(1));
            let w = idf[t] * (1.0 + tf.ln());
            let slots = &mut best[d * k..(d + 1) * k];
            let c = usize::from(count[d]);
            if c < k {
                slots[c] = (w, t as u32);
                count[d] += 1;
                if c + 1 == k {
                    worst[d] = slots.iter().map(|s| s.0).fold(f32::INFINITY, f32::min);
                }
                continue;
            }
            // Terms come in increasing id order: an equal weight loses the tie.
            if w <= worst[d] {
                continue;
            }
            let at = weakest(slots);
            slots[at] = (w, t as u32);
            worst[d] = slots[weakest(slots)].0;
        }
    }
    let mut offsets = Vec::with_capacity(n + 1);
    offsets.push(0u32);
    let mut terms = Vec::new();
    for d in 0..n {
        let slots = &mut best[d * k..d * k + usize::from(count[d])];
        slots.sort_by_key(|s| s.1);
        terms.extend(slots.iter().map(|s| s.1));
        offsets.push(terms.len() as u32);
    }
    (offsets, terms)
}

/// The slot of the lightest term (the highest id among equals).
fn weakest(slots: &[(f32, u32)]) -> usize {
    let mut at = 0;
    for (i, s) in slots.iter().enumerate() {
        let w = slots[at];
        if s.0 < w.0 || (s.0 == w.0 && s.1 > w.1) {
            at = i;
        }
    }
    at
}
