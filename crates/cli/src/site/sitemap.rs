//! `sitemap.xml` (sitemaps.org 0.9): the home page and every article page.

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use veille_core::Article;

use super::urls::SiteUrls;

/// The sitemap's XML. `lastmod` is the article's date.
pub fn sitemap(urls: &SiteUrls, articles: &[Article]) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("urlset")
        .with_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"))
        .write_inner_content(|w| {
            url(w, urls.root(), None)?;
            for a in articles {
                let lastmod = a
                    .date
                    .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
                url(w, &urls.article_url(a), lastmod.as_deref())?;
            }
            Ok(())
        })?;
    Ok(w.into_inner())
}

fn url(w: &mut Writer<Vec<u8>>, loc: &str, lastmod: Option<&str>) -> std::io::Result<()> {
    w.create_element("url").write_inner_content(|w| {
        w.create_element("loc")
            .write_text_content(BytesText::new(loc))?;
        if let Some(m) = lastmod {
            w.create_element("lastmod")
                .write_text_content(BytesText::new(m))?;
        }
        Ok(())
    })?;
    Ok(())
}
