//! Text with its matches marked.

use leptos::prelude::*;
use veille_core::Span;

/// Splits `text` at the byte ranges `spans` into `(piece, is_match)` runs.
/// Ranges that overlap, run backwards or fall off character boundaries are
/// skipped, so a bad range can never cut a character in two.
pub fn pieces<'a>(text: &'a str, spans: &[Span]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for s in spans {
        let (Some(before), Some(matched)) = (text.get(at..s.start), text.get(s.start..s.end))
        else {
            continue;
        };
        if s.start < at || matched.is_empty() {
            continue;
        }
        if !before.is_empty() {
            out.push((before, false));
        }
        out.push((matched, true));
        at = s.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

/// `text` as `(plain, marked)` pairs: each plain run followed by the match
/// after it (empty after the last match). Every piece of text has the same
/// shape, so when the text changes in place (a result slot showing another
/// hit) the page updates text nodes instead of rebuilding elements.
pub fn runs<'a>(text: &'a str, spans: &[Span]) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    let mut open: Option<&str> = None;
    for (piece, matched) in pieces(text, spans) {
        if matched {
            out.push((open.take().unwrap_or(""), piece));
        } else {
            open = Some(piece);
        }
    }
    if let Some(rest) = open {
        out.push((rest, ""));
    }
    out
}

/// `text` with each range of `spans` in a `<mark>`, as a view of one shape
/// whatever the text (see [`runs`]). The text is inserted as text, never as
/// HTML.
pub fn highlighted(text: &str, spans: &[Span]) -> Vec<(String, Option<impl IntoView + use<>>)> {
    runs(text, spans)
        .into_iter()
        .map(|(plain, marked)| {
            let mark = (!marked.is_empty()).then(|| {
                let marked = marked.to_owned();
                view! { <mark>{marked}</mark> }
            });
            (plain.to_owned(), mark)
        })
        .collect()
}

/// `text` with each range of `spans` in a `<mark>`. The text is inserted as
/// text, never as HTML.
#[component]
pub fn Highlighted(
    /// The plain text.
    text: String,
    /// Byte ranges of the matches, in order.
    spans: Vec<Span>,
) -> impl IntoView {
    highlighted(&text, &spans)
}

#[cfg(test)]
mod tests {
    use veille_core::Span;

    use super::*;

    #[test]
    fn match_ranges_split_the_text_and_bad_ranges_are_skipped_rather_than_cutting_a_character() {
        let spans = [
            Span { start: 0, end: 5 },
            Span { start: 3, end: 4 },
            Span { start: 9, end: 10 },
            Span { start: 12, end: 99 },
        ];
        // "Étude" is 6 bytes; byte 10 is inside "é".
        assert_eq!(
            pieces("Étude d’été", &spans[..1]),
            [("Étud", true), ("e d’été", false)]
        );
        assert_eq!(
            pieces("Étude d’été", &spans),
            [("Étud", true), ("e d’été", false)]
        );
        assert_eq!(pieces("plain", &[]), [("plain", false)]);
    }

    #[test]
    fn highlighted_text_is_plain_then_marked_pairs_whatever_the_matches() {
        let spans = [Span { start: 0, end: 5 }, Span { start: 9, end: 13 }];
        assert_eq!(
            runs("Stent or stent trial", &spans),
            [("", "Stent"), (" or ", "sten"), ("t trial", "")]
        );
        assert_eq!(runs("plain", &[]), [("plain", "")]);
        assert_eq!(runs("", &[]), []);
    }
}
