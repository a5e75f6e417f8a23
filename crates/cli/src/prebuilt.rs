//! The files written next to `bundle.json` for the browser: the prebuilt
//! engine ([`INDEX_FILE`], loaded without indexing), its first view
//! ([`HEAD_FILE`]) and one JSON file per article ([`article_file`], an
//! [`ArticleFile`]: the article with its related articles, so that its page
//! fetches one small file and needs neither the bundle nor the index). Their
//! names are the site's contract with the app, in [`veille_core::site`].

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use veille_core::site::{article_file, ARTICLES_DIR, HEAD_FILE, INDEX_FILE, INDEX_REST_FILE};
use veille_core::{
    Article, ArticleFile, Bundle, Engine, FirstView, RelatedBudget, RelatedFinder,
    RelatedStatistics, RELATED_IN_FILE,
};

use crate::output::{write_atomic, WriteError};

/// The path of an article's file relative to the output folder
/// ([`article_file`]), or `None` when its collection or slug could not be a
/// single path segment (the builder never makes such ones).
pub fn article_path(a: &Article) -> Option<String> {
    (is_plain_segment(&a.collection) && is_plain_segment(&a.slug))
        .then(|| article_file(&a.collection, &a.slug))
}

/// Whether `s` can name one folder or file below the output folder: not
/// empty, no separator, not `.`, `..` or hidden. The builder's slugs always
/// are; `veille site` checks the same rule for its article pages.
pub fn is_plain_segment(s: &str) -> bool {
    !s.is_empty() && !s.contains(['/', '\\', '\0']) && !s.starts_with('.')
}

/// Writes [`INDEX_FILE`] and [`INDEX_REST_FILE`] (`engine`, built from the
/// bundle's articles, cut in its first part and the rest) and [`HEAD_FILE`]
/// (its results for the empty query, shown before the index arrives) into
/// `out`. The rest is written first, so that a reader never finds a first
/// part without its rest.
pub fn write_index(out: &Path, engine: &Engine) -> Result<(), WriteError> {
    let bytes = engine.to_bytes();
    let (first, rest) = Engine::split_bytes(&bytes).expect("an engine's own index");
    write_atomic(out, INDEX_REST_FILE, rest)?;
    write_atomic(out, INDEX_FILE, first)?;
    write_atomic(out, HEAD_FILE, FirstView::of(engine).to_json().as_bytes())
}

/// Writes every article's file under `out/articles`, with its related
/// articles found by `engine` (built from `bundle`'s articles), replacing
/// the whole folder: the files are written into a new hidden folder that is then
/// renamed into place, so no file of a removed article stays behind and
/// readers never see half of the set.
pub fn write_articles(out: &Path, bundle: &Bundle, engine: &Engine) -> Result<(), WriteError> {
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| WriteError { path, source }
    };
    std::fs::create_dir_all(out).map_err(err(out))?;
    let staging = tempfile::Builder::new()
        .prefix(".veille-articles-")
        .tempdir_in(out)
        .map_err(err(out))?;
    // Each article's related articles, on every core, each thread with its
    // own finder (buffers as long as the list of articles), with rounded
    // statistics: one more article leaves the others' lists, and so their
    // files, as they were unless it enters them.
    let finder = RelatedFinder::with_budget(engine, RelatedBudget::BUILD)
        .with_statistics(RelatedStatistics::Stable);
    let docs: HashMap<&str, usize> = engine
        .articles()
        .enumerate()
        .map(|(doc, a)| (a.permalink, doc))
        .collect();
    let files: Vec<(String, String)> = bundle
        .articles
        .par_iter()
        .map_init(
            || finder.clone(),
            |finder, a| {
                let rel = article_path(a)?;
                let related = match docs.get(a.permalink.as_str()) {
                    Some(&doc) => finder.related(doc, RELATED_IN_FILE),
                    None => Vec::new(),
                };
                let json = ArticleFile::new(a.clone(), related).to_json();
                // The copies merged into it keep their addresses: each
                // path gets the kept article's file.
                let copies = a
                    .also
                    .iter()
                    .filter(|c| is_plain_segment(&c.collection) && is_plain_segment(&c.slug))
                    .map(|c| article_file(&c.collection, &c.slug));
                Some(
                    std::iter::once(rel)
                        .chain(copies)
                        .map(|path| (path, json.clone()))
                        .collect::<Vec<_>>(),
                )
            },
        )
        .flatten()
        .flatten()
        .collect();
    for (rel, json) in files {
        let file = staging
            .path()
            .join(rel.trim_start_matches(ARTICLES_DIR).trim_start_matches('/'));
        let dir = file.parent().expect("a file in a folder");
        std::fs::create_dir_all(dir).map_err(err(dir))?;
        std::fs::write(&file, json).map_err(err(&file))?;
        set_mode(&file, 0o644).map_err(err(&file))?;
    }
    // tempfile makes the folder private; the site is served by another user.
    for entry in std::fs::read_dir(staging.path()).map_err(err(staging.path()))? {
        let dir = entry.map_err(err(staging.path()))?.path();
        set_mode(&dir, 0o755).map_err(err(&dir))?;
    }
    set_mode(staging.path(), 0o755).map_err(err(staging.path()))?;
    let target = out.join(ARTICLES_DIR);
    let old = out.join(".veille-articles-old");
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(err(&old))?;
    }
    if target.exists() {
        std::fs::rename(&target, &old).map_err(err(&target))?;
    }
    let staged = staging.keep();
    std::fs::rename(&staged, &target).map_err(err(&target))?;
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(err(&old))?;
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rebuild_replaces_the_article_files_and_leaves_no_stale_one() {
        let dir = tempfile::tempdir().unwrap();
        let a = Article::new("papers", "a", "A", "<p>a</p>", "a");
        let b = Article::new("papers", "b", "B", "<p>b</p>", "b");
        let write = |articles: Vec<Article>| {
            let bundle = Bundle::new(articles);
            let engine = Engine::new(bundle.articles.as_slice());
            write_articles(dir.path(), &bundle, &engine).unwrap();
        };
        write(vec![a.clone(), b]);
        assert!(dir.path().join("articles/papers/b.json").is_file());
        write(vec![a.clone()]);
        assert!(!dir.path().join("articles/papers/b.json").exists());
        let text = std::fs::read_to_string(dir.path().join("articles/papers/a.json")).unwrap();
        assert_eq!(serde_json::from_str::<Article>(&text).unwrap(), a);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, ["articles"], "no staging folder left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &str| {
                std::fs::metadata(dir.path().join(p))
                    .unwrap()
                    .permissions()
                    .mode()
                    & 0o777
            };
            assert_eq!(mode("articles/papers/a.json"), 0o644);
            assert_eq!(mode("articles/papers"), 0o755);
            assert_eq!(mode("articles"), 0o755);
        }
    }

    #[test]
    fn a_copy_merged_into_an_article_keeps_its_path_with_the_kept_article() {
        let dir = tempfile::tempdir().unwrap();
        let mut kept = Article::new("papers", "a", "Trial", "<p>x</p>", "x");
        kept.also = vec![veille_core::AlsoOn {
            permalink: "/papers/a-copy".into(),
            collection: "papers".into(),
            slug: "a-copy".into(),
            ..Default::default()
        }];
        let bundle = Bundle::new(vec![kept]);
        let engine = Engine::new(bundle.articles.as_slice());
        write_articles(dir.path(), &bundle, &engine).unwrap();
        let copy = dir.path().join("articles/papers/a-copy.json");
        let file = ArticleFile::from_json(&std::fs::read_to_string(copy).unwrap()).unwrap();
        assert_eq!(file.article.permalink, "/papers/a");
    }

    #[test]
    fn an_article_file_lists_the_articles_related_to_it() {
        let dir = tempfile::tempdir().unwrap();
        let article = |slug: &str, title: &str, text: &str, tag: &str| Article {
            tags: vec![tag.to_owned()],
            ..Article::new("papers", slug, title, &format!("<p>{text}</p>"), text)
        };
        let bundle = Bundle::new(vec![
            article("a", "Stent trial", "coronary stent trial results", "Cardio"),
            article("b", "Stent study", "coronary stent study results", "Cardio"),
            article("c", "Valve", "mitral valve repair", "Valves"),
        ]);
        let engine = Engine::new(bundle.articles.as_slice());
        write_articles(dir.path(), &bundle, &engine).unwrap();
        let read = |slug: &str| {
            let path = dir.path().join(format!("articles/papers/{slug}.json"));
            ArticleFile::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
        };
        let a = read("a");
        assert_eq!(a.article, bundle.articles[0]);
        let related: Vec<_> = a.related.iter().map(|r| r.permalink.as_str()).collect();
        assert_eq!(related, ["/papers/b"]);
        assert_eq!(a.related[0].title, "Stent study");
        assert!(read("c").related.is_empty());
    }

    #[test]
    fn collections_or_slugs_that_are_not_one_path_segment_get_no_file() {
        let mut a = Article::new("papers", "x", "X", "", "");
        assert_eq!(article_path(&a).as_deref(), Some("articles/papers/x.json"));
        for bad in ["", "..", "a/b", ".hidden"] {
            a.slug = bad.into();
            assert_eq!(article_path(&a), None, "{bad:?}");
        }
    }
}
