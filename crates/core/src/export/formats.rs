//! The list's file formats.

use super::Record;
use crate::ArticleDate;

/// A format the list can be exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Comma-separated values (RFC 4180), one row per article after a header.
    Csv,
    /// A JSON array of objects, one per article.
    Json,
    /// RIS, for reference managers: one `ELEC` record per article.
    Ris,
    /// BibTeX: one `@online` entry per article.
    Bibtex,
}

impl ExportFormat {
    /// Every format, in the order the app offers them.
    pub const ALL: [ExportFormat; 4] = [Self::Csv, Self::Json, Self::Ris, Self::Bibtex];

    /// The file name's ending.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Ris => "ris",
            Self::Bibtex => "bib",
        }
    }

    /// The name a reader knows it by.
    pub fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Ris => "RIS",
            Self::Bibtex => "BibTeX",
        }
    }

    /// The media type of its files.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv;charset=utf-8",
            Self::Json => "application/json",
            Self::Ris => "application/x-research-info-systems",
            Self::Bibtex => "application/x-bibtex",
        }
    }

    /// `records` in this format.
    pub fn render(self, records: &[Record]) -> String {
        match self {
            Self::Csv => csv(records),
            Self::Json => serde_json::to_string_pretty(records).unwrap_or_default() + "\n",
            Self::Ris => records.iter().map(ris).collect(),
            Self::Bibtex => records
                .iter()
                .enumerate()
                .map(|(i, r)| bibtex(r, i))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

fn iso(d: Option<ArticleDate>) -> String {
    d.map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
        .unwrap_or_default()
}

/// A CSV field, quoted when it holds a comma, a quote or a line break
/// (RFC 4180; five lines, not worth a dependency in the app's wasm).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn csv(records: &[Record]) -> String {
    let mut out = String::from("title,date,url,source,tags,collection,summary\r\n");
    for r in records {
        let row = [
            r.title.as_str(),
            &iso(r.date),
            &r.url,
            r.source.as_deref().unwrap_or(""),
            &r.tags.join("; "),
            &r.collection,
            r.summary.as_deref().unwrap_or(""),
        ]
        .map(field)
        .join(",");
        out.push_str(&row);
        out.push_str("\r\n");
    }
    out
}

/// One record in RIS (`TY  - ELEC` … `ER  - `).
pub(super) fn ris(r: &Record) -> String {
    let mut out = String::from("TY  - ELEC\r\n");
    let mut line = |tag: &str, value: &str| {
        if !value.is_empty() {
            out.push_str(&format!(
                "{tag}  - {}\r\n",
                value.replace(['\r', '\n'], " ")
            ));
        }
    };
    line("TI", &r.title);
    if let Some(d) = r.date {
        line("PY", &d.year.to_string());
        line("DA", &format!("{:04}/{:02}/{:02}", d.year, d.month, d.day));
    }
    line("UR", &r.url);
    line("PB", r.source.as_deref().unwrap_or(""));
    for t in &r.tags {
        line("KW", t);
    }
    line("AB", r.summary.as_deref().unwrap_or(""));
    out.push_str("ER  - \r\n");
    out
}

/// A BibTeX value in braces, with the characters TeX reads as commands
/// escaped.
fn braced(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('{');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('}');
    out
}

/// One record as a BibTeX `@online` entry; `i` makes its key unique.
pub(super) fn bibtex(r: &Record, i: usize) -> String {
    let year = r.date.map(|d| d.year.to_string()).unwrap_or_default();
    let first_word: String = crate::fold(&r.title)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| w.len() > 3)
        .unwrap_or("article")
        .to_owned();
    let mut out = format!("@online{{{first_word}{year}_{},\n", i + 1);
    let mut entry = |key: &str, value: &str| {
        if !value.is_empty() {
            out.push_str(&format!("  {key} = {},\n", braced(value)));
        }
    };
    entry("title", &r.title);
    entry("date", &iso(r.date));
    entry("url", &r.url);
    entry("organization", r.source.as_deref().unwrap_or(""));
    entry("keywords", &r.tags.join(", "));
    entry("abstract", r.summary.as_deref().unwrap_or(""));
    out.push_str("}\n");
    out
}
