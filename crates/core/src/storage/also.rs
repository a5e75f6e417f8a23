//! The hosts a story is also on (index format 5): for each document, the
//! source hosts of the copies the builder merged into it
//! ([`Article::also_hosts`]), so that a result card can say "also on
//! vascularnews.com" without the article's own file.

use crate::index::vocab::check_strings;
use crate::storage::codec::blob::{Blob, Reader, Writer};
use crate::storage::codec::IndexError;
use crate::Article;

/// Arrays [`AlsoHosts::write`] writes: offsets and text.
pub const ALSO_ARRAYS: usize = 2;

/// Each document's other hosts, one text per document (hosts separated by
/// a line feed, which a host never holds).
#[derive(Debug, Default)]
pub struct AlsoHosts {
    offsets: Vec<u32>,
    text: String,
}

impl AlsoHosts {
    /// The other hosts of each of `articles`.
    pub fn new(articles: &[Article]) -> Self {
        let mut m = AlsoHosts {
            offsets: vec![0],
            text: String::new(),
        };
        for a in articles {
            let hosts: Vec<&str> = a
                .also_hosts()
                .into_iter()
                .map(|(h, _)| h)
                .filter(|h| !h.contains('\n'))
                .collect();
            m.text.push_str(&hosts.join("\n"));
            m.offsets.push(m.text.len() as u32);
        }
        m
    }

    /// Writes the arrays [`AlsoHosts::read`] reads.
    pub fn write(&self, w: &mut Writer) {
        w.push(&self.offsets);
        w.push(self.text.as_bytes());
    }

    /// Reads what [`AlsoHosts::write`] wrote for `n` documents.
    pub fn read(r: &mut Reader<'_>, blob: &Blob, n: usize) -> Result<Self, IndexError> {
        let offsets = r.exact::<u32>(n + 1, "also-on offsets")?.of(blob).to_vec();
        let text = r.array::<u8>()?;
        let text = text.of(blob);
        check_strings(&offsets, text, "also-on hosts")?;
        Ok(AlsoHosts {
            offsets,
            text: std::str::from_utf8(text).expect("checked").to_owned(),
        })
    }

    /// The other hosts of document `doc`, in the order of its merged copies.
    pub fn of(&self, doc: usize) -> impl Iterator<Item = &str> {
        let s = &self.text[self.offsets[doc] as usize..self.offsets[doc + 1] as usize];
        s.split('\n').filter(|h| !h.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AlsoOn;

    #[test]
    fn each_document_keeps_its_merged_copies_hosts_but_its_own() {
        let mut a = Article::new("papers", "a", "A", "", "");
        a.source_host = Some("cardiovascularnews.com".into());
        let copy = |host: &str| AlsoOn {
            source_host: Some(host.into()),
            source_url: Some(format!("https://{host}/x")),
            ..AlsoOn::default()
        };
        a.also = vec![copy("vascularnews.com"), copy("cardiovascularnews.com")];
        let b = Article::new("papers", "b", "B", "", "");
        let also = AlsoHosts::new(&[a, b]);
        assert_eq!(also.of(0).collect::<Vec<_>>(), ["vascularnews.com"]);
        assert_eq!(also.of(1).count(), 0);
    }
}
