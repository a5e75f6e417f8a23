//! Small text normalizations shared by the field readers.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Decodes HTML entities (`&#8230;`, `&#38;`, `&amp;`, `&eacute;`), including
/// text that was encoded twice (`&amp;#8230;`) and named entities in the wrong
/// case that browsers would show as written (`&Amp;`, `&NBSP;`).
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut current = text.to_owned();
    for _ in 0..3 {
        let next = decode_miscased(&htmlize::unescape(&current));
        if next == current {
            break;
        }
        current = next;
        if !current.contains('&') {
            break;
        }
    }
    current
}

/// Decodes `&Name;` references that are entities only in lower case.
fn decode_miscased(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let name_len = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        let name = &after[..name_len];
        if name_len > 0
            && after[name_len..].starts_with(';')
            && name.bytes().any(|b| b.is_ascii_uppercase())
        {
            let lower = format!("&{};", name.to_ascii_lowercase());
            let decoded = htmlize::unescape(&lower);
            if decoded != lower {
                out.push_str(&decoded);
                rest = &after[name_len + 1..];
                continue;
            }
        }
        out.push('&');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Trims and collapses every run of whitespace into one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes entities, then trims and collapses whitespace: the treatment of
/// every one-line text field.
pub fn clean_line(text: &str) -> String {
    collapse_whitespace(&decode_entities(text))
}

/// A key for comparing words regardless of case and accents: `Actualité` and
/// `actualite` fold to the same key.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A URL-safe slug: folded to lower-case ASCII letters and digits, with runs
/// of anything else turned into one `-`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// An `http` or `https` URL with a host, and that host without `www.`.
pub fn http_url(text: &str) -> Option<(String, String)> {
    let url = url::Url::parse(text.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    Some((url.into(), host))
}

/// The key under which two source URLs are the same article: the host in lower
/// case without `www.`, the path without a trailing slash, the query without
/// `utm_*` parameters; the scheme (`http` or `https`) and the fragment are ignored.
pub fn source_key(url: &str) -> Option<String> {
    let url = url::Url::parse(url).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let path = url.path().trim_end_matches('/');
    let query: Vec<&str> = url
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or("");
            !pair.is_empty() && !key.to_ascii_lowercase().starts_with("utm_")
        })
        .collect();
    let mut key = format!("{host}{path}");
    if !query.is_empty() {
        key.push('?');
        key.push_str(&query.join("&"));
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_named_and_double_encoded_entities_are_decoded() {
        assert_eq!(
            decode_entities("Johnson &#38; Johnson [&#8230;] it&#039;s"),
            "Johnson & Johnson […] it's"
        );
        assert_eq!(decode_entities("caf&eacute; &amp;#8230;"), "café …");
        assert_eq!(decode_entities("no entities"), "no entities");
    }

    #[test]
    fn named_entities_in_the_wrong_case_are_decoded_and_other_ampersands_kept() {
        assert_eq!(
            decode_entities("Obesity &Amp; Overweight"),
            "Obesity & Overweight"
        );
        assert_eq!(decode_entities("AT&T; R&D &Nope; &"), "AT&T; R&D &Nope; &");
    }

    #[test]
    fn source_keys_ignore_host_case_www_trailing_slashes_utm_parameters_and_scheme() {
        let key = source_key("https://www.Example.com/a/b/?utm_source=rss&id=3&UTM_medium=x#top");
        assert_eq!(key.as_deref(), Some("example.com/a/b?id=3"));
        assert_eq!(source_key("http://example.com/a/b?id=3"), key);
        assert_ne!(source_key("https://example.com/a/c"), key);
        assert_eq!(
            source_key("https://example.com/"),
            Some("example.com".into())
        );
    }

    #[test]
    fn titles_are_trimmed_and_whitespace_is_collapsed() {
        assert_eq!(
            clean_line("  A\n  title\twith   gaps "),
            "A title with gaps"
        );
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Actualité"), fold("ACTUALITE"));
    }

    #[test]
    fn slugs_are_lower_case_ascii_with_single_dashes() {
        assert_eq!(
            slugify("Étude: TAVR -- 2024 (résumé)"),
            "etude-tavr-2024-resume"
        );
    }

    #[test]
    fn only_http_and_https_urls_with_a_host_are_kept() {
        assert_eq!(
            http_url("https://www.Example.com/a"),
            Some(("https://www.example.com/a".into(), "example.com".into()))
        );
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "/relative",
            "[object Object]",
            "",
            "ftp://x.org/",
        ] {
            assert_eq!(http_url(bad), None, "{bad}");
        }
    }
}
