//! Reading frontmatter keys as Astro, Hugo and Jekyll write them.

use std::collections::BTreeMap;

use serde_yaml_ng::{Mapping, Value};
use veille_core::ArticleDate;

use crate::dates;
use crate::document::{DocumentError, Frontmatter};
use crate::limits::MAX_TAGS;
use crate::normalize::{clean_line, decode_entities, fold, http_url};
use crate::report::Kind;

/// A problem found in one field, before it is tied to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIssue {
    /// The 1-based line in the file.
    pub line: Option<usize>,
    /// What kind of problem.
    pub kind: Kind,
    /// What is wrong.
    pub message: String,
    /// What was done.
    pub action: String,
}

/// The frontmatter fields Veille understands, normalized.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    /// `title`.
    pub title: Option<String>,
    /// `date`, else `publishedDate` when that is a readable date.
    pub date: Option<ArticleDate>,
    /// `publishedDate`, as written.
    pub published_label: Option<String>,
    /// `summary` or `description`.
    pub summary: Option<String>,
    /// `sourceUrl`, `url` or `link`, with its host.
    pub source: Option<(String, String)>,
    /// `tags` and `categories`, deduplicated.
    pub tags: Vec<String>,
    /// `permalink` (a path) or `slug` (one segment).
    pub permalink: Option<String>,
    /// `imageUrl` or `image`.
    pub image_url: Option<String>,
    /// `imageCredit`.
    pub image_credit: Option<String>,
    /// `draft: true`.
    pub draft: bool,
    /// Every other key, as JSON.
    pub extra: BTreeMap<String, serde_json::Value>,
    /// The file lines of the keys the date, source and permalink came from.
    pub lines: FieldLines,
}

/// Where some fields were found, for diagnostics about them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FieldLines {
    /// The line of the key the date was read from.
    pub date: Option<usize>,
    /// The line of the source URL key.
    pub source_url: Option<usize>,
    /// The line of the permalink or slug key.
    pub permalink: Option<usize>,
    /// The line of the `draft` key.
    pub draft: Option<usize>,
}

/// Parses frontmatter YAML into a mapping, with errors located in the file.
pub fn parse_yaml(fm: &Frontmatter<'_>) -> Result<Mapping, DocumentError> {
    if fm.yaml.trim().is_empty() {
        return Ok(Mapping::new());
    }
    if let Some(line) = crate::limits::frontmatter_too_deep(fm.yaml) {
        return Err(DocumentError::FrontmatterTooDeep {
            line: fm.first_line + line - 1,
        });
    }
    match serde_yaml_ng::from_str::<Value>(fm.yaml) {
        Ok(Value::Mapping(map)) => Ok(map),
        Ok(Value::Null) => Ok(Mapping::new()),
        Ok(_) => Err(DocumentError::NotMapping {
            line: fm.first_line,
        }),
        Err(e) => {
            let message = relocate(&e.to_string(), fm.first_line);
            let line = duplicate_key_line(fm, &message)
                .or_else(|| e.location().map(|l| fm.first_line + l.line() - 1))
                .unwrap_or(fm.first_line);
            Err(DocumentError::Yaml { line, message })
        }
    }
}

/// Rewrites the parser's `at line N` (counted within the frontmatter) as the
/// line in the file.
fn relocate(message: &str, first_line: usize) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("at line ") {
        let (before, after) = rest.split_at(at + "at line ".len());
        out.push_str(before);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[..digits].parse::<usize>() {
            Ok(n) => out.push_str(&(n + first_line - 1).to_string()),
            Err(_) => out.push_str(&after[..digits]),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// The parser places `duplicate entry with key "k"` on the mapping's first
/// line; the useful line is the second `k:`.
fn duplicate_key_line(fm: &Frontmatter<'_>, message: &str) -> Option<usize> {
    let key = message
        .strip_prefix("duplicate entry with key \"")?
        .strip_suffix('"')?;
    let mut lines = fm.yaml.lines().enumerate().filter(|(_, line)| {
        line.strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with(':'))
    });
    lines.nth(1).map(|(i, _)| fm.first_line + i)
}

/// Reads the known keys of `map`, moving every other key to `extra`.
pub fn read(map: Mapping, fm: &Frontmatter<'_>, issues: &mut Vec<FieldIssue>) -> Fields {
    let mut reader = Reader { map, fm, issues };
    let mut f = Fields {
        title: reader.text(&["title"]).map(|(_, t)| t),
        published_label: reader.text(&["publishedDate"]).map(|(_, t)| t),
        summary: reader
            .text(&["summary", "description"])
            .map(|(_, t)| decode_entities(&t).trim().to_owned()),
        image_credit: reader.text(&["imageCredit"]).map(|(_, t)| t),
        ..Fields::default()
    };
    if let Some((key, raw)) = reader.text(&["date"]) {
        f.date = dates::parse(&raw);
        f.lines.date = key_line(fm, key);
        if f.date.is_none() {
            reader.issue(
                key,
                Kind::BadDate,
                format!("`{key}: {raw}` is not a date"),
                "date dropped",
            );
        }
    }
    if f.date.is_none() {
        f.date = f.published_label.as_deref().and_then(dates::parse);
        f.lines.date = f.date.and_then(|_| key_line(fm, "publishedDate"));
    }
    f.source = reader.url(&["sourceUrl", "url", "link"]).map(|(key, url)| {
        f.lines.source_url = key_line(fm, key);
        url
    });
    f.image_url = reader.url(&["imageUrl", "image"]).map(|(_, (url, _))| url);
    f.permalink = reader.text(&["permalink", "slug"]).map(|(key, t)| {
        f.lines.permalink = key_line(fm, key);
        t
    });
    f.tags = reader.tags();
    f.draft = reader.draft();
    f.lines.draft = key_line(fm, "draft");
    f.extra = reader.rest();
    f
}

struct Reader<'a, 'f> {
    map: Mapping,
    fm: &'a Frontmatter<'f>,
    issues: &'a mut Vec<FieldIssue>,
}

/// Values that sites write when a field had no real value.
const JUNK: [&str; 4] = ["[object Object]", "undefined", "null", "NaN"];

impl Reader<'_, '_> {
    fn issue(&mut self, key: &str, kind: Kind, message: String, action: &str) {
        let line = key_line(self.fm, key);
        self.issues.push(FieldIssue {
            line,
            kind,
            message,
            action: action.to_owned(),
        });
    }

    /// Takes the first of `keys` present, leaving the others for `extra`.
    fn take(&mut self, keys: &[&'static str]) -> Option<(&'static str, Value)> {
        keys.iter()
            .find_map(|&k| self.map.remove(k).map(|v| (k, v)))
    }

    /// The first present key of `keys` as one line of clean text; empty and
    /// junk values count as absent (junk with a warning).
    fn text(&mut self, keys: &[&'static str]) -> Option<(&'static str, String)> {
        let (key, value) = self.take(keys)?;
        let text = match value {
            Value::String(s) => clean_line(&s),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Null => return None,
            Value::Sequence(_) | Value::Mapping(_) | Value::Tagged(_) => {
                self.issue(
                    key,
                    Kind::WrongType,
                    format!("`{key}` should be text"),
                    "field dropped",
                );
                return None;
            }
        };
        if JUNK.contains(&text.as_str()) {
            self.issue(
                key,
                Kind::JunkValue,
                format!("`{key}` holds the placeholder `{text}`"),
                "field dropped",
            );
            return None;
        }
        (!text.is_empty()).then_some((key, text))
    }

    /// The first present key of `keys` and its `http(s)` URL with the URL's host.
    fn url(&mut self, keys: &[&'static str]) -> Option<(&'static str, (String, String))> {
        let (key, text) = self.text(keys)?;
        let url = http_url(&text);
        if url.is_none() {
            self.issue(
                key,
                Kind::BadUrl,
                format!("`{key}: {text}` is not an http(s) URL"),
                "field dropped",
            );
        }
        url.map(|u| (key, u))
    }

    /// `tags` and `categories`: lists, or comma-separated strings. The first
    /// spelling of each tag is kept, regardless of case and accents.
    fn tags(&mut self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut over = None;
        for key in ["tags", "categories"] {
            let Some(value) = self.map.remove(key) else {
                continue;
            };
            let raw: Vec<String> = match value {
                Value::Sequence(items) => items.iter().filter_map(scalar_text).collect(),
                Value::String(s) => s.split(',').map(str::to_owned).collect(),
                Value::Null => Vec::new(),
                _ => {
                    self.issue(
                        key,
                        Kind::WrongType,
                        format!("`{key}` should be a list or comma-separated text"),
                        "field dropped",
                    );
                    continue;
                }
            };
            for tag in raw.iter().map(|t| clean_line(t)) {
                if !tag.is_empty() && !JUNK.contains(&tag.as_str()) && seen.insert(fold(&tag)) {
                    tags.push(tag);
                    if tags.len() == MAX_TAGS + 1 {
                        over = Some(key);
                    }
                }
            }
        }
        if let Some(key) = over {
            self.issue(
                key,
                Kind::Limit,
                format!(
                    "{} tags, more than the {MAX_TAGS} an article may have",
                    tags.len()
                ),
                "the first ones kept",
            );
            tags.truncate(MAX_TAGS);
        }
        tags
    }

    fn draft(&mut self) -> bool {
        match self.map.remove("draft") {
            Some(Value::Bool(b)) => b,
            Some(Value::String(s)) => s.trim().eq_ignore_ascii_case("true"),
            _ => false,
        }
    }

    fn rest(self) -> BTreeMap<String, serde_json::Value> {
        self.map
            .into_iter()
            .filter_map(|(k, v)| {
                let key = scalar_text(&k)?;
                Some((
                    key,
                    serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
                ))
            })
            .collect()
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The file line of top-level key `key` in the frontmatter, if it can be found.
fn key_line(fm: &Frontmatter<'_>, key: &str) -> Option<usize> {
    fm.yaml
        .lines()
        .position(|line| {
            let rest = line.strip_prefix(key).or_else(|| {
                line.strip_prefix(['"', '\''])
                    .and_then(|l| l.strip_prefix(key))
                    .and_then(|l| l.strip_prefix(['"', '\'']))
            });
            rest.is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|i| fm.first_line + i)
}

#[cfg(test)]
#[path = "fields_tests.rs"]
mod tests;
