//! Building the inverted index from articles, in one pass.
//!
//! Each distinct folded word is stemmed once per language (a cache maps it
//! to its term id), so stemming costs per vocabulary word, not per token.
//! Occurrences of one document are gathered, sorted by term and appended to
//! each term's postings; doc ids are assigned in input order, so postings
//! come out sorted without a merge.

use rustc_hash::FxHashMap;

use super::postings::{Postings, SAT_SCALE};
use super::vocab::Vocabulary;
use super::{Index, FIELD_GAP};
use crate::rank::{idf, RankParams, FIELD_COUNT};
use crate::text::{is_stop_word, tokenize_with, Language, Stemmers, TokenKind};
use crate::Article;

#[derive(Default)]
struct TermBuild {
    docs: Vec<u32>,
    tfs: Vec<[u16; FIELD_COUNT]>,
    pos_offsets: Vec<u32>,
    positions: Vec<u32>,
}

/// Word → term caches, one per language, and the stems seen so far.
pub(crate) struct TermTable<'s> {
    stemmers: &'s Stemmers,
    caches: [FxHashMap<Box<str>, Option<u32>>; 2],
    stems: FxHashMap<Box<str>, u32>,
    stem_list: Vec<Box<str>>,
}

impl<'s> TermTable<'s> {
    pub(crate) fn new(stemmers: &'s Stemmers) -> Self {
        Self {
            stemmers,
            caches: [FxHashMap::default(), FxHashMap::default()],
            stems: FxHashMap::default(),
            stem_list: Vec::new(),
        }
    }

    /// The (temporary) term id of a folded word, `None` for a stop word.
    pub(crate) fn lookup(&mut self, folded: &str, lang: Language) -> Option<u32> {
        let cache = &mut self.caches[lang as usize];
        if let Some(&t) = cache.get(folded) {
            return t;
        }
        let id = if is_stop_word(folded) {
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
        };
        cache.insert(folded.into(), id);
        id
    }
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

/// Builds the index of `articles`; doc ids are their indices.
pub fn build(articles: &[Article], params: &RankParams, stemmers: &Stemmers) -> Index {
    let mut table = TermTable::new(stemmers);
    let mut terms: Vec<TermBuild> = Vec::new();
    let mut field_lens: Vec<[u32; FIELD_COUNT]> = Vec::with_capacity(articles.len());
    let mut languages = Vec::with_capacity(articles.len());
    let mut occ: Vec<(u32, u32, u8)> = Vec::new();
    for (doc, a) in articles.iter().enumerate() {
        let lang = article_language(a);
        languages.push(lang);
        occ.clear();
        let mut lens = [0u32; FIELD_COUNT];
        let mut pos = 0u32;
        for_each_field(a, |field, text| {
            pos = tokenize_with(text, pos, |tok| {
                if tok.kind != TokenKind::Joined {
                    lens[field] += 1;
                }
                if let Some(t) = table.lookup(&tok.text, lang) {
                    occ.push((t, tok.pos, field as u8));
                }
            }) + FIELD_GAP;
        });
        field_lens.push(lens);
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
            tb.docs.push(doc as u32);
            tb.tfs.push(tf);
            tb.pos_offsets.push(tb.positions.len() as u32);
        }
    }
    finish(table, terms, field_lens, languages, params)
}

fn finish(
    table: TermTable<'_>,
    terms: Vec<TermBuild>,
    field_lens: Vec<[u32; FIELD_COUNT]>,
    languages: Vec<Language>,
    params: &RankParams,
) -> Index {
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
    let mut order: Vec<u32> = (0..table.stem_list.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| table.stem_list[a as usize].cmp(&table.stem_list[b as usize]));
    let mut remap = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old as usize] = new as u32;
    }
    let mut terms: Vec<Option<TermBuild>> = terms.into_iter().map(Some).collect();
    let mut postings = Vec::with_capacity(order.len());
    let mut idfs = Vec::with_capacity(order.len());
    for &old in &order {
        let tb = terms[old as usize].take().unwrap_or_default();
        let sat = tb
            .docs
            .iter()
            .zip(&tb.tfs)
            .map(|(&d, &tf)| {
                let s = params.saturate(params.pseudo_tf(tf, field_lens[d as usize], avg));
                (s * SAT_SCALE).round() as u16
            })
            .collect();
        idfs.push(idf(n, tb.docs.len()));
        let mut p = Postings {
            docs: tb.docs,
            sat,
            pos_offsets: tb.pos_offsets,
            positions: tb.positions,
        };
        p.docs.shrink_to_fit();
        p.positions.shrink_to_fit();
        p.pos_offsets.shrink_to_fit();
        postings.push(p);
    }
    let stems: Vec<Box<str>> = order
        .iter()
        .map(|&o| table.stem_list[o as usize].clone())
        .collect();
    let mut surfaces = Vec::new();
    for cache in table.caches {
        for (word, id) in cache {
            if let Some(id) = id {
                surfaces.push((word, remap[id as usize]));
            }
        }
    }
    Index {
        vocab: Vocabulary::new(stems, surfaces),
        postings,
        idf: idfs,
        languages,
        doc_count: n,
    }
}
