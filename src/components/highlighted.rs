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

/// `text` with each range of `spans` in a `<mark>`. The text is inserted as
/// text, never as HTML.
#[component]
pub fn Highlighted(
    /// The plain text.
    text: String,
    /// Byte ranges of the matches, in order.
    spans: Vec<Span>,
) -> impl IntoView {
    pieces(&text, &spans)
        .into_iter()
        .map(|(piece, matched)| {
            let piece = piece.to_owned();
            if matched {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect::<Vec<_>>()
}
