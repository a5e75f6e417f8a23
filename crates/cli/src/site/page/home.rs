//! The prerendered home page: the first view's result cards laid out as
//! the app's result list shows them (`src/components/result_list.rs`: the
//! same elements and classes, so that the app's cards replace them without
//! growing), then the next newest articles as plain links, for readers and
//! crawlers without JavaScript.

use std::fmt::Write as _;

use htmlize::escape_all_quotes;
use veille_core::site::PRERENDER_ID;
use veille_core::{Article, Hit, Results};

use super::{date_label, tag_list, SiteInfo};
use crate::site::urls::SiteUrls;

/// The prerendered home page: the cards of `head` (the first view, if the
/// build wrote one), then the rest of the `limit` newest `articles` as
/// links.
pub fn home_body(
    site: &SiteInfo,
    urls: &SiteUrls,
    head: Option<&Results>,
    articles: &[Article],
    limit: usize,
) -> String {
    let mut b = String::new();
    let home = urls.path("");
    let _ = write!(
        b,
        "    <div id=\"{PRERENDER_ID}\">\n      <header class=\"site-header\"><a class=\"brand\" href=\"{}\">{}</a></header>\n      <main class=\"site-main\">\n",
        escape_all_quotes(&home),
        escape_all_quotes(&site.name)
    );
    let hits = head.map_or(&[][..], |h| &h.hits[..]);
    if !hits.is_empty() {
        b.push_str("        <div class=\"explorer\"><div class=\"explorer-body\"><section class=\"results\">\n          <ol class=\"hits\">\n");
        for hit in hits {
            card(&mut b, urls, &home, hit);
        }
        b.push_str("          </ol>\n        </section></div></div>\n");
    }
    let shown = |a: &Article| hits.iter().any(|h| h.permalink == a.permalink);
    let more: Vec<&Article> = articles.iter().take(limit).filter(|a| !shown(a)).collect();
    if !more.is_empty() {
        b.push_str("        <ul class=\"article-list\">\n");
        for a in more {
            let date = date_label(a)
                .map(|d| format!(" <time>{}</time>", escape_all_quotes(&d)))
                .unwrap_or_default();
            let _ = writeln!(
                b,
                "          <li><a href=\"{}\">{}</a>{date}</li>",
                escape_all_quotes(urls.path(&SiteUrls::article_rel_of(&a.collection, &a.slug))),
                escape_all_quotes(&a.title)
            );
        }
        b.push_str("        </ul>\n");
    }
    b.push_str("      </main>\n    </div>");
    b
}

/// One result card, as the app's `card` writes it (without the test ids:
/// the prerendered cards are not the app's results).
fn card(b: &mut String, urls: &SiteUrls, home: &str, hit: &Hit) {
    let href = urls.path(&SiteUrls::article_rel_of(&hit.collection, &hit.slug));
    let _ = write!(
        b,
        "            <li class=\"hit-item\"><div class=\"hit\"><div class=\"hit-text\"><h2 class=\"hit-title\"><a href=\"{}\">{}</a></h2><p class=\"meta\">",
        escape_all_quotes(href),
        escape_all_quotes(&hit.title)
    );
    if let Some(d) = hit.date {
        let _ = write!(
            b,
            "<time datetime=\"{d}\">{:04}-{:02}-{:02}</time>",
            d.year, d.month, d.day
        );
    }
    if let Some(source) = &hit.source {
        let _ = write!(
            b,
            "<span class=\"source\">{}</span>",
            escape_all_quotes(source)
        );
    }
    let _ = write!(
        b,
        "</p><p class=\"snippet\">{}</p>",
        escape_all_quotes(&hit.snippet)
    );
    tag_list(b, home, &hit.tags);
    b.push_str("</div>");
    if hit.image.is_some() {
        // The app's thumbnail box, empty until the app shows the image.
        b.push_str("<span class=\"thumb\"></span>");
    }
    b.push_str("</div></li>\n");
}
