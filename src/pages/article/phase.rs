//! What the article page shows while its own file loads, as a plain value.

use veille_core::ArticleFile;

use crate::data::LoadError;

/// The article page's state, from its own file's loading (never from the
/// index's: the page needs only its file).
#[derive(Clone, Debug, PartialEq)]
pub enum ArticlePhase {
    /// The file is on its way: the page's prerendered text, if it has one,
    /// stays on screen; else a skeleton.
    Loading,
    /// The article, shown in full; the prerendered text gives way to it.
    Ready(Box<ArticleFile>),
    /// There is no such article (its file is missing).
    NotFound,
    /// The file could not be loaded or read: the error and a retry button.
    Failed(LoadError),
}

impl ArticlePhase {
    /// The phase for the file's loading (`None` while it loads).
    pub fn of(loaded: Option<Result<ArticleFile, LoadError>>) -> Self {
        match loaded {
            None => ArticlePhase::Loading,
            Some(Ok(file)) => ArticlePhase::Ready(Box::new(file)),
            Some(Err(e)) if e.is_not_found() => ArticlePhase::NotFound,
            Some(Err(e)) => ArticlePhase::Failed(e),
        }
    }

    /// Whether the page's prerendered text stays on screen: only while
    /// nothing can replace it.
    pub fn keeps_prerender(&self) -> bool {
        matches!(self, ArticlePhase::Loading)
    }
}

#[cfg(test)]
mod tests {
    use veille_core::Article;

    use super::*;

    fn file() -> ArticleFile {
        ArticleFile {
            article: Article::new("papers", "a", "A", "<p>a</p>", "a"),
            related: Vec::new(),
        }
    }

    #[test]
    fn the_article_shows_as_soon_as_its_file_is_there_and_the_prerendered_text_stays_until_then() {
        assert_eq!(ArticlePhase::of(None), ArticlePhase::Loading);
        assert!(ArticlePhase::Loading.keeps_prerender());
        let ready = ArticlePhase::of(Some(Ok(file())));
        assert_eq!(ready, ArticlePhase::Ready(Box::new(file())));
        assert!(!ready.keeps_prerender());
    }

    #[test]
    fn a_missing_file_is_no_such_article_and_any_other_failure_an_error() {
        let http = |status| LoadError::Http {
            url: "/data/articles/papers/x.json".into(),
            status,
        };
        assert_eq!(
            ArticlePhase::of(Some(Err(http(404)))),
            ArticlePhase::NotFound
        );
        assert_eq!(
            ArticlePhase::of(Some(Err(http(500)))),
            ArticlePhase::Failed(http(500))
        );
        let unreadable = LoadError::Article {
            url: "/data/articles/papers/x.json".into(),
            message: "not an article".into(),
        };
        let failed = ArticlePhase::of(Some(Err(unreadable.clone())));
        assert_eq!(failed, ArticlePhase::Failed(unreadable));
        assert!(!failed.keeps_prerender());
        assert!(!ArticlePhase::NotFound.keeps_prerender());
    }
}
