//! The Topics facet's values: each topic's id and labels, each document's
//! topics, and the forms each topic is written in (the search synonyms).
//!
//! Ids are what a query selects and a URL keeps (`topic=tavi`); the labels
//! are what the explorer shows. The list comes from the bundle's topics
//! (labels, French labels, forms), completed by any topic an article
//! carries that the list lacks (its label from the article).

use std::sync::Arc;

use crate::counting::doc_values::Dictionary;
use crate::storage::codec::blob::{Blob, Reader, Writer};
use crate::storage::codec::IndexError;
use crate::{Article, Topic};

/// Arrays [`TopicValues::write`] writes: ids, labels, French labels and
/// forms (two each: offsets and text), the documents' topic offsets and
/// ids, each topic's document count, each form's topic.
pub const TOPIC_ARRAYS: usize = 12;

/// Topics of every document, with the topics' labels and forms.
#[derive(Debug, Default)]
pub struct TopicValues {
    /// Topic ids, sorted; a topic's value id is its index.
    pub ids: Dictionary,
    /// Each topic's label.
    pub labels: Vec<Arc<str>>,
    /// Each topic's French label (empty: none).
    pub labels_fr: Vec<Arc<str>>,
    /// Where each document's topics start in `doc_ids` (one more than docs).
    pub offsets: Vec<u32>,
    /// The topic ids of each document, best first, document after document.
    pub doc_ids: Vec<u32>,
    /// How many documents carry each topic.
    pub df: Vec<u32>,
    /// Every topic's forms, topic after topic.
    pub forms: Vec<Arc<str>>,
    /// The topic of each form.
    pub form_topic: Vec<u32>,
}

impl TopicValues {
    /// The topics of `articles`, with the labels and forms of `topics`.
    pub fn new(articles: &[Article], topics: &[Topic]) -> Self {
        let ids = Dictionary::new(
            topics
                .iter()
                .map(|t| t.id.clone())
                .chain(
                    articles
                        .iter()
                        .flat_map(|a| a.topics.iter().map(|t| t.id.clone())),
                )
                .collect(),
        );
        let n = ids.len();
        let mut labels: Vec<Option<Arc<str>>> = vec![None; n];
        let mut labels_fr: Vec<Arc<str>> = vec![Arc::from(""); n];
        let mut forms: Vec<(u32, Arc<str>)> = Vec::new();
        for t in topics {
            let id = ids.id(&t.id).expect("interned");
            let i = id as usize;
            if labels[i].is_none() {
                labels[i] = Some(Arc::from(t.label.as_str()));
                labels_fr[i] = Arc::from(t.label_fr.as_deref().unwrap_or(""));
                forms.extend(t.forms.iter().map(|f| (id, Arc::from(f.as_str()))));
            }
        }
        let mut m = TopicValues {
            offsets: vec![0],
            df: vec![0; n],
            ..TopicValues::default()
        };
        for a in articles {
            let start = m.doc_ids.len();
            for t in &a.topics {
                let id = ids.id(&t.id).expect("interned");
                labels[id as usize].get_or_insert_with(|| Arc::from(t.label.as_str()));
                if !m.doc_ids[start..].contains(&id) {
                    m.doc_ids.push(id);
                    m.df[id as usize] += 1;
                }
            }
            m.offsets.push(m.doc_ids.len() as u32);
        }
        forms.sort_by_key(|&(id, _)| id);
        m.labels = labels
            .into_iter()
            .map(|l| l.expect("every topic has a label"))
            .collect();
        m.labels_fr = labels_fr;
        (m.form_topic, m.forms) = forms.into_iter().unzip();
        m.ids = ids;
        m
    }

    /// Writes the arrays [`TopicValues::read`] reads.
    pub fn write(&self, w: &mut Writer) {
        for list in [&self.ids.names, &self.labels, &self.labels_fr, &self.forms] {
            write_strings(w, list);
        }
        w.push(&self.offsets);
        w.push(&self.doc_ids);
        w.push(&self.df);
        w.push(&self.form_topic);
    }

    /// Reads what [`TopicValues::write`] wrote for `n` documents, checking ids.
    pub fn read(r: &mut Reader<'_>, blob: &Blob, n: usize) -> Result<Self, IndexError> {
        let bad = |what: &str| IndexError::Corrupt(format!("topics: {what}"));
        let names = read_strings(r, blob, "topic ids")?;
        let count = names.len();
        let ids = Dictionary::new(names.iter().map(|s| s.to_string()).collect());
        if ids.len() != count || ids.names.iter().zip(&names).any(|(a, b)| a != b) {
            return Err(bad("ids not sorted"));
        }
        let labels = read_strings(r, blob, "topic labels")?;
        let labels_fr = read_strings(r, blob, "topic French labels")?;
        let forms = read_strings(r, blob, "topic forms")?;
        let offsets = r.exact::<u32>(n + 1, "topic offsets")?.of(blob).to_vec();
        let doc_ids: Vec<u32> = r.vec()?;
        let df = r.exact::<u32>(count, "topic counts")?.of(blob).to_vec();
        let form_topic = r
            .exact::<u32>(forms.len(), "form topics")?
            .of(blob)
            .to_vec();
        if labels.len() != count || labels_fr.len() != count {
            return Err(bad("labels"));
        }
        if offsets[0] != 0
            || offsets[n] as usize != doc_ids.len()
            || offsets.windows(2).any(|w| w[0] > w[1])
            || doc_ids.iter().any(|&i| i as usize >= count)
            || form_topic.iter().any(|&i| i as usize >= count)
        {
            return Err(bad("ids"));
        }
        Ok(TopicValues {
            ids,
            labels,
            labels_fr,
            offsets,
            doc_ids,
            df,
            forms,
            form_topic,
        })
    }

    /// The topic ids of a document, best first.
    pub fn of_doc(&self, doc: u32) -> &[u32] {
        &self.doc_ids[self.offsets[doc as usize] as usize..self.offsets[doc as usize + 1] as usize]
    }

    /// The number of topics.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Topic `t` as the bundle lists it.
    pub fn topic(&self, t: u32) -> Topic {
        let t = t as usize;
        Topic {
            id: self.ids.names[t].to_string(),
            label: self.labels[t].to_string(),
            label_fr: (!self.labels_fr[t].is_empty()).then(|| self.labels_fr[t].to_string()),
            forms: self
                .form_topic
                .iter()
                .zip(&self.forms)
                .filter(|(&ft, _)| ft as usize == t)
                .map(|(_, f)| f.to_string())
                .collect(),
        }
    }
}

fn write_strings(w: &mut Writer, list: &[Arc<str>]) {
    let mut offs = vec![0u32];
    let mut text = Vec::new();
    for s in list {
        text.extend_from_slice(s.as_bytes());
        offs.push(text.len() as u32);
    }
    w.push(&offs);
    w.push(&text);
}

fn read_strings(r: &mut Reader<'_>, blob: &Blob, what: &str) -> Result<Vec<Arc<str>>, IndexError> {
    let offs = r.array::<u32>()?;
    let text = r.array::<u8>()?;
    let (offs, text) = (offs.of(blob), text.of(blob));
    crate::index::vocab::check_strings(offs, text, what)?;
    let text = std::str::from_utf8(text).expect("checked");
    Ok(offs
        .windows(2)
        .map(|w| Arc::from(&text[w[0] as usize..w[1] as usize]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleTopic;

    fn article(slug: &str, topics: &[(&str, &str)]) -> Article {
        Article {
            topics: topics
                .iter()
                .map(|(id, label)| ArticleTopic {
                    id: (*id).into(),
                    label: (*label).into(),
                })
                .collect(),
            ..Article::new("papers", slug, "T", "", "")
        }
    }

    #[test]
    fn the_list_gives_labels_and_forms_and_articles_complete_it() {
        let list = [Topic {
            id: "tavi".into(),
            label: "TAVI".into(),
            label_fr: Some("TAVI (fr)".into()),
            forms: vec!["TAVI".into(), "TAVR".into()],
        }];
        let docs = [
            article(
                "a",
                &[("tavi", "ignored"), ("pe", "pulmonary embolism (PE)")],
            ),
            article("b", &[("tavi", "x"), ("tavi", "x")]),
        ];
        let v = TopicValues::new(&docs, &list);
        assert_eq!(&*v.ids.names, [Arc::from("pe"), Arc::from("tavi")]);
        assert_eq!(v.df, [1, 2]);
        assert_eq!(v.of_doc(0), [1, 0]);
        assert_eq!(v.of_doc(1), [1]);
        assert_eq!(v.topic(1), list[0]);
        assert_eq!(v.topic(0).label, "pulmonary embolism (PE)");
        assert_eq!(v.topic(0).forms, Vec::<String>::new());
    }
}
