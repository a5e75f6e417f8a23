//! Previous and next articles within a query's results, for the article
//! page's "previous / next" links.

use crate::{Engine, Hit, Query};

/// The results around one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Neighbours {
    /// The article's 1-based position in the results and their total, when
    /// it is among them.
    pub position: Option<(usize, usize)>,
    /// The hit before it, with the page it is on.
    pub prev: Option<(Hit, u32)>,
    /// The hit after it, with the page it is on.
    pub next: Option<(Hit, u32)>,
}

impl Engine {
    /// Where article `doc` stands in the results of `q`: its position and
    /// the hits just before and after it. The article is looked for on the
    /// query's page (the one it was opened from), then on the first page;
    /// an article on neither has no neighbours. At most three pages are
    /// searched, so this stays cheap with 100,000 results.
    pub fn neighbours(&self, q: &Query, doc: u32) -> Neighbours {
        let mut pages = vec![q.page.max(1)];
        if pages[0] != 1 {
            pages.push(1);
        }
        for page in pages {
            let mut at = q.clone();
            at.page = page;
            let results = self.search(&at);
            let Some(i) = results.hits.iter().position(|h| h.doc == doc) else {
                continue;
            };
            let size = results.page_size;
            let position = (page as usize - 1) * size + i + 1;
            let prev = match i {
                0 if page > 1 => self.hit_at(&at, page - 1, size - 1),
                0 => None,
                _ => Some((results.hits[i - 1].clone(), page)),
            };
            let next = match results.hits.get(i + 1) {
                Some(h) => Some((h.clone(), page)),
                None if position < results.total => self.hit_at(&at, page + 1, 0),
                None => None,
            };
            return Neighbours {
                position: Some((position, results.total)),
                prev,
                next,
            };
        }
        Neighbours::default()
    }

    fn hit_at(&self, q: &Query, page: u32, index: usize) -> Option<(Hit, u32)> {
        let mut at = q.clone();
        at.page = page;
        let hit = self.search(&at).hits.into_iter().nth(index)?;
        Some((hit, page))
    }
}
