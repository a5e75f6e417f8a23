//! Per-document facet values and dates, as dense arrays by doc id.
//!
//! Filters and facet counts read these arrays for the documents that match
//! the text, so their cost grows with the number of matches, not with the
//! number of facet values. Values are interned: a facet value is a `u32`
//! into the facet's sorted list of names.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::counting::topic_values::TopicValues;
use crate::storage::also::AlsoHosts;
use crate::storage::codec::blob::{Blob, Reader, Writer};
use crate::storage::codec::IndexError;
use crate::{Article, ArticleDate};

/// Marks a document without a value (no source, undated).
pub const NONE: u32 = u32::MAX;

/// The distinct values of one facet, sorted, with their ids.
#[derive(Debug, Default)]
pub struct Dictionary {
    /// Names, sorted; a value's id is its index.
    pub names: Vec<Arc<str>>,
    ids: FxHashMap<Arc<str>, u32>,
}

impl Dictionary {
    /// The dictionary of `names`, sorted and without duplicates.
    pub fn new(mut names: Vec<String>) -> Self {
        names.sort_unstable();
        names.dedup();
        let names: Vec<Arc<str>> = names.into_iter().map(Arc::from).collect();
        let ids = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        Self { names, ids }
    }

    /// The id of a value, if any document has it.
    pub fn id(&self, name: &str) -> Option<u32> {
        self.ids.get(name).copied()
    }

    /// The number of distinct values.
    pub fn len(&self) -> usize {
        self.names.len()
    }
}

/// A tag on more than this share of the articles (in percent) is
/// "common": the publisher's own label for everything (`France`,
/// `Actualité`), worth neither a facet row nor a pill on every card.
pub const COMMON_TAG_PERCENT: usize = 80;

/// ... in a corpus of at least this many articles: in a handful of
/// articles, a tag they all carry still tells them apart from nothing.
pub const COMMON_TAG_MIN_ARTICLES: usize = 20;

/// Whether a tag carried by `df` of `n` articles is common (see
/// [`COMMON_TAG_PERCENT`]).
pub fn is_common_tag(df: usize, n: usize) -> bool {
    n >= COMMON_TAG_MIN_ARTICLES && df * 100 > n * COMMON_TAG_PERCENT
}

/// A day as a sortable number, `YYYYMMDD`.
pub fn day_key(d: ArticleDate) -> u32 {
    d.year.max(0) as u32 * 10_000 + u32::from(d.month) * 100 + u32::from(d.day)
}

/// Facet values and dates of every document.
#[derive(Debug, Default)]
pub struct DocValues {
    /// Tag names.
    pub tags: Dictionary,
    /// Where each document's tags start in `tag_ids` (one more than docs).
    pub tag_offsets: Vec<u32>,
    /// The tag ids of each document, document after document.
    pub tag_ids: Vec<u32>,
    /// How many documents carry each tag.
    pub tag_df: Vec<u32>,
    /// Whether each tag is carried by nearly every document
    /// ([`is_common_tag`]): derived, not stored.
    pub tag_common: Vec<bool>,
    /// Source host names.
    pub sources: Dictionary,
    /// Each document's source id, or [`NONE`].
    pub doc_source: Vec<u32>,
    /// Collection names.
    pub collections: Dictionary,
    /// Each document's collection id.
    pub doc_collection: Vec<u32>,
    /// Years present, as text, sorted numerically (ids follow this order).
    pub years: Vec<i32>,
    /// The years as text, parallel to `years`.
    pub year_names: Vec<Arc<str>>,
    /// Each document's index into `years`, or [`NONE`].
    pub doc_year: Vec<u32>,
    /// Each document's day as `YYYYMMDD`, or 0 when undated.
    pub doc_day: Vec<u32>,
    /// Each document's place when sorted newest first (undated last).
    pub date_rank: Vec<u32>,
    /// Topics (stored apart from the other facets' arrays, see
    /// [`crate::storage::codec::layout`]).
    pub topics: TopicValues,
    /// The hosts each story is also on (stored after the topics).
    pub also: AlsoHosts,
}

impl DocValues {
    /// The facet values and dates of `articles`.
    pub fn new(articles: &[Article]) -> Self {
        let tags = Dictionary::new(articles.iter().flat_map(|a| a.tags.clone()).collect());
        let sources = Dictionary::new(
            articles
                .iter()
                .filter_map(|a| a.source_host.clone())
                .collect(),
        );
        let collections = Dictionary::new(articles.iter().map(|a| a.collection.clone()).collect());
        let mut years: Vec<i32> = articles.iter().filter_map(Article::year).collect();
        years.sort_unstable();
        years.dedup();
        let mut m = DocValues {
            tag_offsets: vec![0],
            tag_df: vec![0; tags.len()],
            ..DocValues::default()
        };
        for a in articles {
            for t in &a.tags {
                let id = tags.id(t).expect("interned");
                if !m.tag_ids[m.tag_offsets[m.tag_offsets.len() - 1] as usize..].contains(&id) {
                    m.tag_ids.push(id);
                    m.tag_df[id as usize] += 1;
                }
            }
            m.tag_offsets.push(m.tag_ids.len() as u32);
            m.doc_source.push(
                a.source_host
                    .as_deref()
                    .and_then(|s| sources.id(s))
                    .unwrap_or(NONE),
            );
            m.doc_collection
                .push(collections.id(&a.collection).expect("interned"));
            m.doc_year.push(match a.year() {
                Some(y) => years.binary_search(&y).expect("listed") as u32,
                None => NONE,
            });
            m.doc_day.push(a.date.map_or(0, day_key));
        }
        let mut order: Vec<u32> = (0..articles.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (da, db) = (&articles[a as usize].date, &articles[b as usize].date);
            db.is_some()
                .cmp(&da.is_some())
                .then(db.cmp(da))
                .then(a.cmp(&b))
        });
        m.date_rank = vec![0; articles.len()];
        for (rank, &d) in order.iter().enumerate() {
            m.date_rank[d as usize] = rank as u32;
        }
        m.tags = tags;
        m.sources = sources;
        m.collections = collections;
        m.year_names = years.iter().map(|y| Arc::from(y.to_string())).collect();
        m.years = years;
        m
    }

    /// Writes the arrays [`DocValues::read`] reads.
    pub fn write(&self, w: &mut Writer) {
        for d in [&self.tags, &self.sources, &self.collections] {
            let mut offs = vec![0u32];
            let mut text = Vec::new();
            for n in &d.names {
                text.extend_from_slice(n.as_bytes());
                offs.push(text.len() as u32);
            }
            w.push(&offs);
            w.push(&text);
        }
        w.push(&self.tag_offsets);
        w.push(&self.tag_ids);
        w.push(&self.tag_df);
        w.push(&self.doc_source);
        w.push(&self.doc_collection);
        w.push(&self.years);
        w.push(&self.doc_year);
        w.push(&self.doc_day);
        w.push(&self.date_rank);
    }

    /// Reads what [`DocValues::write`] wrote for `n` documents, checking ids.
    pub fn read(r: &mut Reader<'_>, blob: &Blob, n: usize) -> Result<Self, IndexError> {
        let mut dicts = Vec::new();
        for what in ["tags", "sources", "collections"] {
            let offs = r.array::<u32>()?;
            let text = r.array::<u8>()?;
            let (offs, text) = (offs.of(blob), text.of(blob));
            crate::index::vocab::check_strings(offs, text, what)?;
            let text = std::str::from_utf8(text).expect("checked");
            let names = offs
                .windows(2)
                .map(|w| text[w[0] as usize..w[1] as usize].to_owned())
                .collect();
            dicts.push(Dictionary::new(names));
        }
        let [tags, sources, collections] = <[Dictionary; 3]>::try_from(dicts).expect("three");
        let bad = |what: &str| IndexError::Corrupt(format!("document facets: {what}"));
        let tag_offsets = r.exact::<u32>(n + 1, "tag offsets")?.of(blob).to_vec();
        let tag_ids: Vec<u32> = r.vec()?;
        let tag_df = r.exact::<u32>(tags.len(), "tag counts")?.of(blob).to_vec();
        let doc_source = r.exact::<u32>(n, "sources")?.of(blob).to_vec();
        let doc_collection = r.exact::<u32>(n, "collections")?.of(blob).to_vec();
        let years: Vec<i32> = r.vec()?;
        let doc_year = r.exact::<u32>(n, "years")?.of(blob).to_vec();
        let doc_day = r.exact::<u32>(n, "days")?.of(blob).to_vec();
        let date_rank = r.exact::<u32>(n, "date ranks")?.of(blob).to_vec();
        let in_range = |ids: &[u32], len: usize, none: bool| {
            ids.iter()
                .all(|&i| (i as usize) < len || (none && i == NONE))
        };
        if tag_offsets[0] != 0
            || tag_offsets[n] as usize != tag_ids.len()
            || tag_offsets.windows(2).any(|w| w[0] > w[1])
            || !in_range(&tag_ids, tags.len(), false)
        {
            return Err(bad("tags"));
        }
        if !in_range(&doc_source, sources.len(), true)
            || !in_range(&doc_collection, collections.len(), false)
            || !in_range(&doc_year, years.len(), true)
            || !in_range(&date_rank, n, false)
        {
            return Err(bad("value ids"));
        }
        let dates_agree = doc_day
            .iter()
            .zip(&doc_year)
            .all(|(&day, &y)| match (day, y) {
                (0, NONE) => true,
                (0, _) | (_, NONE) => false,
                (day, y) => {
                    let (m, dd) = (day / 100 % 100, day % 100);
                    years[y as usize] == (day / 10_000) as i32
                        && (1..=12).contains(&m)
                        && (1..=31).contains(&dd)
                }
            });
        if !dates_agree || years.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("dates"));
        }
        let tag_common = tag_df
            .iter()
            .map(|&df| is_common_tag(df as usize, n))
            .collect();
        Ok(DocValues {
            tag_common,
            year_names: years.iter().map(|y| Arc::from(y.to_string())).collect(),
            tags,
            tag_offsets,
            tag_ids,
            tag_df,
            sources,
            doc_source,
            collections,
            doc_collection,
            years,
            doc_year,
            doc_day,
            date_rank,
            topics: TopicValues::default(),
            also: AlsoHosts::default(),
        })
    }

    /// Whether `tag` is carried by nearly every document ([`is_common_tag`]).
    pub fn is_common_tag(&self, tag: &str) -> bool {
        self.tags
            .id(tag)
            .is_some_and(|t| self.tag_common[t as usize])
    }

    /// The tag ids of a document.
    pub fn doc_tags(&self, doc: u32) -> &[u32] {
        &self.tag_ids
            [self.tag_offsets[doc as usize] as usize..self.tag_offsets[doc as usize + 1] as usize]
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.doc_day.len()
    }
}
