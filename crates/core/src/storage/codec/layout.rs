//! The order of the index's arrays, and the engine's options as numbers.

use super::blob::{Arr, Blob, Reader, Writer};
use super::{check_header, header, IndexError, HEADER_LEN};
use crate::counting::doc_values::DocValues;
use crate::counting::topic_values::{TopicValues, TOPIC_ARRAYS};
use crate::index::related_terms::related_terms;
use crate::index::{Index, IndexParts, PostingStore, Vocabulary};
use crate::search::engine::EngineOptions;
use crate::search::rank::RankParams;
use crate::storage::also::{AlsoHosts, ALSO_ARRAYS};
use crate::storage::stored::{self, DocStore};
use crate::{Article, Topic};

/// Arrays in an index: options 1, vocabulary 7, idf 1, postings 6, facets
/// 15, documents 3, related terms 2, then (format 5; after the others so
/// that the arrays of format 4 keep their numbers) topics 12 and the hosts
/// each story is also on 2.
pub(crate) const ARRAYS: usize = 35 + TOPIC_ARRAYS + ALSO_ARRAYS;

/// The array of the related terms' offsets (one more than documents).
const RELATED_OFFSETS: usize = 33;

/// An engine's data, read from its bytes.
pub struct Loaded {
    /// The inverted index.
    pub index: Index,
    /// Facet values and dates per document.
    pub meta: DocValues,
    /// Stored fields per document.
    pub docs: DocStore,
    /// Each document's rare terms (offsets, term ids).
    pub related: (Arr<u32>, Arr<u32>),
    /// The options the engine was built with.
    pub options: EngineOptions,
}

/// The bytes of the engine indexing `articles`, whose topics are `topics`.
pub fn write(
    articles: &[Article],
    topics: &[Topic],
    options: &EngineOptions,
    parts: IndexParts,
) -> Vec<u8> {
    let mut w = Writer::new(&header(), ARRAYS);
    w.push(&options_words(options));
    parts.vocab.write(&mut w);
    w.push(&parts.idf);
    let (rel_offsets, rel_terms) = related_terms(&parts.postings, &parts.idf, parts.doc_count);
    parts.postings.write(&mut w);
    drop(parts);
    DocValues::new(articles).write(&mut w);
    stored::write(articles, options.body_bytes, &mut w);
    w.push(&rel_offsets);
    w.push(&rel_terms);
    TopicValues::new(articles, topics).write(&mut w);
    AlsoHosts::new(articles).write(&mut w);
    w.finish(HEADER_LEN)
}

/// Reads an engine's data from `blob`.
pub fn read(blob: &Blob) -> Result<Loaded, IndexError> {
    check_header(blob.bytes())?;
    let mut r = Reader::new(blob, HEADER_LEN)?;
    let options = options_of(&r.vec::<u64>()?)?;
    let vocab = Vocabulary::read(&mut r, blob)?;
    let terms = vocab.len();
    let idf = r.exact::<f32>(terms, "idf")?.of(blob).to_vec();
    // The document count is known from the facets, read after the
    // postings: peek at it through the related-terms offsets' length.
    let n = doc_count(blob)?;
    let store = PostingStore::read(&mut r, blob, terms, n)?;
    let mut meta = DocValues::read(&mut r, blob, n)?;
    let docs = DocStore::read(&mut r, blob, n)?;
    let rel_offsets = r.exact::<u32>(n + 1, "related offsets")?;
    let rel_terms = r.array::<u32>()?;
    let o = rel_offsets.of(blob);
    if o[0] != 0
        || o[n] as usize != rel_terms.len()
        || o.windows(2).any(|w| w[0] > w[1])
        || rel_terms.of(blob).iter().any(|&t| t as usize >= terms)
    {
        return Err(IndexError::Corrupt("related terms".into()));
    }
    meta.topics = TopicValues::read(&mut r, blob, n)?;
    meta.also = AlsoHosts::read(&mut r, blob, n)?;
    Ok(Loaded {
        index: Index {
            vocab,
            store,
            idf,
            doc_count: n,
        },
        meta,
        docs,
        related: (rel_offsets, rel_terms),
        options,
    })
}

/// The number of documents: the length of the related-term offsets, one
/// more than documents.
fn doc_count(blob: &Blob) -> Result<usize, IndexError> {
    let mut r = Reader::new(blob, HEADER_LEN)?;
    for _ in 0..RELATED_OFFSETS {
        r.array::<u8>()?;
    }
    let offsets = r.array::<u32>()?;
    offsets
        .len()
        .checked_sub(1)
        .ok_or_else(|| IndexError::Corrupt("no document count".into()))
}

fn options_words(o: &EngineOptions) -> Vec<u64> {
    let r = &o.rank;
    let mut v = vec![
        o.page_size as u64,
        o.plausible_years.0 as i64 as u64,
        o.plausible_years.1 as i64 as u64,
        o.snippet_len as u64,
        o.body_bytes as u64,
    ];
    v.extend(r.field_weights.iter().map(|x| u64::from(x.to_bits())));
    v.extend(r.b.iter().map(|x| u64::from(x.to_bits())));
    v.extend(
        [r.k1, r.prefix_weight, r.typo1_weight, r.typo2_weight].map(|x| u64::from(x.to_bits())),
    );
    v.extend(
        [
            r.typo1_min_len,
            r.typo2_min_len,
            r.typo_df_threshold,
            r.prefix_min_len,
            r.max_prefix_terms,
        ]
        .map(|x| x as u64),
    );
    v
}

fn options_of(v: &[u64]) -> Result<EngineOptions, IndexError> {
    if v.len() != 22 {
        return Err(IndexError::Corrupt("options".into()));
    }
    let f = |i: usize| f32::from_bits(v[i] as u32);
    let u = |i: usize| usize::try_from(v[i]).unwrap_or(usize::MAX);
    let (first, last) = (v[1] as i64, v[2] as i64);
    if first > last || first < -100_000 || last > 100_000 {
        return Err(IndexError::Corrupt("plausible years".into()));
    }
    Ok(EngineOptions {
        page_size: u(0),
        plausible_years: (v[1] as i64 as i32, v[2] as i64 as i32),
        snippet_len: u(3),
        body_bytes: u(4),
        rank: RankParams {
            field_weights: [f(5), f(6), f(7), f(8)],
            b: [f(9), f(10), f(11), f(12)],
            k1: f(13),
            prefix_weight: f(14),
            typo1_weight: f(15),
            typo2_weight: f(16),
            typo1_min_len: u(17),
            typo2_min_len: u(18),
            typo_df_threshold: u(19),
            prefix_min_len: u(20),
            max_prefix_terms: u(21),
        },
    })
}
