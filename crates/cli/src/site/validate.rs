//! The checks `veille site` makes on the articles before it writes
//! anything: every page must be a plain folder below the site, on no file
//! of the site's own ([`veille_core::site::site_names`]) or of the app, and
//! on no other page. An article that fails is left out with a diagnostic;
//! the others are published.

use std::collections::HashSet;
use std::fmt;

use veille_core::site::reserved_name;
use veille_core::Article;

use crate::controls::escape_for_terminal;
use crate::prebuilt::is_plain_segment;

/// An article (or a merged copy's alias page) that will not be published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// The permalink that was refused.
    pub permalink: String,
    /// Why, naming the file it would have overwritten.
    pub reason: String,
    /// Whether only the alias of a merged copy is dropped (the article stays).
    pub alias: bool,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.alias {
            "the copy's address is not published"
        } else {
            "article skipped"
        };
        write!(
            f,
            "warning[reserved_permalink]: article `{}`: {} ({what})",
            escape_for_terminal(&self.permalink),
            escape_for_terminal(&self.reason)
        )
    }
}

/// The names at the top of the app's files (`/`-separated paths below the
/// site's root, its shell included), which pages may not take.
pub fn app_names<'a>(rels: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut names: Vec<String> = rels
        .into_iter()
        .filter_map(|rel| rel.split('/').next())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Keeps the articles whose pages can be written, in order, and says why
/// the others cannot. `app` is [`app_names`] of the app's build folder.
pub fn check(articles: Vec<Article>, app: &[String]) -> (Vec<Article>, Vec<Refused>) {
    let mut pages: HashSet<(String, String)> = HashSet::new();
    let mut kept = Vec::with_capacity(articles.len());
    let mut refused = Vec::new();
    for mut article in articles {
        if let Some(reason) = problem(&article.collection, &article.slug, app, &pages) {
            refused.push(Refused {
                permalink: article.permalink.clone(),
                reason,
                alias: false,
            });
            continue;
        }
        pages.insert(key(&article.collection, &article.slug));
        article.also.retain(
            |copy| match problem(&copy.collection, &copy.slug, app, &pages) {
                Some(reason) => {
                    refused.push(Refused {
                        permalink: copy.permalink.clone(),
                        reason,
                        alias: true,
                    });
                    false
                }
                None => pages.insert(key(&copy.collection, &copy.slug)),
            },
        );
        kept.push(article);
    }
    (kept, refused)
}

/// Whether `html` has markup that the builder's sanitizer never lets
/// through: elements that run or load code or restyle the page, an event
/// handler attribute, a `srcdoc`, or a `javascript:`, `vbscript:` or
/// `data:` URL. Conservative: text that merely mentions one counts too.
pub fn may_be_unsafe(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    const MARKERS: &[&str] = &[
        "<script",
        "<iframe",
        "<frame",
        "<object",
        "<embed",
        "<style",
        "<svg",
        "<math",
        "<base",
        "<form",
        "<meta",
        "<link",
        "<template",
        "srcdoc",
        "javascript:",
        "vbscript:",
        "data:",
    ];
    if MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    // An attribute named on… inside a tag.
    lower.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or("");
        tag.split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '"' || c == '\'')
            .any(|word| word.starts_with("on") && word.contains('='))
    })
}

fn key(collection: &str, slug: &str) -> (String, String) {
    (collection.to_lowercase(), slug.to_lowercase())
}

fn problem(
    collection: &str,
    slug: &str,
    app: &[String],
    pages: &HashSet<(String, String)>,
) -> Option<String> {
    for segment in [collection, slug] {
        if !is_plain_segment(segment) || segment == ".." {
            return Some(format!("`{segment}` cannot be a folder name"));
        }
    }
    if let Some(name) = reserved_name(collection) {
        return Some(format!(
            "its page would be written in the site's own `{name}`"
        ));
    }
    if let Some(name) = app.iter().find(|n| n.eq_ignore_ascii_case(collection)) {
        return Some(format!("its page would be written in the app's `{name}`"));
    }
    if pages.contains(&key(collection, slug)) {
        return Some(format!(
            "another article already has the page `{collection}/{slug}/`"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(collection: &str, slug: &str) -> Article {
        Article::new(collection, slug, "T", "", "")
    }

    #[test]
    fn pages_on_the_sites_files_the_apps_files_or_another_page_are_refused() {
        let app = vec!["snippets".to_owned(), "veille-app-1.js".to_owned()];
        let (kept, refused) = check(
            vec![
                at("papers", "a"),
                at("_headers", "x"),
                at("data", "articles"),
                at("feeds", "tags"),
                at("snippets", "x"),
                at("papers", "a"),
                at("news", "b"),
            ],
            &app,
        );
        let kept: Vec<&str> = kept.iter().map(|a| a.permalink.as_str()).collect();
        assert_eq!(kept, ["/papers/a", "/news/b"]);
        let refused: Vec<&str> = refused.iter().map(|r| r.permalink.as_str()).collect();
        assert_eq!(
            refused,
            [
                "/_headers/x",
                "/data/articles",
                "/feeds/tags",
                "/snippets/x",
                "/papers/a"
            ]
        );
    }

    #[test]
    fn bodies_with_live_code_are_told_from_sanitized_ones() {
        for bad in [
            "<p>x</p><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"JavaScript:alert(1)\">x</a>",
            "<IFRAME srcdoc=x>",
            "<p onclick='x()'>",
        ] {
            assert!(may_be_unsafe(bad), "{bad}");
        }
        for good in [
            "<p>A <a href=\"https://x.org/\" rel=\"noopener noreferrer\" target=\"_blank\">link</a></p>",
            "<p>&lt;script&gt; one=two</p><img src=\"https://x.org/a.png\" alt=\"\">",
        ] {
            assert!(!may_be_unsafe(good), "{good}");
        }
    }

    #[test]
    fn a_merged_copy_on_a_reserved_name_loses_its_alias_not_the_article() {
        let mut a = at("papers", "a");
        a.also.push(veille_core::AlsoOn {
            permalink: "/data/a".into(),
            collection: "data".into(),
            slug: "a".into(),
            ..Default::default()
        });
        let (kept, refused) = check(vec![a], &[]);
        assert_eq!(kept.len(), 1);
        assert!(kept[0].also.is_empty());
        assert!(refused[0].alias);
        assert!(refused[0].to_string().contains("`data`"));
    }
}
