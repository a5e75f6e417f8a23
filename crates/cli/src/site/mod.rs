//! `veille site`: the deployable folder. It writes the app (the one embedded
//! in `veille`, or a Trunk build given with `--dist`),
//! writes the bundle, and adds what a client-side app alone lacks: one real
//! page per article (the app shell with the article's title, meta tags for
//! link previews, and its text readable without JavaScript), a `404.html`
//! that boots the app, `sitemap.xml`, `robots.txt` and Atom feeds, every URL
//! under `--base-url` and `--base-path`; and, last, the `.br` and `.gz`
//! siblings of every file that compression shrinks.

pub mod app;
pub mod compress;
pub mod csp;
pub mod error;
pub mod feeds;
mod given;
pub mod headers;
pub mod page;
pub mod sitemap;
pub mod urls;
pub mod validate;
pub mod writer;

use std::path::{Path, PathBuf};

use veille_core::site::{
    HEADERS_FILE, HOME_PAGE, NOJEKYLL_FILE, NOT_FOUND_PAGE, ROBOTS_FILE, SITEMAP_FILE, SITE_MARKER,
};
use veille_core::{Article, Engine, FirstView};

pub use error::SiteError;
use page::{PageMeta, Shell, SiteInfo};
pub use urls::SiteUrls;

use crate::build::BuildOptions;
use crate::controls;
use crate::prebuilt::is_plain_segment;
use app::AppSource;
use given::{read_bundle, write_bundle, Given};
use headers::headers_file;
pub use headers::is_hashed;
use writer::{Staging, Writer};

/// The file that marks a folder as written by `veille site`, so that a
/// later run may replace it (and never replaces anything else).
pub const MARKER: &str = SITE_MARKER;
/// The default preview image (1200×630 PNG), for articles without one.
pub use veille_core::site::DEFAULT_IMAGE;
const DEFAULT_IMAGE_PNG: &[u8] = include_bytes!("../../assets/og-image.png");
/// How many articles the prerendered home page lists.
const HOME_LIST: usize = 50;

/// Where the articles come from.
#[derive(Clone, Debug)]
pub enum Source {
    /// A bundle already built by `veille build`.
    Bundle(PathBuf),
    /// Content folders, built now (as `veille build` would).
    Content(BuildOptions),
}

/// What `veille site` was asked to do.
#[derive(Clone, Debug)]
pub struct SiteOptions {
    /// The app: the one `veille` carries, or a Trunk build folder (`dist/`);
    /// its `index.html` is the page template.
    pub app: AppSource,
    /// The articles.
    pub source: Source,
    /// The folder to write (replaced if an earlier `veille site` wrote it).
    pub out: PathBuf,
    /// Where the site lives.
    pub urls: SiteUrls,
    /// The site's name.
    pub name: String,
    /// The home page's description.
    pub description: String,
    /// Whether to write the `.br` and `.gz` siblings (hosts that ignore
    /// them, such as GitHub Pages, need not wait for them).
    pub precompress: bool,
}

/// What was written.
#[derive(Debug, Default)]
pub struct SiteOutcome {
    /// Article pages written.
    pub articles: usize,
    /// Feeds written (the main one and one per tag).
    pub feeds: usize,
    /// Files written or copied in all.
    pub files: usize,
    /// Their total size in bytes.
    pub bytes: u64,
    /// Precompressed siblings (`.br`, `.gz`) among those files.
    pub siblings: usize,
    /// Files (siblings included) carried over from the previous site
    /// because their bytes did not change: their modification times stay.
    pub unchanged: usize,
}

impl SiteOutcome {
    /// One line for the terminal.
    pub fn summary_line(&self, out: &Path) -> String {
        format!(
            "veille site: {} article pages, {} feeds, {} files ({} precompressed .br/.gz, {:.1} MB; {} unchanged) in {}",
            self.articles,
            self.feeds,
            self.files,
            self.siblings,
            self.bytes as f64 / 1e6,
            self.unchanged,
            controls::escape_for_terminal(&out.display().to_string())
        )
    }
}

/// Writes the site.
pub fn run(opts: &SiteOptions) -> Result<SiteOutcome, SiteError> {
    crate::output::check_out_folder(&opts.out)?;
    let app = opts.app.load(opts.urls.base_path())?;
    Shell::parse(&app.shell, &app.shell_path, opts.urls.base_path())?;
    // Under the site's Content-Security-Policy: no inline script.
    let base = opts.urls.base_path();
    let strict = csp::strict_shell(&app.shell, base, |url| {
        let rel = url.strip_prefix(base)?.strip_prefix('/')?;
        app.files
            .iter()
            .find(|f| f.rel == rel)
            .map(|f| f.bytes.len())
    });
    let shell = Shell::cut(&strict.html, &app.shell_path)?;
    let app_names = validate::app_names(
        app.files
            .iter()
            .map(|f| f.rel.as_str())
            .chain(std::iter::once(HOME_PAGE)),
    );
    // A bundle from elsewhere is read and checked before anything is written.
    let given = match &opts.source {
        Source::Bundle(path) => Some(read_bundle(path, &app_names)?),
        Source::Content(_) => None,
    };
    // Written beside the previous site, which stays as it was until the
    // new one is complete (writer.rs).
    let marker = writer::marker_text(opts.precompress);
    let staging = Staging::begin(&opts.out, &marker)?;
    let mut w = Writer::new(&staging);
    let parts = SiteParts {
        app: &app,
        app_names: &app_names,
        scripts: &strict.files,
        shell: &shell,
    };
    match write_site(opts, &parts, given, &mut w) {
        Ok(()) => {
            let outcome = w.outcome;
            staging.commit()?;
            Ok(outcome)
        }
        Err(e) => {
            staging.abandon();
            Err(e)
        }
    }
}

/// What [`write_site`] writes besides the articles: the app, the names
/// pages may not take, the shell's scripts moved into files, the shell.
struct SiteParts<'a> {
    app: &'a app::App,
    app_names: &'a [String],
    scripts: &'a [(String, String)],
    shell: &'a Shell,
}

/// Writes every file of the site through `w`.
fn write_site(
    opts: &SiteOptions,
    parts: &SiteParts<'_>,
    given: Option<Given>,
    w: &mut Writer<'_>,
) -> Result<(), SiteError> {
    let shell = parts.shell;
    w.file(MARKER, writer::marker_text(opts.precompress).as_bytes(), "")?;

    // The app, minus its shell (rewritten below) and any bundle copied from public/.
    for file in &parts.app.files {
        w.file(&file.rel, &file.bytes, "")?;
        if let Some(packed) = file.brotli {
            w.brotli.insert(PathBuf::from(&file.rel), packed);
        }
    }
    for (name, text) in parts.scripts {
        w.file(name, text.as_bytes(), "")?;
    }
    let bundle = write_bundle(&opts.source, given, parts.app_names, w)?;
    if !w.written.contains(Path::new(DEFAULT_IMAGE)) {
        w.file(DEFAULT_IMAGE, DEFAULT_IMAGE_PNG, "")?;
    }

    let urls = &opts.urls;
    let site = SiteInfo {
        name: controls::clean(&opts.name).into_owned(),
        description: controls::clean(&opts.description).into_owned(),
        default_image: urls.absolute(DEFAULT_IMAGE),
    };
    let home = PageMeta {
        title: site.name.clone(),
        og_title: &site.name,
        description: site.description.clone(),
        canonical: Some(urls.root().to_owned()),
        og_type: "website",
        image: &site.default_image,
        published: None,
        tags: &[],
        noindex: false,
    };
    // The first view, whose cards the home page shows as the app will: the
    // answer to the empty query on the bundle's articles as read back (the
    // same page whether the site is built from content or from a bundle).
    let head = FirstView::of(&Engine::with_topics(
        bundle.articles.as_slice(),
        &bundle.topics,
        veille_core::EngineOptions::default(),
    ));
    let home_html = shell.render(
        &home.title,
        &page::head(&site, urls, &home),
        &page::home_body(
            &site,
            urls,
            Some(&head.results),
            &bundle.articles,
            HOME_LIST,
        ),
    );
    w.file(HOME_PAGE, home_html.as_bytes(), "")?;

    // Hosts such as GitHub Pages answer unknown paths with it: it boots the
    // app, which routes the path (or shows its own "not found").
    let not_found = PageMeta {
        title: format!("Not found · {}", site.name),
        canonical: None,
        noindex: true,
        ..home
    };
    w.file(
        NOT_FOUND_PAGE,
        shell
            .render(&not_found.title, &page::head(&site, urls, &not_found), "")
            .as_bytes(),
        "",
    )?;

    for article in &bundle.articles {
        let rel = article_file(article)?;
        let image = article.image_url.as_deref().unwrap_or(&site.default_image);
        let meta = PageMeta {
            title: format!("{} · {}", article.title, site.name),
            og_title: &article.title,
            description: page::description(article),
            canonical: Some(urls.article_url(article)),
            og_type: "article",
            image,
            published: article.date.map(|d| d.to_string()),
            tags: &article.tags,
            noindex: false,
        };
        let html = shell.render(
            &meta.title,
            &page::head(&site, urls, &meta),
            &page::article_body(&site, urls, article),
        );
        w.file(&rel, html.as_bytes(), &article.permalink)?;
        w.outcome.articles += 1;
        // A copy merged into this article keeps its address, with this
        // page (its canonical URL the kept article's).
        for copy in &article.also {
            let mut alias = article.clone();
            alias.collection.clone_from(&copy.collection);
            alias.slug.clone_from(&copy.slug);
            alias.permalink.clone_from(&copy.permalink);
            w.file(&article_file(&alias)?, html.as_bytes(), &copy.permalink)?;
        }
    }

    let sitemap = sitemap::sitemap(urls, &bundle.articles).map_err(|e| SiteError::Xml {
        path: opts.out.join(SITEMAP_FILE),
        message: e.to_string(),
    })?;
    w.file(SITEMAP_FILE, &sitemap, "")?;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        urls.absolute(SITEMAP_FILE)
    );
    w.file(ROBOTS_FILE, robots.as_bytes(), "")?;
    let topic_feeds = feeds::topic_feeds(&site.name, urls, &bundle.articles, &bundle.topics);
    for feed in feeds::feeds(&site.name, urls, &bundle.articles)
        .into_iter()
        .chain(topic_feeds)
    {
        w.file(&feed.rel, &feed.xml, "")?;
        w.outcome.feeds += 1;
    }
    // GitHub Pages: serve the folder as is, without Jekyll.
    w.file(NOJEKYLL_FILE, b"", "")?;
    // Netlify and Cloudflare Pages: Trunk's hashed files never change.
    w.file(HEADERS_FILE, headers_file(urls, &w.written).as_bytes(), "")?;
    // Last, once every file is final: hosts with nginx's gzip_static and
    // brotli_static send these instead of compressing on each request.
    if !opts.precompress {
        return Ok(());
    }
    let mut rels: Vec<PathBuf> = w.written.iter().cloned().collect();
    rels.sort();
    let reuse = w
        .previous
        .filter(|_| w.same_siblings)
        .map(|previous| compress::Reuse {
            previous,
            unchanged: &w.unchanged,
        });
    let siblings = compress::write_siblings(w.out, &rels, &w.brotli, reuse)?;
    for sibling in siblings {
        w.outcome.unchanged += usize::from(sibling.carried);
        w.record(sibling.rel, sibling.len);
        w.outcome.siblings += 1;
    }
    Ok(())
}

/// `<collection>/<slug>/index.html`, after checking both are plain folder names.
fn article_file(article: &Article) -> Result<String, SiteError> {
    for segment in [&article.collection, &article.slug] {
        if !is_plain_segment(segment) {
            return Err(SiteError::UnsafeSegment {
                permalink: article.permalink.clone(),
                segment: segment.clone(),
            });
        }
    }
    Ok(format!(
        "{}{}",
        SiteUrls::article_rel(article),
        "index.html"
    ))
}
