//! Building the inverted index from articles, in one pass.
//!
//! Each distinct folded word is stemmed once per language (a cache maps it
//! to its term id), so stemming costs per vocabulary word, not per token.
//! Occurrences of one document are gathered, sorted by term and appended to
//! each term's postings; doc ids are assigned in input order, so postings
//! come out sorted without a merge.

use rustc_hash::FxHashMap;

use super::postings::PostingsBuilder;
use super::vocab::VocabParts;
use super::{IndexParts, FIELD_GAP};
use crate::search::rank::{idf, RankParams, FIELD_COUNT};
use crate::text::{is_stop_word, tokenize_with, Language, Stemmers, TokenKind};
use crate::Article;

#[derive(Default)]
struct TermBuild {
    docs: Vec<u32>,
    sat: Vec<u16>,
    pos_offsets: Vec<u32>,
    positions: Vec<u32>,
}

/// Word → term caches, one per language, and the stems seen so far.
///
/// Words of up to 16 bytes (nearly all of them) are keyed by their bytes
/// packed into a `u128` ([`short_key`]): a lookup hashes and compares two
/// integers instead of following a pointer to the key's bytes, which was a
/// cache miss per token with a dictionary of 200k words.
pub(crate) struct TermTable<'s> {
    stemmers: &'s Stemmers,
    short: [FxHashMap<u128, Option<u32>>; 2],
    caches: [FxHashMap<Box<str>, Option<u32>>; 2],
    stems: FxHashMap<Box<str>, u32>,
    stem_list: Vec<Box<str>>,
}

impl<'s> TermTable<'s> {
    pub(crate) fn new(stemmers: &'s Stemmers) -> Self {
        Self {
            stemmers,
            short: [FxHashMap::default(), FxHashMap::default()],
            caches: [FxHashMap::default(), FxHashMap::default()],
            stems: FxHashMap::default(),
            stem_list: Vec::new(),
        }
    }

    /// The (temporary) term id of a folded word, `None` for a stop word.
    pub(crate) fn lookup(&mut self, folded: &str, lang: Language) -> Option<u32> {
        let key = short_key(folded);
        let hit = match key {
            Some(k) => self.short[lang as usize].get(&k),
            None => self.caches[lang as usize].get(folded),
        };
        if let Some(&t) = hit {
            return t;
        }
        let id = self.term_of(folded, lang);
        match key {
            Some(k) => self.short[lang as usize].insert(k, id),
            None => self.caches[lang as usize].insert(folded.into(), id),
        };
        id
    }

    /// The term id of a word not seen yet in `lang`.
    fn term_of(&mut self, folded: &str, lang: Language) -> Option<u32> {
        if is_stop_word(folded) {
            None
        } else {
            let stem = self.stemmers.stem(folded, lang);
            Some(match self.stems.get(stem.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.stem_list.len() as u32;
                    let stem: Box<str> = stem.into();
                    self.stems.insert(stem.clone(), id);
                    self.stem_list.push(stem);
                    id
                }
            })
        }
    }

    /// Every word seen and its term id (stop words left out).
    fn into_surfaces(self) -> impl Iterator<Item = (Box<str>, u32)> {
        let [short_en, short_fr] = self.short;
        let short = short_en
            .into_iter()
            .chain(short_fr)
            .map(|(k, id)| (word_of_key(k), id));
        let [long_en, long_fr] = self.caches;
        short
            .chain(long_en)
            .chain(long_fr)
            .filter_map(|(w, id)| Some((w, id?)))
    }
}

/// A word of at most 16 bytes packed into an integer, zero-padded (a token
/// never contains a NUL byte, so the padding is unambiguous).
fn short_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(u128::from_le_bytes(buf))
}

/// The word packed by [`short_key`].
fn word_of_key(key: u128) -> Box<str> {
    let buf = key.to_le_bytes();
    let len = buf.iter().position(|&b| b == 0).unwrap_or(16);
    std::str::from_utf8(&buf[..len])
        .expect("packed from a str")
        .into()
}

/// The language of an article, guessed from the stop words of its title,
/// summary and first 400 bytes of body (lower-cased ASCII words of up
/// to eight letters are enough to tell English from French).
pub(crate) fn article_language(a: &Article) -> Language {
    let mut end = a.body_text.len().min(400);
    while !a.body_text.is_char_boundary(end) {
        end -= 1;
    }
    let texts = [
        a.title.as_str(),
        a.summary.as_deref().unwrap_or(""),
        &a.body_text[..end],
    ];
    let (mut en, mut fr) = (0u32, 0u32);
    let mut buf = [0u8; 8];
    for t in texts {
        for w in t.split(|c: char| !c.is_alphanumeric()) {
            if w.is_empty() || w.len() > 8 || !w.is_ascii() {
                continue;
            }
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            let word = std::str::from_utf8(lower).expect("ASCII");
            en += u32::from(crate::text::stopwords::is_english_stop_word(word));
            fr += u32::from(crate::text::stopwords::is_french_stop_word(word));
        }
    }
    if fr > en {
        Language::French
    } else {
        Language::English
    }
}

/// Calls `f(field, text)` for each indexed text of `a`, in position order.
pub(crate) fn for_each_field(a: &Article, mut f: impl FnMut(usize, &str)) {
    f(0, &a.title);
    if let Some(s) = &a.summary {
        f(1, s);
    }
    for t in &a.tags {
        f(2, t);
    }
    f(3, &a.body_text);
}

/// The number of tokens of each field of `a` (glued forms not counted).
fn field_lengths(a: &Article) -> [u32; FIELD_COUNT] {
    let mut lens = [0u32; FIELD_COUNT];
    for_each_field(a, |field, text| {
        tokenize_with(text, 0, |tok| {
            if tok.kind != TokenKind::Joined {
                lens[field] += 1;
            }
        });
    });
    lens
}

/// Builds the index of `articles`; doc ids are their indices.
///
/// A first pass counts field lengths, so the average lengths are known and
/// each posting's saturated frequency is computed as it is appended (no
/// per-posting raw frequencies kept until the end).
pub fn build(articles: &[Article], params: &RankParams, stemmers: &Stemmers) -> IndexParts {
    let field_lens: Vec<[u32; FIELD_COUNT]> = articles.iter().map(field_lengths).collect();
    let n = field_lens.len();
    let mut avg = [0f32; FIELD_COUNT];
    for lens in &field_lens {
        for f in 0..FIELD_COUNT {
            avg[f] += lens[f] as f32;
        }
    }
    for a in &mut avg {
        *a /= n.max(1) as f32;
    }
    let mut table = TermTable::new(stemmers);
    let mut terms: Vec<TermBuild> = Vec::new();
    let mut occ: Vec<(u32, u32, u8)> = Vec::new();
    for (doc, a) in articles.iter().enumerate() {
        let lang = article_language(a);
        occ.clear();
        let mut pos = 0u32;
        for_each_field(a, |field, text| {
            pos = tokenize_with(text, pos, |tok| {
                if let Some(t) = table.lookup(&tok.text, lang) {
                    occ.push((t, tok.pos, field as u8));
                }
            }) + FIELD_GAP;
        });
        if terms.len() < table.stem_list.len() {
            terms.resize_with(table.stem_list.len(), TermBuild::default);
        }
        occ.sort_unstable();
        let mut i = 0;
        while i < occ.len() {
            let t = occ[i].0;
            let tb = &mut terms[t as usize];
            let mut tf = [0u16; FIELD_COUNT];
            if tb.pos_offsets.is_empty() {
                tb.pos_offsets.push(0);
            }
            let mut last = u32::MAX;
            while i < occ.len() && occ[i].0 == t {
                let (_, p, f) = occ[i];
                tf[f as usize] = tf[f as usize].saturating_add(1);
                if p != last {
                    tb.positions.push(p);
                    last = p;
                }
                i += 1;
            }
            let sat = params.saturate(params.pseudo_tf(tf, field_lens[doc], avg));
            tb.docs.push(doc as u32);
            tb.sat.push(quantize(sat));
            tb.pos_offsets.push(tb.positions.len() as u32);
        }
    }
    finish(table, terms, articles.len())
}

fn finish(table: TermTable<'_>, terms: Vec<TermBuild>, n: usize) -> IndexParts {
    let mut order: Vec<u32> = (0..table.stem_list.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| table.stem_list[a as usize].cmp(&table.stem_list[b as usize]));
    let mut remap = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old as usize] = new as u32;
    }
    let mut terms: Vec<Option<TermBuild>> = terms.into_iter().map(Some).collect();
    let mut postings = PostingsBuilder::new();
    let mut idfs = Vec::with_capacity(order.len());
    for &old in &order {
        let tb = terms[old as usize].take().unwrap_or_default();
        idfs.push(idf(n, tb.docs.len()));
        for (i, (&d, &s)) in tb.docs.iter().zip(&tb.sat).enumerate() {
            let positions =
                &tb.positions[tb.pos_offsets[i] as usize..tb.pos_offsets[i + 1] as usize];
            postings.push(d, s, positions);
        }
        postings.end_term();
    }
    let stems: Vec<Box<str>> = order
        .iter()
        .map(|&o| table.stem_list[o as usize].clone())
        .collect();
    let surfaces: Vec<(Box<str>, u32)> = table
        .into_surfaces()
        .map(|(word, id)| (word, remap[id as usize]))
        .collect();
    IndexParts {
        vocab: VocabParts::new(stems, surfaces),
        postings,
        idf: idfs,
        doc_count: n,
    }
}

/// A saturated frequency in `0..1` quantized to 256 levels (the index
/// stores one byte per impact), as `q · 257` on the
/// [`SAT_SCALE`](super::postings::SAT_SCALE) scale:
/// the engine ranks on exactly what a loaded index holds.
fn quantize(sat: f32) -> u16 {
    let q = (sat.clamp(0.0, 1.0) * 255.0).round() as u16;
    q * 257
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_round_trip_words_of_up_to_sixteen_bytes() {
        for w in [
            "a",
            "etude",
            "décembre",
            "covid19",
            "5.5",
            "abcdefghijklmnop",
        ] {
            assert_eq!(&*word_of_key(short_key(w).unwrap()), w);
        }
        assert_eq!(short_key("abcdefghijklmnopq"), None);
        assert_ne!(short_key("ab"), short_key("ab\u{1}"));
    }
}
