//! The HTML pages: the Trunk-built app shell with a page's `<title>`, meta
//! tags and a prerendered copy of its text (escaped text, and an article's
//! sanitized body), which stays on screen until the app's own view of the
//! same content replaces it (`src/prerender.rs`).

use std::fmt::Write as _;
use std::path::Path;

// The CLI's one HTML escaping, for text and attribute values alike.
use htmlize::escape_all_quotes;
use veille_core::site::{BASE_PATH_META, PRERENDER_ID};
use veille_core::{Article, FacetKind, Query};

use super::error::SiteError;
use super::urls::SiteUrls;

/// The app's `index.html` from `trunk build`, cut where a page's parts go.
#[derive(Clone, Debug)]
pub struct Shell {
    /// Up to where the `<title>` element was (removed).
    before_title: String,
    /// From after `</title>` up to `</head>`.
    head_rest: String,
    /// From `</head>` up to and including the `<body ...>` tag.
    to_body: String,
    /// After the `<body>` tag.
    body_rest: String,
}

impl Shell {
    /// Cuts `html` (read from `path`) and checks that its script is under
    /// `base_path` (the app must be built with `--public-url <base>/`).
    pub fn parse(html: &str, path: &Path, base_path: &str) -> Result<Self, SiteError> {
        let missing = |what| SiteError::NotAShell {
            path: path.to_owned(),
            what,
        };
        let script = script_url(html)
            .ok_or_else(|| missing("no Trunk module script (`import init ... from '...'`)"))?;
        if !script.starts_with(&format!("{base_path}/")) {
            return Err(SiteError::AssetBase {
                path: path.to_owned(),
                found: script.to_owned(),
                base: base_path.to_owned(),
            });
        }
        Self::cut(html, path)
    }

    /// Cuts `html` (read from `path`) where a page's parts go, without the
    /// checks of [`Shell::parse`].
    pub fn cut(html: &str, path: &Path) -> Result<Self, SiteError> {
        let missing = |what| SiteError::NotAShell {
            path: path.to_owned(),
            what,
        };
        let title_start = html.find("<title>").ok_or_else(|| missing("no <title>"))?;
        let title_end = html[title_start..]
            .find("</title>")
            .map(|i| title_start + i + "</title>".len())
            .ok_or_else(|| missing("no </title>"))?;
        let head_end = html.find("</head>").ok_or_else(|| missing("no </head>"))?;
        let body_start = html.find("<body").ok_or_else(|| missing("no <body>"))?;
        let body_tag_end = html[body_start..]
            .find('>')
            .map(|i| body_start + i + 1)
            .ok_or_else(|| missing("no end to the <body> tag"))?;
        if !(title_end <= head_end && head_end <= body_start) {
            return Err(missing("<title>, </head> and <body> out of order"));
        }
        Ok(Self {
            before_title: html[..title_start].to_owned(),
            head_rest: html[title_end..head_end].to_owned(),
            to_body: html[head_end..body_tag_end].to_owned(),
            body_rest: html[body_tag_end..].to_owned(),
        })
    }

    /// The shell with `title` (raw text), `head` (HTML) right after the title
    /// (before the shell's scripts, which read the base path meta tag as
    /// they run) and `body` (HTML) at the start of `<body>`.
    pub fn render(&self, title: &str, head: &str, body: &str) -> String {
        format!(
            "{}<title>{}</title>{}{}{}\n{}{}",
            self.before_title,
            escape_all_quotes(title),
            head,
            self.head_rest,
            self.to_body,
            body,
            self.body_rest
        )
    }
}

/// The URL of the app's JavaScript module in Trunk's inline loader.
fn script_url(html: &str) -> Option<&str> {
    let marker = "import init, * as bindings from '";
    let start = html.find(marker)? + marker.len();
    let len = html[start..].find('\'')?;
    Some(&html[start..start + len])
}

/// The site-wide facts every page's head repeats.
#[derive(Clone, Debug)]
pub struct SiteInfo {
    /// The site's name (`og:site_name`, title suffix).
    pub name: String,
    /// The home page's description.
    pub description: String,
    /// Absolute URL of the default preview image.
    pub default_image: String,
}

/// What a page's head says about it.
#[derive(Clone, Debug)]
pub struct PageMeta<'a> {
    /// The document title, already suffixed.
    pub title: String,
    /// The title for previews (no suffix).
    pub og_title: &'a str,
    /// The description (plain text).
    pub description: String,
    /// The canonical absolute URL; `None` for the 404 page.
    pub canonical: Option<String>,
    /// `article` or `website`.
    pub og_type: &'static str,
    /// Absolute preview image URL.
    pub image: &'a str,
    /// `article:published_time`.
    pub published: Option<String>,
    /// `article:tag`s.
    pub tags: &'a [String],
    /// Whether search engines should skip it (the 404 page).
    pub noindex: bool,
}

/// The `<head>` additions of one page.
pub fn head(site: &SiteInfo, urls: &SiteUrls, meta: &PageMeta<'_>) -> String {
    let mut h = String::new();
    let mut tag = |attr: &str, key: &str, value: &str| {
        let _ = write!(
            h,
            "\n    <meta {attr}=\"{}\" content=\"{}\" />",
            escape_all_quotes(key),
            escape_all_quotes(value)
        );
    };
    tag("name", BASE_PATH_META, urls.base_path());
    tag("name", "description", &meta.description);
    if meta.noindex {
        tag("name", "robots", "noindex");
    }
    tag("property", "og:site_name", &site.name);
    tag("property", "og:type", meta.og_type);
    tag("property", "og:title", meta.og_title);
    tag("property", "og:description", &meta.description);
    if let Some(url) = &meta.canonical {
        tag("property", "og:url", url);
    }
    tag("property", "og:image", meta.image);
    if meta.image == site.default_image {
        // Ours: previewers can lay the card out before fetching it.
        tag("property", "og:image:width", "1200");
        tag("property", "og:image:height", "630");
    }
    tag("property", "og:image:alt", meta.og_title);
    if let Some(published) = &meta.published {
        tag("property", "article:published_time", published);
    }
    for t in meta.tags {
        tag("property", "article:tag", t);
    }
    if meta.og_type == "article" {
        // What Zotero's and Google Scholar's readers of a page look for.
        tag("name", "citation_title", meta.og_title);
        if let Some(published) = &meta.published {
            let day: String = published.chars().take(10).collect();
            tag("name", "citation_publication_date", &day.replace('-', "/"));
        }
        tag("name", "citation_publisher", &site.name);
        if let Some(url) = &meta.canonical {
            tag("name", "citation_public_url", url);
        }
        for t in meta.tags {
            tag("name", "citation_keywords", t);
        }
    }
    tag("name", "twitter:card", "summary_large_image");
    tag("name", "twitter:title", meta.og_title);
    tag("name", "twitter:description", &meta.description);
    tag("name", "twitter:image", meta.image);
    if let Some(url) = &meta.canonical {
        let _ = write!(
            h,
            "\n    <link rel=\"canonical\" href=\"{}\" />",
            escape_all_quotes(url)
        );
    }
    let _ = write!(
        h,
        "\n    <link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\" />\n  ",
        escape_all_quotes(&site.name),
        escape_all_quotes(urls.absolute(super::feeds::MAIN_FEED))
    );
    h
}

/// The description of an article: its summary, else the start of its text,
/// else its title.
pub fn description(article: &Article) -> String {
    if let Some(s) = article.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        return s.trim().to_owned();
    }
    let text = article
        .body_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        return article.title.clone();
    }
    truncate_words(&text, 200)
}

/// At most `max` characters, cut at a word boundary, with `…` when cut.
fn truncate_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!(
        "{}…",
        cut[..at_word].trim_end_matches([' ', ',', ';', ':', '.'])
    )
}

/// The visible date of an article, in the page's language (English, as the
/// app's first words before it knows the reader's): `13 December 2024` as
/// the app writes it, else the site's own label for an undated article.
pub fn date_label(article: &Article) -> Option<String> {
    match article.date {
        Some(d) => Some(format!("{} {} {}", d.day, d.month_name_en(), d.year)),
        None => article.published_label.clone(),
    }
}

/// The tags as the app lists them on a card or an article: each a link to
/// the list filtered by it, `home` being the list's URL.
fn tag_list(b: &mut String, home: &str, tags: &[String]) {
    b.push_str("<ul class=\"tags\" aria-label=\"Tags\">");
    for tag in tags {
        let mut q = Query::default();
        q.toggle(FacetKind::Tag, tag);
        let _ = write!(
            b,
            "<li><a href=\"{}\" class=\"tag\">{}</a></li>",
            escape_all_quotes(format!("{home}?{}", q.to_query_string())),
            escape_all_quotes(tag)
        );
    }
    b.push_str("</ul>");
}

/// The prerendered article, laid out as the app shows it (its
/// `ArticleView`, `src/components/article_view.rs`: the same elements and
/// classes, so that the app's copy replaces it without moving anything):
/// header link home, the way back to the list, the title linked to the
/// source, date, source, image and credit, the body and the tags as links to
/// the list. Every text is escaped; the body is the sanitized HTML the
/// builder wrote, the markup the app inserts too.
pub fn article_body(site: &SiteInfo, urls: &SiteUrls, article: &Article) -> String {
    let mut b = String::new();
    let home = urls.path("");
    let _ = write!(
        b,
        "    <div id=\"{PRERENDER_ID}\">\n      <header class=\"site-header\"><a class=\"brand\" href=\"{}\">{}</a></header>\n      <main class=\"site-main\">\n        <article class=\"article\">\n          <nav class=\"article-top\"><a class=\"back-link\" href=\"{}\">← All articles</a></nav>\n",
        escape_all_quotes(&home),
        escape_all_quotes(&site.name),
        escape_all_quotes(&home),
    );
    let title = escape_all_quotes(&article.title);
    match &article.source_url {
        Some(url) => {
            let _ = writeln!(
                b,
                "          <h1><a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{title}</a></h1>",
                escape_all_quotes(url)
            );
        }
        None => {
            let _ = writeln!(b, "          <h1>{title}</h1>");
        }
    }
    let mut line = String::new();
    if let Some(label) = date_label(article) {
        let datetime = article.date.map(|d| d.to_string()).unwrap_or_default();
        let _ = write!(
            line,
            "<time datetime=\"{}\">{}</time>",
            escape_all_quotes(&datetime),
            escape_all_quotes(&label)
        );
    }
    if let Some(host) = &article.source_host {
        let _ = write!(
            line,
            "<span class=\"source\">{}</span>",
            escape_all_quotes(host)
        );
    }
    let also = article.also_hosts();
    if !also.is_empty() {
        let links: Vec<String> = also
            .iter()
            .map(|(host, url)| {
                format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
                    escape_all_quotes(*url),
                    escape_all_quotes(*host)
                )
            })
            .collect();
        let _ = write!(
            line,
            "<span class=\"also-on\">also on {}</span>",
            links.join(", ")
        );
    }
    let _ = writeln!(b, "          <p class=\"meta\">{line}</p>");
    if let Some(src) = article
        .image_url
        .as_deref()
        .filter(|_| !article.image_in_body())
    {
        let credit = article
            .image_credit
            .as_deref()
            .map(|c| format!("<figcaption>{}</figcaption>", escape_all_quotes(c)))
            .unwrap_or_default();
        let _ = writeln!(
            b,
            "          <figure class=\"article-image\"><img src=\"{}\" alt=\"\" />{credit}</figure>",
            escape_all_quotes(veille_core::site::secure_url(src))
        );
    }
    let _ = writeln!(
        b,
        "          <div class=\"article-body\">{}</div>",
        article.body_html
    );
    if !article.tags.is_empty() {
        b.push_str("          ");
        tag_list(&mut b, &home, &article.tags);
        b.push('\n');
    }
    b.push_str("        </article>\n      </main>\n    </div>");
    b
}

mod home;
#[cfg(test)]
mod tests;

pub use home::home_body;
