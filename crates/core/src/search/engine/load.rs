//! Loading an engine from its bytes (the prebuilt `index.bin`), and
//! writing them.

use std::sync::Mutex;

use super::Engine;
use crate::counting::dense::DenseFacets;
use crate::counting::filter::ALL;
use crate::counting::timeline::{timeline_slots, TimelineCounter};
use crate::query::Query;
use crate::search::matcher::Scratch;
use crate::storage::codec::blob::Blob;
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
    /// [`INDEX_FORMAT_VERSION`](crate::INDEX_FORMAT_VERSION), compact).
    pub fn to_bytes(&self) -> Vec<u8> {
        transport::encode(&self.blob)
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
        let mut engine = Self {
            blob,
            docs,
            related,
            index,
            meta,
            options,
            stemmers: Stemmers::default(),
            slots,
            all_buckets,
            dense,
            browse: None,
            newest_first,
            dated: 0,
            scratch: Mutex::new(Scratch::new(n)),
        };
        engine.dated = engine.meta.doc_day.iter().filter(|&&d| d != 0).count();
        // Only the facets and the timeline: no hit is filled in.
        let (all, _) = engine.search_uncached(&Query::default(), 0);
        engine.browse = Some((all.facets, all.timeline));
        Ok(engine)
    }
}
