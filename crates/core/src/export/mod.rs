//! The current list as a file, and one article as a citation.
//!
//! Plain functions over [`Record`]s, with no IO: the app collects the
//! records of every result of the current filters ([`records`]) and hands
//! the text to the browser as a download; nothing leaves the browser.
//! CSV and JSON for spreadsheets and scripts, RIS and BibTeX for reference
//! managers (Zotero, EndNote, Mendeley), and formatted citations
//! (Vancouver, which medical readers use, and APA).

mod cite;
mod formats;

pub use cite::{apa, vancouver};
pub use formats::ExportFormat;

use serde::Serialize;

use crate::{ArticleDate, Engine, Query};

/// One article as exported or cited.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Record {
    /// The title.
    pub title: String,
    /// When it was published, if dated (`YYYY-MM-DD` in JSON).
    #[serde(serialize_with = "date_or_null")]
    pub date: Option<ArticleDate>,
    /// The article's page on this site (an absolute URL).
    pub url: String,
    /// The host of the article it reports on, if any.
    pub source: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its collection.
    pub collection: String,
    /// Its summary, if any.
    pub summary: Option<String>,
}

fn date_or_null<S: serde::Serializer>(d: &Option<ArticleDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        None => s.serialize_none(),
    }
}

/// Every result of `q` (all its pages, in its order) as records, each URL
/// `site` followed by the article's permalink (`site` without a trailing
/// slash: `https://example.org/veille`).
pub fn records(engine: &Engine, q: &Query, site: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut page = q.clone();
    page.page = 1;
    loop {
        let results = engine.search(&page);
        for hit in &results.hits {
            let stored = engine.article(hit.doc as usize);
            out.push(Record {
                title: hit.title.clone(),
                date: hit.date,
                url: format!("{site}{}", hit.permalink),
                source: hit.source.clone(),
                tags: hit.tags.clone(),
                collection: hit.collection.clone(),
                summary: stored.and_then(|a| a.summary.map(str::to_owned)),
            });
        }
        if results.hits.is_empty() || out.len() >= results.total {
            return out;
        }
        page.page += 1;
    }
}

/// A file name that says what was exported: the site's name and the
/// search's words, filters and dates, as a slug (`veille-stent-france-2024.csv`).
pub fn file_name(site_name: &str, q: &Query, format: ExportFormat) -> String {
    let mut parts: Vec<String> = vec![site_name.to_owned(), q.text.clone()];
    parts.extend(q.tags.iter().cloned());
    parts.extend(q.sources.iter().cloned());
    parts.extend(q.collections.iter().cloned());
    match (q.years.first(), q.years.last()) {
        (Some(a), Some(b)) if a != b => parts.push(format!("{a}-{b}")),
        (Some(a), _) => parts.push(a.to_string()),
        _ => {}
    }
    if let Some(from) = q.from {
        parts.push(format!("from-{from}"));
    }
    if let Some(to) = q.to {
        parts.push(format!("to-{to}"));
    }
    let slug = slug(&parts.join(" "));
    let slug = if slug.is_empty() {
        "articles".to_owned()
    } else {
        slug
    };
    format!("{slug}.{}", format.extension())
}

/// Lower-case ASCII letters and digits, runs of anything else as one `-`,
/// at most 80 bytes.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(80);
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests;
