//! What related articles share besides terms: tags and topics, as one list
//! of labels per article, each worth its weight times its rarity.

use crate::counting::doc_values::DocValues;

/// What one shared tag is worth, times its rarity.
pub const TAG_WEIGHT: f32 = 1.5;

/// What one shared topic is worth, times its rarity: more than a tag, since
/// a topic names what the article is about (the builder derived it from the
/// text), where a tag is whatever the publisher filed it under.
pub const TOPIC_WEIGHT: f32 = 2.0;

/// Each article's tags then topics, as label ids: tag `t` is label `t`,
/// topic `k` is label `tags + k`.
#[derive(Clone, Debug, Default)]
pub struct Labels {
    offsets: Vec<u32>,
    ids: Vec<u32>,
    /// Articles carrying each label.
    df: Vec<u32>,
    /// Tags there are (labels from there on are topics).
    tags: u32,
}

impl Labels {
    /// The labels of every document of `meta`.
    pub fn new(meta: &DocValues) -> Self {
        let tags = meta.tag_df.len() as u32;
        let mut offsets = vec![0u32];
        let mut ids = Vec::with_capacity(meta.tag_ids.len() + meta.topics.doc_ids.len());
        for d in 0..meta.len() as u32 {
            ids.extend_from_slice(meta.doc_tags(d));
            ids.extend(meta.topics.of_doc(d).iter().map(|&k| tags + k));
            offsets.push(ids.len() as u32);
        }
        let df = meta.tag_df.iter().chain(&meta.topics.df).copied().collect();
        Self {
            offsets,
            ids,
            df,
            tags,
        }
    }

    /// The labels of document `d`: its tags, then its topics.
    pub fn of(&self, d: u32) -> &[u32] {
        &self.ids[self.offsets[d as usize] as usize..self.offsets[d as usize + 1] as usize]
    }

    /// How many labels there are.
    pub fn len(&self) -> usize {
        self.df.len()
    }

    /// How many articles carry label `l`.
    pub fn df(&self, l: u32) -> u32 {
        self.df[l as usize]
    }

    /// What sharing label `l` is worth, before its rarity:
    /// [`TAG_WEIGHT`] or [`TOPIC_WEIGHT`].
    pub fn base(&self, l: u32) -> f32 {
        if l < self.tags {
            TAG_WEIGHT
        } else {
            TOPIC_WEIGHT
        }
    }

    /// What sharing label `l` is worth among `n` articles.
    pub fn weight(&self, l: u32, n: usize) -> f32 {
        self.base(l) * (1.0 + n as f32 / self.df(l) as f32).ln()
    }
}
