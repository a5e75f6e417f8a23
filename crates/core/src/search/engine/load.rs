//! Loading an engine from its bytes (the prebuilt `index.bin`), and
//! writing them.

use std::sync::Mutex;

use super::Engine;
use crate::counting::dense::DenseFacets;
use crate::counting::filter::ALL;
use crate::counting::timeline::{timeline_slots, TimelineCounter};
use crate::query::parse::{parse, Atom};
use crate::query::Query;
use crate::search::matcher::Scratch;
use crate::search::synonyms::Synonyms;
use crate::storage::codec::blob::Blob;
use crate::storage::codec::transport::parts;
use crate::storage::codec::{layout, transport, IndexError};
use crate::text::Stemmers;

impl Engine {
    /// Loads an engine from the bytes [`Engine::to_bytes`] returned (a
    /// prebuilt `index.bin`), decoding each section into the aligned
    /// arrays the engine reads in place.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, IndexError> {
        Self::from_blob(transport::decode(bytes)?)
    }

    /// Like [`Engine::from_bytes`], taking the bytes over (they are decoded
    /// into new memory and dropped).
    pub fn from_vec(bytes: Vec<u8>) -> Result<Self, IndexError> {
        Self::from_bytes(&bytes)
    }

    /// The engine as bytes, for [`Engine::from_bytes`]: the same bytes for
    /// the same articles and options (the index format
    /// [`INDEX_FORMAT_VERSION`](crate::INDEX_FORMAT_VERSION), compact). The
    /// file can be cut in two ([`Engine::split_bytes`]); an engine opened
    /// from the first part alone writes the index of its first part only.
    pub fn to_bytes(&self) -> Vec<u8> {
        transport::encode(&self.blob)
    }

    /// The index file `bytes` ([`Engine::to_bytes`]) cut in two: its first
    /// part, which [`Engine::from_first_part`] opens and which answers every
    /// search but phrases and shows its cards, and the rest (positions and
    /// related terms, about a third of the bytes), for
    /// [`Engine::with_rest`]. The two put end to end are the whole file.
    pub fn split_bytes(bytes: &[u8]) -> Result<(&[u8], &[u8]), IndexError> {
        parts::split(bytes)
    }

    /// Opens the first part of an index file ([`Engine::split_bytes`]): an
    /// engine that answers every query without a phrase (see
    /// [`Engine::answers`]) exactly as the whole index does, hits, snippets
    /// and counts included; until [`Engine::with_rest`], phrases match
    /// nothing and [`Engine::related`] weighs shared tags only.
    pub fn from_first_part(first: &[u8]) -> Result<Self, IndexError> {
        let (blob, plan) = parts::decode_first(first)?;
        let mut engine = Self::from_blob(blob)?;
        engine.rest = Some(plan);
        Ok(engine)
    }

    /// This engine, opened from a first part, completed by the `rest` of its
    /// index file; the first part is not decoded again. A complete engine
    /// refuses a rest. A rest from another build is refused (a checksum in
    /// the first part names its rest).
    pub fn with_rest(&self, rest: &[u8]) -> Result<Self, IndexError> {
        let plan = self
            .rest
            .as_ref()
            .ok_or_else(|| IndexError::Corrupt("the index is already complete".into()))?;
        Self::from_blob(parts::decode_rest(&self.blob, plan, rest)?)
    }

    /// Whether the engine has its whole index (it was not opened from a
    /// first part, or it was completed).
    pub fn is_complete(&self) -> bool {
        self.rest.is_none()
    }

    /// Whether the engine answers `q` as the whole index would: always once
    /// complete; from a first part, when the query's text has no phrase (a
    /// quoted phrase, or words joined by a hyphen or an apostrophe), whose
    /// positions are in the rest.
    pub fn answers(&self, q: &Query) -> bool {
        if self.is_complete() {
            return true;
        }
        let expr = parse(&q.text);
        let phrase = |a: &Atom| matches!(a, Atom::Phrase(_));
        !(expr.groups.iter().flat_map(|g| &g.atoms).any(phrase) || expr.excluded.iter().any(phrase))
    }

    /// Loads an engine from its in-memory arrays (as
    /// [`layout::write`] wrote them, or [`transport::decode`] decoded them).
    pub(crate) fn from_blob(blob: Blob) -> Result<Self, IndexError> {
        let layout::Loaded {
            index,
            meta,
            docs,
            related,
            options,
        } = layout::read(&blob)?;
        let n = docs.len();
        let mut newest_first = vec![u32::MAX; n];
        for (d, &rank) in meta.date_rank.iter().enumerate() {
            newest_first[rank as usize] = d as u32;
        }
        if newest_first.contains(&u32::MAX) {
            return Err(IndexError::Corrupt("date ranks".into()));
        }
        let slots = timeline_slots(&meta, options.plausible_years);
        let mut all = TimelineCounter::new(&meta, options.plausible_years, &slots);
        (0..n as u32).for_each(|d| all.add(d, ALL));
        let all_buckets = all.buckets().clone();
        let dense = DenseFacets::new(&meta);
        let stemmers = Stemmers::default();
        let synonyms = Synonyms::new(&meta.topics, &stemmers);
        let mut engine = Self {
            blob,
            docs,
            related,
            index,
            meta,
            options,
            stemmers,
            synonyms,
            slots,
            all_buckets,
            dense,
            browse: None,
            newest_first,
            dated: 0,
            scratch: Mutex::new(Scratch::new(n)),
            rest: None,
        };
        engine.dated = engine.meta.doc_day.iter().filter(|&&d| d != 0).count();
        // Only the facets and the timeline: no hit is filled in.
        let (all, _) = engine.search_uncached(&Query::default(), 0);
        engine.browse = Some((all.facets, all.timeline));
        Ok(engine)
    }
}
