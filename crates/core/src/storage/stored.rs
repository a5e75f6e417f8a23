//! What the engine keeps of each article: the fields hits, snippets and
//! related articles show, read in place from the index's bytes.
//!
//! Per document, six strings (slug, permalink, title, summary, the image's
//! URL for the results' thumbnails, and the first
//! [`EngineOptions::body_bytes`](crate::EngineOptions::body_bytes) bytes of
//! the body, for snippets) in one text, plus the time of day of its date.
//! Collection, source, tags and the day come from [`DocValues`]. Never the
//! body's HTML, the image credit or extra fields: the app fetches an
//! article's own file for its page.

use crate::counting::doc_values::{DocValues, NONE};
use crate::index::vocab::check_strings;
use crate::storage::codec::blob::{Arr, Blob, Reader, Writer};
use crate::storage::codec::IndexError;
use crate::{Article, ArticleDate};

/// Strings stored per document.
const FIELDS: usize = 6;

/// An article as the engine keeps it (see the module documentation).
#[derive(Clone, Debug, PartialEq)]
pub struct StoredArticle<'a> {
    /// The last segment of the article's URL.
    pub slug: &'a str,
    /// Its collection.
    pub collection: &'a str,
    /// Its path in the explorer.
    pub permalink: &'a str,
    /// Its title.
    pub title: &'a str,
    /// When it was published.
    pub date: Option<ArticleDate>,
    /// Its source's host.
    pub source_host: Option<&'a str>,
    /// Its tags, in the article's order.
    pub tags: Vec<&'a str>,
    /// Its topics, best first: `(id, label)`.
    pub topics: Vec<(&'a str, &'a str)>,
    /// The hosts the story is also on (its merged copies', not its own).
    pub also_hosts: Vec<&'a str>,
    /// Its summary.
    pub summary: Option<&'a str>,
    /// Its image's URL (the results show it as a thumbnail).
    pub image_url: Option<&'a str>,
    /// The start of its body text (at most `body_bytes` bytes, cut at a
    /// character boundary).
    pub body_text: &'a str,
}

/// The stored fields of every document.
#[derive(Debug, Clone, Default)]
pub struct DocStore {
    blob: Option<Blob>,
    offs: Arr<u32>,
    text: Arr<u8>,
    seconds: Arr<u32>,
}

/// `s` cut to at most `max` bytes at a character boundary.
pub fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Writes the three arrays [`DocStore::read`] reads.
pub fn write(articles: &[Article], body_bytes: usize, w: &mut Writer) {
    let mut offs = Vec::with_capacity(articles.len() * FIELDS + 1);
    offs.push(0u32);
    let mut text = Vec::new();
    for a in articles {
        for s in [
            a.slug.as_str(),
            &a.permalink,
            &a.title,
            a.summary.as_deref().unwrap_or(""),
            a.image_url.as_deref().unwrap_or(""),
            prefix(&a.body_text, body_bytes),
        ] {
            text.extend_from_slice(s.as_bytes());
            offs.push(text.len() as u32);
        }
    }
    let seconds: Vec<u32> = articles
        .iter()
        .map(|a| a.date.and_then(|d| d.seconds).unwrap_or(NONE))
        .collect();
    w.push(&offs);
    w.push(&text);
    w.push(&seconds);
}

impl DocStore {
    /// Reads what [`write`] wrote for `n` documents.
    pub fn read(r: &mut Reader<'_>, blob: &Blob, n: usize) -> Result<Self, IndexError> {
        let offs = r.exact::<u32>(n * FIELDS + 1, "document strings")?;
        let text = r.array::<u8>()?;
        let seconds = r.exact::<u32>(n, "document times")?;
        check_strings(offs.of(blob), text.of(blob), "documents")?;
        Ok(Self {
            blob: Some(blob.clone()),
            offs,
            text,
            seconds,
        })
    }

    fn field(&self, doc: usize, f: usize) -> &str {
        let blob = self.blob.as_ref().expect("a read store");
        let offs = self.offs.of(blob);
        let i = doc * FIELDS + f;
        std::str::from_utf8(&self.text.of(blob)[offs[i] as usize..offs[i + 1] as usize])
            .unwrap_or("")
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.seconds.len()
    }

    /// Whether there is no document.
    pub fn is_empty(&self) -> bool {
        self.seconds.is_empty()
    }

    /// The permalink of `doc`.
    pub fn permalink(&self, doc: usize) -> &str {
        self.field(doc, 1)
    }

    /// Bytes used.
    pub fn heap_bytes(&self) -> usize {
        self.offs.len() * 4 + self.text.len() + self.seconds.len() * 4
    }

    /// Document `doc`, its facet values taken from `meta`.
    pub fn get<'a>(&'a self, meta: &'a DocValues, doc: usize) -> StoredArticle<'a> {
        let d = doc as u32;
        let blob = self.blob.as_ref().expect("a read store");
        let day = meta.doc_day[doc];
        let seconds = self.seconds.of(blob)[doc];
        let date = (day != 0).then(|| ArticleDate {
            year: (day / 10_000) as i32,
            month: (day / 100 % 100) as u8,
            day: (day % 100) as u8,
            seconds: (seconds != NONE).then_some(seconds),
        });
        let summary = self.field(doc, 3);
        let image = self.field(doc, 4);
        StoredArticle {
            slug: self.field(doc, 0),
            collection: &meta.collections.names[meta.doc_collection[doc] as usize],
            permalink: self.field(doc, 1),
            title: self.field(doc, 2),
            date,
            source_host: match meta.doc_source[doc] {
                NONE => None,
                s => Some(&meta.sources.names[s as usize]),
            },
            tags: meta
                .doc_tags(d)
                .iter()
                .map(|&t| &*meta.tags.names[t as usize])
                .collect(),
            topics: meta
                .topics
                .of_doc(d)
                .iter()
                .map(|&t| {
                    let t = t as usize;
                    (&*meta.topics.ids.names[t], &*meta.topics.labels[t])
                })
                .collect(),
            also_hosts: meta.also.of(doc).collect(),
            summary: (!summary.is_empty()).then_some(summary),
            image_url: (!image.is_empty()).then_some(image),
            body_text: self.field(doc, 5),
        }
    }
}
