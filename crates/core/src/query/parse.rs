//! The query language.
//!
//! * `heart valve`: every word must match (in any field);
//! * `"heart valve"`: the words must follow each other (after folding and
//!   stemming; stop words inside a phrase match any word);
//! * `-pediatric`, `-"clinical trial"`: articles matching are excluded;
//! * `stent OR scaffold`: either may match (`OR` in capitals; `or` is a
//!   word, and a stop word);
//! * the last word is also completed as a prefix while the user types: when
//!   the text does not end with a space, `cardi` matches `cardiology`;
//! * words of 4+ letters also match words one edit away, 8+ letters two
//!   edits away (ranked below exact matches; see [`crate::search::typo`]).
//!
//! Words the tokenizer splits (`drug-coated`, `COVID-19`) become phrases of
//! their parts. Stop words are dropped (a text of stop words only searches
//! for nothing, like an empty one), except the word being typed, which is
//! only completed: `or` becomes `orchid`, `organ`... Nothing here can fail: an
//! unclosed quote ends at the end of the text, a lone `-` or `OR` is ignored.

use crate::text::{is_stop_word, tokenize, TokenKind};

/// One thing a document can match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Atom {
    /// A single folded word.
    Word {
        /// The folded word.
        text: String,
        /// Whether it may also match as a prefix (the last word, still typed).
        prefix: bool,
    },
    /// Folded words that must follow each other; `None` stands for a stop
    /// word, which matches any word at its position.
    Phrase(Vec<Option<String>>),
}

/// Atoms of which at least one must match (`a OR b`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The alternatives.
    pub atoms: Vec<Atom>,
}

/// A parsed search text: every group must match and no excluded atom may.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchExpr {
    /// Groups that must all match.
    pub groups: Vec<Group>,
    /// Atoms that must not match.
    pub excluded: Vec<Atom>,
}

impl SearchExpr {
    /// Whether the text had nothing to search for (every article matches).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// A raw piece of the text, before analysis.
struct Piece<'a> {
    text: &'a str,
    quoted: bool,
    negated: bool,
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return out;
        }
        let negated = rest.starts_with('-') && rest.len() > 1;
        if negated {
            rest = &rest[1..];
        }
        if let Some(inner) = rest.strip_prefix('"') {
            let end = inner.find('"').unwrap_or(inner.len());
            out.push(Piece {
                text: &inner[..end],
                quoted: true,
                negated,
            });
            rest = inner.get(end + 1..).unwrap_or("");
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            out.push(Piece {
                text: &rest[..end],
                quoted: false,
                negated,
            });
            rest = &rest[end..];
        }
    }
}

/// The atom a piece stands for, if it has any searchable word.
fn atom(piece: &Piece<'_>) -> Option<Atom> {
    let words: Vec<Option<String>> = tokenize(piece.text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Joined)
        .map(|t| (!is_stop_word(&t.text)).then_some(t.text))
        .collect();
    // Trim stop words at the ends: they constrain nothing.
    let first = words.iter().position(Option::is_some)?;
    let last = words.iter().rposition(Option::is_some)?;
    let mut words = words[first..=last].to_vec();
    if words.len() == 1 {
        return Some(Atom::Word {
            text: words.pop().flatten()?,
            prefix: false,
        });
    }
    Some(Atom::Phrase(words))
}

/// A piece that is a single word, stop word or not.
fn single_word(piece: &Piece<'_>) -> Option<Atom> {
    let mut words = tokenize(piece.text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Joined);
    let first = words.next()?;
    words.next().is_none().then_some(Atom::Word {
        text: first.text,
        prefix: false,
    })
}

/// Parses a search text. Never fails.
pub fn parse(text: &str) -> SearchExpr {
    let pieces = pieces(text);
    let typing = !text.ends_with(char::is_whitespace);
    let mut expr = SearchExpr::default();
    let mut or_pending = false;
    for (i, piece) in pieces.iter().enumerate() {
        if !piece.quoted && !piece.negated && piece.text == "OR" {
            or_pending = !expr.groups.is_empty();
            continue;
        }
        // The word being typed is kept even if it is a stop word so far:
        // `or` may become `orchid`.
        let typed = typing && i + 1 == pieces.len() && !piece.quoted && !piece.negated;
        let Some(atom) = atom(piece).or_else(|| typed.then(|| single_word(piece)).flatten()) else {
            continue;
        };
        if piece.negated {
            expr.excluded.push(atom);
        } else if or_pending {
            expr.groups.last_mut().expect("or_pending").atoms.push(atom);
        } else {
            expr.groups.push(Group { atoms: vec![atom] });
        }
        or_pending = false;
    }
    if typing {
        if let Some(last) = pieces.last() {
            if !last.quoted && !last.negated {
                if let Some(Atom::Word { prefix, .. }) =
                    expr.groups.last_mut().and_then(|g| g.atoms.last_mut())
                {
                    *prefix = true;
                }
            }
        }
    }
    expr
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(t: &str) -> Atom {
        Atom::Word {
            text: t.into(),
            prefix: false,
        }
    }

    fn prefix(t: &str) -> Atom {
        Atom::Word {
            text: t.into(),
            prefix: true,
        }
    }

    fn groups(e: &SearchExpr) -> Vec<Vec<Atom>> {
        e.groups.iter().map(|g| g.atoms.clone()).collect()
    }

    #[test]
    fn words_are_folded_and_all_required_and_the_last_is_a_prefix() {
        let e = parse("Étude TAVR");
        assert_eq!(groups(&e), vec![vec![word("etude")], vec![prefix("tavr")]]);
    }

    #[test]
    fn a_trailing_space_means_the_last_word_is_complete() {
        let e = parse("stent ");
        assert_eq!(groups(&e), vec![vec![word("stent")]]);
    }

    #[test]
    fn quotes_make_a_phrase_with_stop_words_as_gaps() {
        let e = parse("\"risk of stroke\"");
        assert_eq!(
            groups(&e),
            vec![vec![Atom::Phrase(vec![
                Some("risk".into()),
                None,
                Some("stroke".into())
            ])]]
        );
    }

    #[test]
    fn a_minus_excludes_a_word_or_a_phrase() {
        let e = parse("valve -pediatric -\"mitral repair\"");
        assert_eq!(groups(&e), vec![vec![word("valve")]]);
        assert_eq!(
            e.excluded,
            vec![
                word("pediatric"),
                Atom::Phrase(vec![Some("mitral".into()), Some("repair".into())])
            ]
        );
    }

    #[test]
    fn or_in_capitals_joins_alternatives_but_lowercase_or_is_a_stop_word() {
        let e = parse("stent OR scaffold trial ");
        assert_eq!(
            groups(&e),
            vec![vec![word("stent"), word("scaffold")], vec![word("trial")]]
        );
        let e = parse("stent or scaffold ");
        assert_eq!(
            groups(&e),
            vec![vec![word("stent")], vec![word("scaffold")]]
        );
    }

    #[test]
    fn hyphenated_words_become_phrases_of_their_parts() {
        let e = parse("COVID-19 ");
        assert_eq!(
            groups(&e),
            vec![vec![Atom::Phrase(vec![
                Some("covid".into()),
                Some("19".into())
            ])]]
        );
    }

    #[test]
    fn junk_never_fails() {
        for junk in [
            "",
            "   ",
            "\"",
            "-",
            "OR",
            "OR OR stent",
            "\"unclosed phrase",
            "- -x",
            "the of",
        ] {
            let _ = parse(junk);
        }
        assert!(parse("the of ").is_empty());
        assert_eq!(groups(&parse("OR stent ")), vec![vec![word("stent")]]);
    }

    #[test]
    fn numbers_with_decimals_are_single_words() {
        assert_eq!(groups(&parse("5.5 ")), vec![vec![word("5.5")]]);
    }
}
