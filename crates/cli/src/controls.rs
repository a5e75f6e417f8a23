//! Control characters: what XML 1.0 forbids and what a terminal obeys.
//!
//! The builder removes them from every text it reads, so that no output
//! (bundle, pages, feeds, the app) carries them: a BEL or an ESC in a title
//! would make every Atom feed that lists it invalid XML, which feed readers
//! reject whole. Tab, line feed and carriage return are kept (text allows
//! them); vertical tab and form feed become a space (they separate words);
//! every other C0 control, DEL, the C1 controls and the non-characters
//! U+FFFE and U+FFFF are dropped.

use std::borrow::Cow;

use veille_core::Article;

/// Whether `c` is dropped or replaced by [`clean`].
pub fn is_unwanted(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// `text` without its unwanted control characters (see the module's
/// comment); borrowed when it has none.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !may_hold_unwanted(text) || !text.chars().any(is_unwanted) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{b}' | '\u{c}' => out.push(' '),
            c if is_unwanted(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `text` has a byte that can start an unwanted character in UTF-8:
/// a C0 control other than tab, line feed and carriage return, DEL, the
/// lead byte of C1 controls (`0xC2`) or of U+FFFE/U+FFFF (`0xEF`). A scan of
/// bytes, so that the common text, which has none, is not decoded.
fn may_hold_unwanted(text: &str) -> bool {
    text.bytes().any(|b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || matches!(b, 0x7f | 0xc2 | 0xef)
    })
}

/// Cleans `text` in place.
pub fn clean_in_place(text: &mut String) {
    if let Cow::Owned(cleaned) = clean(text) {
        *text = cleaned;
    }
}

/// Cleans every text of `article`, including the strings inside its
/// uninterpreted frontmatter keys.
pub fn clean_article(article: &mut Article) {
    let Article {
        slug,
        collection,
        permalink,
        title,
        date: _,
        published_label,
        summary,
        source_url,
        source_host,
        tags,
        image_url,
        image_credit,
        body_html,
        body_text,
        extra,
        also,
        topics,
    } = article;
    for text in [slug, collection, permalink, title, body_html, body_text] {
        clean_in_place(text);
    }
    for text in [
        published_label,
        summary,
        source_url,
        source_host,
        image_url,
        image_credit,
    ]
    .into_iter()
    .flatten()
    {
        clean_in_place(text);
    }
    tags.iter_mut().for_each(clean_in_place);
    tags.retain(|t| !t.trim().is_empty());
    for copy in also {
        for text in [&mut copy.permalink, &mut copy.collection, &mut copy.slug] {
            clean_in_place(text);
        }
        for text in [&mut copy.source_url, &mut copy.source_host]
            .into_iter()
            .flatten()
        {
            clean_in_place(text);
        }
    }
    for topic in topics {
        clean_in_place(&mut topic.id);
        clean_in_place(&mut topic.label);
    }
    let old = std::mem::take(extra);
    *extra = old
        .into_iter()
        .map(|(key, value)| (clean(&key).into_owned(), clean_json(value)))
        .collect();
}

fn clean_json(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(mut s) => {
            clean_in_place(&mut s);
            Value::String(s)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(clean_json).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (clean(&k).into_owned(), clean_json(v)))
                .collect(),
        ),
        other => other,
    }
}

/// `text` with every control character written as an escape (`\u{1b}`), so
/// that printing it cannot drive the terminal (clear the screen, move the
/// cursor, hide what follows). Tabs and line ends are escaped too: one
/// diagnostic stays one line.
pub fn escape_for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bell_escape_and_c1_controls_are_dropped_and_tabs_and_newlines_kept() {
        assert_eq!(
            clean("a\u{7}b\u{1b}[2Jc\u{9b}d\u{e}\u{1}e\tf\ng\r\n"),
            "ab[2Jcde\tf\ng\r\n"
        );
    }

    #[test]
    fn form_feed_and_vertical_tab_become_spaces() {
        assert_eq!(clean("one\u{c}two\u{b}three"), "one two three");
    }

    #[test]
    fn the_byte_scan_lets_no_unwanted_character_through() {
        for c in [
            '\u{1}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}', '\u{fffe}', '\u{ffff}',
        ] {
            let text = format!("a{c}b");
            assert!(may_hold_unwanted(&text), "{c:?}");
            assert_eq!(clean(&text), "ab", "{c:?}");
        }
        // Text in French or with other characters of those lead bytes stays as is.
        assert!(matches!(
            clean("déjà vu\u{a0}— ©\u{fffd}"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(clean("Santé — ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_text_of_an_article_is_cleaned_and_empty_tags_dropped() {
        let mut a = Article::new("papers", "s", "T\u{7}itle", "<p>b\u{1b}</p>", "b\u{1b}");
        a.tags = vec!["x\u{1}".into(), "\u{7}".into()];
        a.summary = Some("s\u{0}".into());
        a.extra.insert(
            "k\u{7}".into(),
            serde_json::json!(["v\u{8}", {"n": "\u{1f}"}]),
        );
        clean_article(&mut a);
        assert_eq!(a.title, "Title");
        assert_eq!(a.body_html, "<p>b</p>");
        assert_eq!(a.body_text, "b");
        assert_eq!(a.tags, vec!["x".to_owned()]);
        assert_eq!(a.summary.as_deref(), Some("s"));
        assert_eq!(a.extra["k"], serde_json::json!(["v", {"n": ""}]));
    }

    #[test]
    fn the_terminal_sees_escapes_instead_of_control_characters() {
        assert_eq!(
            escape_for_terminal("a\u{1b}[2Jb\u{7}\nc"),
            "a\\u{1b}[2Jb\\u{7}\\nc"
        );
        assert!(matches!(escape_for_terminal("plain"), Cow::Borrowed(_)));
    }
}
