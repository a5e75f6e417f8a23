//! Bounds on the work one file may cost the builder. Some shapes of input
//! cost a parser time that grows faster than their size (100,000 nested
//! `<div>` cost the HTML sanitizer a minute, 100,000 nested `[` the YAML
//! parser half of one); the builder measures those shapes first, cheaply,
//! and refuses or degrades what is past a limit no real article reaches.

/// The deepest nesting of flow collections (`[` and `{`) a frontmatter may
/// have; deeper, the file is refused before the YAML parser sees it.
pub const MAX_FRONTMATTER_DEPTH: usize = 64;

/// The most tags (tags and categories together) an article keeps; the rest
/// are dropped with a warning.
pub const MAX_TAGS: usize = 100;

/// The deepest nesting of raw HTML elements a body may have; deeper, its
/// raw HTML is shown as text instead of being parsed (with a warning).
pub const MAX_HTML_DEPTH: usize = 256;

/// The 1-based line (within `yaml`) where its flow collections first nest
/// deeper than [`MAX_FRONTMATTER_DEPTH`], if they do. Quotes are not
/// followed: a bracket inside a string counts too, which only a string
/// with more than 64 unclosed brackets would notice.
pub fn frontmatter_too_deep(yaml: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line = 1;
    for b in yaml.bytes() {
        match b {
            b'\n' => line += 1,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FRONTMATTER_DEPTH {
                    return Some(line);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Elements that have no content, so never nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that an opening tag of the same name closes (`<p>a<p>b`).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// Whether the elements of `html` nest deeper than [`MAX_HTML_DEPTH`], as
/// an HTML parser would build them: void and `/>`-closed elements do not
/// nest, an end tag closes the innermost open element of its name and the
/// ones inside it (and is ignored when none is open, as parsers do), and a
/// `<p>` or `<li>` closes an open one of the same name (directly around
/// it, or around its last paragraph). Linear in the
/// text, times the limit at most.
pub fn html_too_deep(html: &str) -> bool {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || !name.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        if closing {
            if let Some(at) = open.iter().rposition(|n| *n == name) {
                open.truncate(at);
            }
        } else if !VOID.contains(&name.as_str()) && !rest[..end].ends_with('/') {
            if SELF_CLOSING_SIBLINGS.contains(&name.as_str()) {
                // `<p>a<p>` and `<li><p>a<li>`: the new one closes the last.
                let n = open.len();
                if open.last() == Some(&name) {
                    open.pop();
                } else if n >= 2 && open[n - 1] == "p" && open[n - 2] == name {
                    open.truncate(n - 2);
                }
            }
            open.push(name);
            if open.len() > MAX_HTML_DEPTH {
                return true;
            }
        }
        rest = &rest[end.min(rest.len())..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frontmatter_nested_past_the_limit_is_found_on_its_line() {
        let deep = format!("title: x\ntags: {}", "[".repeat(100_000));
        assert_eq!(frontmatter_too_deep(&deep), Some(2));
        let fine = format!(
            "a: {}\nb: \"[[[ not closed\"",
            "[1, [2, {c: 3}]]".repeat(1000)
        );
        assert_eq!(frontmatter_too_deep(&fine), None);
    }

    #[test]
    fn deeply_nested_elements_are_found_and_siblings_voids_and_stray_end_tags_are_not() {
        assert!(html_too_deep(&"<div>".repeat(300)));
        assert!(
            html_too_deep(&"<div></p>".repeat(300)),
            "a stray end tag closes nothing"
        );
        assert!(!html_too_deep(&"<div>x</div>".repeat(100_000)));
        assert!(!html_too_deep(&"<p>a<br><img src=x/><li>".repeat(10_000)));
        assert!(!html_too_deep(&"<span/>".repeat(10_000)));
        assert!(!html_too_deep(&format!(
            "{}x{}",
            "<b>".repeat(200),
            "</b>".repeat(200)
        )));
        assert!(!html_too_deep("a < b and 1<2 <!-- c -->"));
    }
}
