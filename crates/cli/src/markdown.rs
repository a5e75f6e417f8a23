//! Markdown bodies to sanitized HTML and to plain text.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::autolink;
use crate::limits;
use crate::normalize::decode_entities;
use crate::reading;
use crate::safe_html;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// The sanitizer: ammonia's safe defaults (no scripts, styles, event handlers
/// or `javascript:`/`data:` URLs), links opened in a new tab without an opener.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .set_tag_attribute_value("a", "target", "_blank");
    b
});

/// A Markdown body rendered once, for display and for search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// Sanitized HTML, safe to insert into a page.
    pub html: String,
    /// Plain text, one block per line.
    pub text: String,
    /// Whether the raw HTML nested deeper than [`limits::MAX_HTML_DEPTH`] and was
    /// therefore shown as text.
    pub html_too_deep: bool,
}

/// Parses `markdown` once and renders it to sanitized HTML and to plain text.
///
/// Bodies with raw HTML are rendered by pulldown-cmark and then cleaned by
/// ammonia; bodies without are rendered by [`safe_html::to_html`], which
/// applies the same URL rules and link attributes without a second parse.
///
/// Bare URLs and e-mail addresses become links, as GFM renders them
/// ([`autolink`]).
///
/// Entities left in the text after CommonMark's own decoding (text encoded
/// twice, such as `&amp;rsquo;`, or `&Amp;`) are decoded as in every other
/// field; code spans and blocks are kept as written.
pub fn render(markdown: &str) -> Rendered {
    let events = autolink::link_bare_urls(parse(markdown));
    let capacity = markdown.len() * 3 / 2;
    let mut html_too_deep = false;
    let html = if safe_html::has_raw_html(&events) {
        let mut html = String::with_capacity(capacity);
        pulldown_cmark::html::push_html(&mut html, events.iter().cloned());
        if limits::html_too_deep(&html) {
            // Parsing it would cost the sanitizer time quadratic in the
            // depth: the raw HTML is shown as the text it is instead.
            html_too_deep = true;
            safe_html::to_html(&raw_html_as_text(&events), capacity)
        } else {
            sanitize(&html)
        }
    } else {
        safe_html::to_html(&events, capacity)
    };
    Rendered {
        html,
        text: events_to_text(&events, markdown.len()),
        html_too_deep,
    }
}

/// `events` with their raw HTML turned into text (escaped when written),
/// HTML blocks into paragraphs.
fn raw_html_as_text<'a>(events: &[Event<'a>]) -> Vec<Event<'a>> {
    events
        .iter()
        .cloned()
        .map(|event| match event {
            Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            event => event,
        })
        .collect()
}

/// The events of `markdown`, with runs of text joined (the parser splits text
/// at entity references) and the entities CommonMark left in them decoded.
/// A run is joined once, at its end: appending piece by piece would copy the
/// run again for each piece (quadratic on a body of 100,000 `&amp;`).
fn parse(markdown: &str) -> Vec<Event<'_>> {
    let mut events: Vec<Event<'_>> = Vec::with_capacity(markdown.len() / 16);
    let mut run: Vec<CowStr<'_>> = Vec::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) => run.push(t),
            event => {
                push_run(&mut events, &mut run);
                events.push(event);
            }
        }
    }
    push_run(&mut events, &mut run);
    events
}

/// Pushes the text pieces of `run` as one text event, its entities decoded.
fn push_run<'a>(events: &mut Vec<Event<'a>>, run: &mut Vec<CowStr<'a>>) {
    let text = match run.len() {
        0 => return,
        1 => run.pop().expect("one piece"),
        _ => CowStr::from(run.iter().map(|t| t.as_ref()).collect::<String>()),
    };
    run.clear();
    events.push(Event::Text(text));
    decode_last(events);
}

fn decode_last(events: &mut [Event<'_>]) {
    if let Some(Event::Text(t)) = events.last_mut() {
        if t.contains('&') {
            *t = CowStr::from(decode_entities(t));
        }
    }
}

/// Renders CommonMark (with tables) to HTML that is safe to insert into a page.
pub fn to_safe_html(markdown: &str) -> String {
    render(markdown).html
}

/// Sanitizes HTML with the same rules as rendered Markdown.
pub fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// The words of a Markdown body as plain text, one block per paragraph.
/// Image descriptions and raw HTML tags are left out; the text between tags is kept.
pub fn to_text(markdown: &str) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    events_to_text(&events, markdown.len())
}

/// The prose of a body's events, one block per line: each paragraph,
/// heading, list item, table cell or code block becomes a [`reading::Block`]
/// and is kept when [`reading::prose`] finds it is prose.
fn events_to_text(events: &[Event<'_>], capacity: usize) -> String {
    let mut text = String::with_capacity(capacity);
    let mut block = BlockBuilder::default();
    for event in events {
        match event {
            Event::Start(Tag::Image { .. }) => block.in_image += 1,
            Event::End(TagEnd::Image) => block.in_image = block.in_image.saturating_sub(1),
            Event::Start(Tag::Emphasis | Tag::Strong) => block.in_emphasis += 1,
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                block.in_emphasis = block.in_emphasis.saturating_sub(1);
            }
            Event::Start(Tag::Link { .. }) => block.in_link += 1,
            Event::End(TagEnd::Link) => block.in_link = block.in_link.saturating_sub(1),
            Event::Start(Tag::Heading { level, .. }) => {
                block.subheading = *level != HeadingLevel::H1;
            }
            Event::Text(t) | Event::Code(t) if block.in_image == 0 => block.push(t),
            Event::SoftBreak | Event::HardBreak => block.text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock,
            ) => block.flush(&mut text),
            _ => {}
        }
    }
    block.flush(&mut text);
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The block being read: its text and whether every word of it so far was
/// emphasized, or linked.
#[derive(Default)]
struct BlockBuilder {
    text: String,
    subheading: bool,
    all_emphasized: bool,
    all_linked: bool,
    words: bool,
    in_image: usize,
    in_emphasis: usize,
    in_link: usize,
}

impl BlockBuilder {
    fn push(&mut self, t: &str) {
        if t.trim().is_empty() {
            self.text.push_str(t);
            return;
        }
        let emphasized = self.in_emphasis > 0;
        let linked = self.in_link > 0;
        if self.words {
            self.all_emphasized &= emphasized;
            self.all_linked &= linked;
        } else {
            (self.all_emphasized, self.all_linked, self.words) = (emphasized, linked, true);
        }
        self.text.push_str(t);
    }

    /// Ends the block: its prose, if any, on a line of `out`.
    fn flush(&mut self, out: &mut String) {
        if self.words {
            let block = reading::Block {
                text: std::mem::take(&mut self.text),
                subheading: self.subheading,
                emphasized: self.all_emphasized,
                linked: self.all_linked,
            };
            if let Some(prose) = reading::prose(&block) {
                out.push_str(&prose);
                out.push('\n');
            }
        }
        self.text.clear();
        (self.subheading, self.words) = (false, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_render_as_html_tables() {
        let html = to_safe_html("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(
            html.contains("<table>") && html.contains("<td>1</td>"),
            "{html}"
        );
    }

    #[test]
    fn scripts_handlers_and_dangerous_urls_are_removed() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3)) <a href=\"data:text/html,x\">d</a>",
        );
        for bad in ["<script", "onerror", "javascript:", "data:"] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
    }

    #[test]
    fn entities_left_after_commonmark_are_decoded_in_html_and_text_but_not_in_code() {
        let r = render("Obesity &Amp; Overweight, J&amp;amp;J `&amp;`");
        assert_eq!(r.text, "Obesity & Overweight, J&J &amp;");
        assert_eq!(
            r.html,
            "<p>Obesity &amp; Overweight, J&amp;J <code>&amp;amp;</code></p>\n"
        );
    }

    #[test]
    fn bare_urls_and_addresses_become_links_as_gfm_renders_them() {
        let html =
            to_safe_html("## Lien source\n\nhttps://x.org/a?b=1&c=2.\n\nWrite to desk@x.org");
        assert_eq!(
            html,
            "<h2>Lien source</h2>\n<p><a href=\"https://x.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" target=\"_blank\">https://x.org/a?b=1&amp;c=2</a>.</p>\n\
             <p>Write to <a href=\"mailto:desk@x.org\" rel=\"noopener noreferrer\" target=\"_blank\">desk@x.org</a></p>\n"
        );
    }

    #[test]
    fn urls_already_in_links_images_or_code_are_left_as_they_are() {
        let html = to_safe_html(
            "[https://a.org](https://a.org) ![https://b.org](https://b.org/i.png) `https://c.org`\n\n    https://d.org\n",
        );
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(html.contains("<code>https://c.org</code>"), "{html}");
        assert!(
            html.contains("<pre><code>https://d.org\n</code></pre>"),
            "{html}"
        );
    }

    #[test]
    fn bodies_with_raw_html_get_their_bare_urls_linked_but_not_inside_raw_links() {
        let html =
            to_safe_html("<b>x</b> https://a.org and <a href=\"https://b.org\">https://b.org</a>");
        assert_eq!(html.matches("<a ").count(), 2, "{html}");
        assert!(html.contains(r#"<a href="https://a.org" "#), "{html}");
        assert!(html.contains(r#"">https://b.org</a></p>"#), "{html}");
    }

    #[test]
    fn links_open_without_an_opener() {
        let html = to_safe_html("[site](https://example.com)");
        assert!(html.contains(r#"rel="noopener noreferrer""#), "{html}");
    }

    #[test]
    fn plain_text_keeps_words_and_drops_markup_and_image_descriptions() {
        let text = to_text("![alt words](x.png)\n\n## L’essentiel\n\nSome **bold** text\nand more.\n\n- one\n- two");
        assert_eq!(text, "Some bold text and more.\none\ntwo");
    }

    #[test]
    fn the_text_leaves_out_credits_links_urls_and_labels_but_keeps_the_title() {
        let text = to_text(
            "![A title](https://img.example/a.jpg)\n\n\
             *Crédit image : J. Doe — BY-SA — https://img.example/a*\n\n\
             # Trial results\n\n\
             **L’essentiel**\n\n\
             The trial met its endpoint, see https://x.example/t.\n\n\
             ## Lien source\n\n\
             https://x.example/story/\n\n\
             [Read the full story](https://x.example/story/)",
        );
        assert_eq!(text, "Trial results\nThe trial met its endpoint, see");
    }
}
