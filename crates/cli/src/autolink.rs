//! Bare URLs and e-mail addresses in text become links, as the publishers'
//! own renderers make them: Astro renders Markdown with GFM, whose autolink
//! extension links `https://…` and `name@host` written as plain text, and
//! Hugo's Goldmark does the same. The publisher's bodies end with a
//! "Lien source" section that is such a bare URL.
//!
//! Finding where a URL ends (trailing punctuation, balanced parentheses,
//! quotes) is done by `linkify`, which implements those rules as GFM does.
//! Only `http`, `https` and `mailto` targets become links
//! ([`safe_html::url_allowed`]); anything else stays text.

use linkify::{LinkFinder, LinkKind};
use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};

use crate::safe_html;

/// One piece of a text: plain, or a link to keep as the target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    /// Text that stays text.
    Text(&'t str),
    /// A web address, written as it appears (also its target).
    Url(&'t str),
    /// An e-mail address, linked as `mailto:`.
    Email(&'t str),
}

/// `text` split into plain text and the links found in it.
/// Neighbouring pieces of text are one piece.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut text_start = None;
    for span in LinkFinder::new().spans(text) {
        let s = span.as_str();
        let piece = match span.kind() {
            Some(LinkKind::Url) if has_web_scheme(s) && safe_html::url_allowed(s) => Piece::Url(s),
            Some(LinkKind::Email) => Piece::Email(s),
            _ => {
                text_start.get_or_insert(span.start());
                continue;
            }
        };
        if let Some(start) = text_start.take() {
            pieces.push(Piece::Text(&text[start..span.start()]));
        }
        pieces.push(piece);
    }
    if let Some(start) = text_start {
        pieces.push(Piece::Text(&text[start..]));
    }
    pieces
}

/// Whether a URL linkify found starts with a scheme we link (linkify also
/// finds `ftp://` and other schemes).
fn has_web_scheme(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The events with the bare URLs and addresses of their text turned into
/// links. Text already in a link (Markdown or raw `<a>`), in an image's
/// description or in code is left as it is.
pub fn link_bare_urls<'a>(events: Vec<Event<'a>>) -> Vec<Event<'a>> {
    let mut out: Vec<Event<'a>> = Vec::with_capacity(events.len());
    let mut in_link = 0usize;
    let mut in_raw_link = 0usize;
    let mut in_code = 0usize;
    for event in events {
        match &event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => in_link += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::InlineHtml(html) => match raw_anchor(html) {
                Some(true) => in_raw_link += 1,
                Some(false) => in_raw_link = in_raw_link.saturating_sub(1),
                None => {}
            },
            Event::Text(text) if in_link == 0 && in_raw_link == 0 && in_code == 0 => {
                let pieces = pieces(text);
                if pieces.iter().any(|p| !matches!(p, Piece::Text(_))) {
                    out.extend(pieces.into_iter().flat_map(link_events));
                    continue;
                }
            }
            _ => {}
        }
        out.push(event);
    }
    out
}

/// The events of one piece: text, or a link holding its own text.
fn link_events<'e>(piece: Piece<'_>) -> Vec<Event<'e>> {
    let (link_type, target) = match piece {
        Piece::Text(t) => return vec![Event::Text(CowStr::from(t.to_owned()))],
        Piece::Url(u) => (LinkType::Autolink, u),
        Piece::Email(e) => (LinkType::Email, e),
    };
    vec![
        Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::from(target.to_owned()),
            title: CowStr::Borrowed(""),
            id: CowStr::Borrowed(""),
        }),
        Event::Text(CowStr::from(target.to_owned())),
        Event::End(TagEnd::Link),
    ]
}

/// `text` as HTML: escaped, with its bare URLs and addresses as links
/// (for plain-text documents).
pub fn escaped_with_links(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + text.len() / 4);
    for piece in pieces(text) {
        match piece {
            Piece::Text(t) => html.push_str(&htmlize::escape_all_quotes(t)),
            Piece::Url(u) => push_link(&mut html, u, u),
            Piece::Email(e) => push_link(&mut html, &format!("mailto:{e}"), e),
        }
    }
    html
}

fn push_link(html: &mut String, target: &str, text: &str) {
    html.push_str(&safe_html::link_open(target, ""));
    html.push_str(&htmlize::escape_all_quotes(text));
    html.push_str("</a>");
}

/// Whether a raw inline HTML tag opens (`Some(true)`) or closes
/// (`Some(false)`) an `<a>` element.
fn raw_anchor(html: &str) -> Option<bool> {
    let tag = html.trim_start().strip_prefix('<')?;
    let (closing, name) = match tag.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, tag),
    };
    let mut chars = name.chars();
    let is_a = matches!(chars.next(), Some('a' | 'A'))
        && chars
            .next()
            .is_none_or(|c| c.is_ascii_whitespace() || c == '>' || c == '/');
    is_a.then_some(!closing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_ends_before_trailing_punctuation_and_unbalanced_parentheses() {
        assert_eq!(
            pieces("See (https://x.org/a_(b)). Or https://y.org/p?q=1, then."),
            vec![
                Piece::Text("See ("),
                Piece::Url("https://x.org/a_(b)"),
                Piece::Text("). Or "),
                Piece::Url("https://y.org/p?q=1"),
                Piece::Text(", then."),
            ]
        );
    }

    #[test]
    fn addresses_are_found_and_other_schemes_stay_text() {
        assert_eq!(
            pieces("write to press@x.org, not ftp://x.org or javascript:alert(1)"),
            vec![
                Piece::Text("write to "),
                Piece::Email("press@x.org"),
                Piece::Text(", not ftp://x.org or javascript:alert(1)"),
            ]
        );
    }

    #[test]
    fn plain_text_is_escaped_and_its_urls_linked() {
        assert_eq!(
            escaped_with_links("<b> https://x.org/?a=1&b=2 me@x.org"),
            "&lt;b&gt; <a href=\"https://x.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\" target=\"_blank\">https://x.org/?a=1&amp;b=2</a> \
             <a href=\"mailto:me@x.org\" rel=\"noopener noreferrer\" target=\"_blank\">me@x.org</a>"
        );
    }

    #[test]
    fn raw_anchor_tags_are_told_from_other_tags() {
        assert_eq!(raw_anchor("<a href=\"x\">"), Some(true));
        assert_eq!(raw_anchor("<A>"), Some(true));
        assert_eq!(raw_anchor("</a>"), Some(false));
        assert_eq!(raw_anchor("<abbr>"), None);
        assert_eq!(raw_anchor("<b>"), None);
    }
}
