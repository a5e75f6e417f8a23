//! Safe HTML for Markdown that has no raw HTML, without a sanitizer pass.
//!
//! When a body has no raw HTML (no `Html` or `InlineHtml` event), everything
//! pulldown-cmark writes is its own markup with text and attributes escaped;
//! the only dangerous values left are link and image URLs. [`to_html`] drops
//! those whose scheme is not allowed (exactly as ammonia does: URLs that
//! parse with a scheme outside [`ALLOWED_SCHEMES`] lose their `href`/`src`,
//! relative URLs are kept) and writes links with `rel="noopener noreferrer"`
//! and `target="_blank"`. Bodies with raw HTML go through ammonia instead
//! (see [`crate::markdown`]); html5ever parsing is most of the build's time,
//! so skipping it for the common case is what meets the speed target.

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};
use pulldown_cmark_escape::escape_href;

/// The URL schemes links and images may use.
pub const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// Whether the body needs the full sanitizer: it has raw HTML.
pub fn has_raw_html(events: &[Event<'_>]) -> bool {
    events
        .iter()
        .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
}

/// Whether a link or image URL may be kept: a URL with an allowed scheme, or
/// a relative one. The `url` crate strips tabs, newlines and leading control
/// characters as browsers do, so `jav&#9;ascript:` is caught too.
pub fn url_allowed(url: &str) -> bool {
    match url::Url::parse(url) {
        Ok(u) => ALLOWED_SCHEMES.contains(&u.scheme()),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    }
}

/// Renders events that hold no raw HTML (check [`has_raw_html`] first).
pub fn to_html(events: &[Event<'_>], capacity: usize) -> String {
    debug_assert!(!has_raw_html(events));
    let safe = events.iter().cloned().map(|event| match event {
        Event::Start(Tag::Link {
            link_type: LinkType::Email,
            dest_url,
            title,
            ..
        }) => Event::InlineHtml(CowStr::from(link_open(
            &format!("mailto:{dest_url}"),
            &title,
        ))),
        Event::Start(Tag::Link {
            dest_url, title, ..
        }) => Event::InlineHtml(CowStr::from(link_open(&dest_url, &title))),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if !url_allowed(&dest_url) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::Borrowed(""),
            title,
            id,
        }),
        Event::End(TagEnd::Link) => Event::InlineHtml(CowStr::Borrowed("</a>")),
        other => other,
    });
    let mut html = String::with_capacity(capacity);
    pulldown_cmark::html::push_html(&mut html, safe);
    html
}

/// The opening tag of a link to `url` (without `href` when the URL is not
/// allowed), opened in a new tab without an opener.
pub(crate) fn link_open(url: &str, title: &str) -> String {
    let mut a = String::with_capacity(url.len() + title.len() + 64);
    a.push_str("<a");
    if url_allowed(url) {
        a.push_str(" href=\"");
        escape_href(&mut a, url).expect("writing to a String");
        a.push('"');
    }
    if !title.is_empty() {
        a.push_str(" title=\"");
        a.push_str(&htmlize::escape_all_quotes(title));
        a.push('"');
    }
    a.push_str(" rel=\"noopener noreferrer\" target=\"_blank\">");
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    fn render(markdown: &str) -> String {
        let events: Vec<Event<'_>> = Parser::new(markdown).collect();
        assert!(!has_raw_html(&events), "{markdown}");
        to_html(&events, 64)
    }

    #[test]
    fn links_keep_allowed_urls_and_open_without_an_opener() {
        assert_eq!(
            render("[a](https://x.org/?q=1&r=\"2\" \"T <b>\")"),
            "<p><a href=\"https://x.org/?q=1&amp;r=%222%22\" title=\"T &lt;b&gt;\" rel=\"noopener noreferrer\" target=\"_blank\">a</a></p>\n"
        );
        assert_eq!(
            render("[rel](../other) <me@x.org>"),
            "<p><a href=\"../other\" rel=\"noopener noreferrer\" target=\"_blank\">rel</a> <a href=\"mailto:me@x.org\" rel=\"noopener noreferrer\" target=\"_blank\">me@x.org</a></p>\n"
        );
    }

    #[test]
    fn dangerous_link_and_image_urls_are_dropped_however_they_are_spelled() {
        for md in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](jav&#9;ascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "<javascript:alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox)",
            "![x](data:image/svg+xml,<svg/onload=alert(1)>)",
            "![x](javascript:alert(1))",
            "[x]: javascript:alert(1)\n\n[x]",
        ] {
            let html = render(md).to_ascii_lowercase();
            // Every URL attribute's value: what a browser would follow.
            for value in html.split(" href=\"").chain(html.split(" src=\"")).skip(1) {
                let value = value.split('"').next().unwrap();
                for bad in ["javascript", "data:", "vbscript", "onload"] {
                    assert!(!value.contains(bad), "{md} gave {html}");
                }
            }
            assert!(!html.contains("onload="), "{md} gave {html}");
        }
    }

    #[test]
    fn text_and_code_are_escaped() {
        assert_eq!(
            render("a &lt;script&gt; `<b onclick=x>`"),
            "<p>a &lt;script&gt; <code>&lt;b onclick=x&gt;</code></p>\n"
        );
    }

    #[test]
    fn raw_html_is_detected_for_the_sanitizer() {
        for md in [
            "<div>x</div>",
            "a <b>b</b>",
            "<!-- c -->",
            "<img src=x onerror=y>",
        ] {
            let events: Vec<Event<'_>> = Parser::new(md).collect();
            assert!(has_raw_html(&events), "{md}");
        }
    }
}
