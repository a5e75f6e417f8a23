//! The card the reader left: Back (the browser's, or the article page's
//! "Back to results") returns to it, with focus on its link.
//!
//! An article page remembers, for the results it was opened from (the
//! query in its URL), its own path; when the results page shows that query
//! again with a card for that path, it scrolls the card into view and
//! focuses its link, once. The browser's own scroll restoration cannot do
//! this: the cards below those in view fill in after the first frame, so it
//! restores the old offset on a shorter page. Kept in the tab's session
//! storage: nothing outlives the tab, nothing is sent anywhere.

use veille_core::Query;

const KEY: &str = "veille-return-point";

/// Where to return to: the results (their canonical query string) and the
/// path of the article left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnPoint {
    /// The results' query string ([`Query::to_query_string`]).
    pub list: String,
    /// The article's path (`/papers/<slug>`), as a card's permalink.
    pub path: String,
}

impl ReturnPoint {
    /// The point for the article at `path` opened from the results of `q`.
    pub fn new(q: &Query, path: &str) -> Self {
        Self {
            list: q.to_query_string(),
            path: path.to_owned(),
        }
    }

    /// Its stored form: the query string and the path on two lines.
    pub fn encode(&self) -> String {
        format!("{}\n{}", self.list, self.path)
    }

    /// The point read back from [`encode`](Self::encode)'s form.
    pub fn decode(s: &str) -> Option<Self> {
        let (list, path) = s.split_once('\n')?;
        path.starts_with('/').then(|| Self {
            list: list.to_owned(),
            path: path.to_owned(),
        })
    }

    /// The path to return to when the results of `q` show a card for it
    /// (`permalinks`, the cards' in order): its position among them.
    pub fn card_in(&self, q: &Query, permalinks: &[&str]) -> Option<usize> {
        if self.list != q.to_query_string() {
            return None;
        }
        permalinks.iter().position(|p| *p == self.path)
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Remembers `point` for the tab.
pub fn remember(point: &ReturnPoint) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &point.encode());
    }
}

/// The point remembered, if any.
pub fn remembered() -> Option<ReturnPoint> {
    ReturnPoint::decode(&storage()?.get_item(KEY).ok()??)
}

/// Forgets the point once it has been returned to.
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

/// Scrolls the card whose link goes to `href` into view (a third of the
/// way down the window) and focuses its link. Whether it was there.
pub fn return_to_card(href: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(links) = window
        .document()
        .and_then(|d| d.query_selector_all("[data-testid=hit-link]").ok())
    else {
        return false;
    };
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let target = link.get_attribute("href").unwrap_or_default();
        if target == href || target.starts_with(&format!("{href}?")) {
            let _ = link.focus();
            let top = link.get_bounding_client_rect().top();
            let scrolled = window.scroll_y().unwrap_or(0.0);
            let height = window
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            window.scroll_to_with_x_and_y(0.0, (scrolled + top - height / 3.0).max(0.0));
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(s: &str) -> Query {
        Query::from_query_string(s)
    }

    #[test]
    fn the_point_survives_storage_and_finds_its_card_in_the_same_results_only() {
        let p = ReturnPoint::new(&query("q=stent&page=1"), "/papers/b");
        let p = ReturnPoint::decode(&p.encode()).unwrap();
        let cards = ["/papers/a", "/papers/b"];
        assert_eq!(p.card_in(&query("q=stent"), &cards), Some(1));
        assert_eq!(p.card_in(&query("q=stents"), &cards), None);
        assert_eq!(p.card_in(&query("q=stent"), &["/papers/a"]), None);
        assert_eq!(ReturnPoint::decode("no path"), None);
    }
}
