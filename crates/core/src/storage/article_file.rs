//! An article's own file, `articles/<collection>/<slug>.json`
//! ([`crate::site::article_file`]): everything its page shows without the
//! index.
//!
//! The file is the article's JSON (as in the bundle) with one more key,
//! `related`: the articles related to it, computed by the builder from the
//! engine ([`crate::Engine::related`]), so that the page lists them before, or
//! without, the index. A file written before that key existed reads as an
//! article with no related articles; the key is left out when there are none.

use serde::{Deserialize, Serialize};

use crate::{Article, ArticleDate, Related};

/// The key of the related articles in an article's file.
pub const RELATED_KEY: &str = "related";

/// How many related articles the builder writes into an article's file.
pub const RELATED_IN_FILE: usize = 5;

/// What an article's file holds: the article in full and its related
/// articles, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleFile {
    /// The article, body included.
    pub article: Article,
    /// The articles related to it, best first (see
    /// [`crate::Engine::related`]).
    pub related: Vec<RelatedArticle>,
}

/// A related article as its page lists it: a link with a title and a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedArticle {
    /// Its path in the explorer (`/<collection>/<slug>`).
    pub permalink: String,
    /// Its title.
    pub title: String,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ArticleDate>,
}

/// Why an article's file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ArticleFileError {
    /// Not JSON, or not an object.
    #[error("not an article's JSON object: {0}")]
    NotAnObject(serde_json::Error),
    /// The `related` key is not a list of related articles.
    #[error("its `{RELATED_KEY}` list cannot be read: {0}")]
    Related(serde_json::Error),
    /// The rest is not an article.
    #[error("not an article: {0}")]
    Article(serde_json::Error),
}

impl ArticleFile {
    /// The file of `article`, with `related`, its most related articles
    /// as the engine found them ([`Engine::related`] or
    /// [`crate::RelatedFinder`], for [`RELATED_IN_FILE`] of them).
    ///
    /// [`Engine::related`]: crate::Engine::related
    pub fn new(article: Article, related: Vec<Related>) -> Self {
        let related = related
            .into_iter()
            .map(|r| RelatedArticle {
                permalink: r.permalink,
                title: r.title,
                date: r.date,
            })
            .collect();
        Self { article, related }
    }

    /// The file's text: the article's JSON object, in the bundle's order of
    /// keys, with the `related` key added (left out when empty).
    pub fn to_json(&self) -> String {
        /// The article's keys, then `related`.
        #[derive(Serialize)]
        struct Written<'a> {
            #[serde(flatten)]
            article: &'a Article,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            related: &'a [RelatedArticle],
        }
        serde_json::to_string(&Written {
            article: &self.article,
            related: &self.related,
        })
        .expect("an article always serializes")
    }

    /// Reads a file written by [`ArticleFile::to_json`], or an older one
    /// without related articles.
    pub fn from_json(text: &str) -> Result<Self, ArticleFileError> {
        let mut object: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(text).map_err(ArticleFileError::NotAnObject)?;
        let related = match object.remove(RELATED_KEY) {
            Some(list) => serde_json::from_value(list).map_err(ArticleFileError::Related)?,
            None => Vec::new(),
        };
        let article = serde_json::from_value(serde_json::Value::Object(object))
            .map_err(ArticleFileError::Article)?;
        Ok(Self { article, related })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(slug: &str, title: &str, body: &str, tags: &[&str]) -> Article {
        Article {
            date: Some("2024-03-01".parse().unwrap()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..Article::new("papers", slug, title, &format!("<p>{body}</p>"), body)
        }
    }

    #[test]
    fn a_file_is_the_articles_json_with_its_related_articles_added() {
        let a = article("a", "Stent trial", "coronary stent trial", &["Cardio"]);
        let file = ArticleFile {
            article: a.clone(),
            related: vec![RelatedArticle {
                permalink: "/papers/b".into(),
                title: "Stent study".into(),
                date: Some("2023-12-14".parse().unwrap()),
            }],
        };
        let json = file.to_json();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["title"], "Stent trial");
        assert_eq!(
            value[RELATED_KEY],
            serde_json::json!([{ "permalink": "/papers/b", "title": "Stent study", "date": "2023-12-14" }])
        );
        assert_eq!(ArticleFile::from_json(&json).unwrap(), file);
    }

    #[test]
    fn a_file_written_before_related_articles_reads_with_none() {
        let a = article("a", "Stent trial", "coronary stent trial", &[]);
        let old = serde_json::to_string(&a).unwrap();
        let file = ArticleFile::from_json(&old).unwrap();
        assert_eq!(file.article, a);
        assert!(file.related.is_empty());
        // And a file with none is written as before.
        assert_eq!(file.to_json(), old);
    }

    #[test]
    fn a_broken_file_says_which_part_is_wrong() {
        let a = serde_json::to_value(article("a", "T", "b", &[])).unwrap();
        assert!(matches!(
            ArticleFile::from_json("[1]"),
            Err(ArticleFileError::NotAnObject(_))
        ));
        let mut bad_related = a.clone();
        bad_related[RELATED_KEY] = serde_json::json!([{ "title": "no permalink" }]);
        assert!(matches!(
            ArticleFile::from_json(&bad_related.to_string()),
            Err(ArticleFileError::Related(_))
        ));
        let mut bad_article = a;
        bad_article["surprise"] = serde_json::json!(1);
        assert!(matches!(
            ArticleFile::from_json(&bad_article.to_string()),
            Err(ArticleFileError::Article(_))
        ));
    }

    #[test]
    fn the_builder_writes_the_articles_the_engine_finds_related() {
        let articles = vec![
            article(
                "a",
                "Stent trial",
                "coronary stent trial results",
                &["Cardio"],
            ),
            article(
                "b",
                "Stent study",
                "coronary stent study results",
                &["Cardio"],
            ),
            article("c", "Valve", "mitral valve repair", &["Valves"]),
        ];
        let engine = crate::Engine::new(articles.as_slice());
        let doc = engine.doc_of("/papers/a").unwrap();
        let file = ArticleFile::new(articles[0].clone(), engine.related(doc, RELATED_IN_FILE));
        let expected: Vec<_> = engine
            .related(doc, RELATED_IN_FILE)
            .into_iter()
            .map(|r| (r.permalink, r.title, r.date))
            .collect();
        assert!(!expected.is_empty());
        let written: Vec<_> = file
            .related
            .iter()
            .map(|r| (r.permalink.clone(), r.title.clone(), r.date))
            .collect();
        assert_eq!(written, expected);
        assert_eq!(file.related[0].permalink, "/papers/b");
    }
}
