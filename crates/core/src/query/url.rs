//! The URL state: a [`Query`] read from and written to a query string.
//!
//! Keys: `q`, `topic` (repeatable, a topic's id), `tag` (repeatable), `source` (repeatable), `collection`
//! (repeatable), `year` (repeatable), `from`, `to` (`YYYY-MM-DD`), `sort`
//! (`relevance`, `newest`, `oldest`) and `page` (from 1). Reading never
//! fails: unknown keys, empty values, malformed years, days and pages, an
//! unknown sort and repeated values are dropped, and the first `q`, `from`,
//! `to`, `sort` and `page` win. Writing leaves out defaults (sort by
//! relevance, page 1), so equal queries give equal strings.

use super::{Query, Sort};
use crate::ArticleDate;

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

fn parse_day(s: &str) -> Option<ArticleDate> {
    if s.len() != 10 {
        return None;
    }
    s.parse().ok()
}

impl Query {
    /// Reads a query string, with or without its leading `?`. Never fails.
    pub fn from_query_string(s: &str) -> Query {
        let s = s.strip_prefix('?').unwrap_or(s);
        let mut q = Query::default();
        let (mut seen_q, mut seen_sort, mut seen_page) = (false, false, false);
        for (key, value) in form_urlencoded::parse(s.as_bytes()) {
            if value.is_empty() {
                continue;
            }
            match &*key {
                "q" if !seen_q => {
                    q.text = value.into_owned();
                    seen_q = true;
                }
                "topic" => push_unique(&mut q.topics, value.into_owned()),
                "tag" => push_unique(&mut q.tags, value.into_owned()),
                "source" => push_unique(&mut q.sources, value.into_owned()),
                "collection" => push_unique(&mut q.collections, value.into_owned()),
                "year" => {
                    if let Ok(y) = value.parse::<i32>() {
                        if (0..=9999).contains(&y) && !value.starts_with('+') {
                            push_unique(&mut q.years, y);
                        }
                    }
                }
                "from" if q.from.is_none() => q.from = parse_day(&value),
                "to" if q.to.is_none() => q.to = parse_day(&value),
                "sort" if !seen_sort => {
                    if let Some(sort) = Sort::parse(&value) {
                        q.sort = sort;
                        seen_sort = true;
                    }
                }
                "page" if !seen_page => {
                    if let Ok(p) = value.parse::<u32>() {
                        if p >= 1 && !value.starts_with('+') {
                            q.page = p;
                            seen_page = true;
                        }
                    }
                }
                _ => {}
            }
        }
        q
    }

    /// Writes the query as a query string without a leading `?`; empty when
    /// the query is the default one.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.text.is_empty() {
            out.append_pair("q", &self.text);
        }
        for t in self.topics.iter().filter(|t| !t.is_empty()) {
            out.append_pair("topic", t);
        }
        for t in self.tags.iter().filter(|t| !t.is_empty()) {
            out.append_pair("tag", t);
        }
        for s in self.sources.iter().filter(|t| !t.is_empty()) {
            out.append_pair("source", s);
        }
        for c in self.collections.iter().filter(|t| !t.is_empty()) {
            out.append_pair("collection", c);
        }
        for y in &self.years {
            out.append_pair("year", &y.to_string());
        }
        if let Some(d) = self.from {
            out.append_pair("from", &day(d));
        }
        if let Some(d) = self.to {
            out.append_pair("to", &day(d));
        }
        if self.sort != Sort::Relevance {
            out.append_pair("sort", self.sort.as_str());
        }
        if self.page > 1 {
            out.append_pair("page", &self.page.to_string());
        }
        out.finish()
    }
}

fn day(d: ArticleDate) -> String {
    ArticleDate { seconds: None, ..d }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_read() {
        let q = Query::from_query_string(
            "?q=heart+valve&topic=tavi&tag=TAVR&tag=Cardiology&source=fda.gov&collection=papers\
             &year=2023&from=2023-01-01&to=2023-06-30&sort=newest&page=3",
        );
        assert_eq!(q.text, "heart valve");
        assert_eq!(q.topics, ["tavi"]);
        assert_eq!(q.tags, ["TAVR", "Cardiology"]);
        assert_eq!(q.sources, ["fda.gov"]);
        assert_eq!(q.collections, ["papers"]);
        assert_eq!(q.years, [2023]);
        assert_eq!(q.from, ArticleDate::from_ymd(2023, 1, 1));
        assert_eq!(q.to, ArticleDate::from_ymd(2023, 6, 30));
        assert_eq!(q.sort, Sort::Newest);
        assert_eq!(q.page, 3);
    }

    #[test]
    fn junk_is_dropped_and_never_fatal() {
        let q = Query::from_query_string(
            "q&tag=&year=20x3&year=99999&from=2023-02-30&to=yesterday&sort=random&page=0\
             &page=-2&zzz=1&%ZZ=%FF&==&&",
        );
        assert_eq!(q, Query::default());
    }

    #[test]
    fn defaults_are_left_out_when_writing() {
        assert_eq!(Query::text("").to_query_string(), "");
        assert_eq!(Query::text("a b").to_query_string(), "q=a+b");
    }

    #[test]
    fn repeated_values_are_kept_once() {
        let q = Query::from_query_string("tag=a&tag=b&tag=a&year=2020&year=2020");
        assert_eq!(q.tags, ["a", "b"]);
        assert_eq!(q.years, [2020]);
    }

    #[test]
    fn unicode_and_reserved_characters_survive_a_round_trip() {
        let mut q = Query::text("décembre \"a&b\" -c=d +e");
        q.tags = vec!["Actualité".into(), "R&D / 100%".into()];
        assert_eq!(Query::from_query_string(&q.to_query_string()), q);
    }
}
