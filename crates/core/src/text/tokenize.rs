//! Splitting text into searchable tokens, with byte ranges into the source.
//!
//! A token is a run of letters and digits, folded (see [`super::fold`]).
//! Three kinds of punctuation are kept inside words so that medical and
//! product terms stay searchable:
//!
//! * a `.` or `,` between two digits is part of a number: `5.5`, `1,000`;
//! * a hyphen between two runs makes a compound: `drug-coated` and
//!   `COVID-19` give their parts (`drug`, `coated`; `covid`, `19`) at
//!   consecutive positions, plus the glued form (`drugcoated`, `covid19`)
//!   at the position of the first part, so `covid19` finds `COVID-19`;
//! * combining marks stay with their letter (decomposed `é`).
//!
//! Everything else separates tokens, including apostrophes, so the French
//! elision `l’essentiel` gives `l` (a stop word) and `essentiel`.

use unicode_normalization::char::is_combining_mark;

use super::fold_char_into;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits.
    Word,
    /// Digits only, possibly with inner `.` or `,` (`5.5`).
    Number,
    /// The glued form of a hyphenated compound (`drugcoated`); it shares the
    /// position of the compound's first part.
    Joined,
}

/// One token of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded text of the token.
    pub text: String,
    /// Byte offset of its first character in the source text.
    pub start: usize,
    /// Byte offset just past its last character in the source text.
    pub end: usize,
    /// Its position, counted in tokens (glued forms do not count).
    pub pos: u32,
    /// What it is made of.
    pub kind: TokenKind,
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The byte ranges of the maximal runs of word characters, found lazily so
/// that a caller stopping early does not pay for the rest of the text.
struct Runs<'a> {
    text: &'a str,
    at: usize,
}

impl Runs<'_> {
    /// Whether the character at byte `i` is a word character, and its length.
    #[inline]
    fn class_at(&self, i: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[i];
        if b < 128 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = self.text[i..].chars().next().expect("char boundary");
            (is_word_char(c), c.len_utf8())
        }
    }
}

impl Iterator for Runs<'_> {
    type Item = (usize, usize);

    /// Scans bytes, decoding a character only for non-ASCII bytes.
    fn next(&mut self) -> Option<(usize, usize)> {
        let len = self.text.len();
        let mut i = self.at;
        while i < len {
            let (word, w) = self.class_at(i);
            if word {
                break;
            }
            i += w;
        }
        if i >= len {
            self.at = len;
            return None;
        }
        let start = i;
        while i < len {
            let (word, w) = self.class_at(i);
            if !word {
                break;
            }
            i += w;
        }
        self.at = i;
        Some((start, i))
    }
}

/// The single character between two runs, if they are separated by exactly one.
fn gap_char(text: &str, left_end: usize, right_start: usize) -> Option<char> {
    let mut chars = text[left_end..right_start].chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

fn ends_with_digit(s: &str) -> bool {
    s.chars().next_back().is_some_and(|c| c.is_ascii_digit())
}

fn starts_with_digit(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Calls `emit` for each token of `text`, numbering positions from
/// `first_pos`; returns the position after the last token.
pub fn tokenize_with(text: &str, first_pos: u32, mut emit: impl FnMut(&Token)) -> u32 {
    tokenize_until(text, first_pos, |t| {
        emit(t);
        true
    })
}

/// Like [`tokenize_with`], but stops as soon as `emit` returns `false`.
pub fn tokenize_until(text: &str, first_pos: u32, mut emit: impl FnMut(&Token) -> bool) -> u32 {
    let mut runs = Runs { text, at: 0 }.peekable();
    let mut pos = first_pos;
    let mut tok = Token {
        text: String::new(),
        start: 0,
        end: 0,
        pos: 0,
        kind: TokenKind::Word,
    };
    let mut glued = String::new();
    while let Some((compound_start, first_end)) = runs.next() {
        // A compound: pieces separated by hyphens; a piece is runs joined by
        // `.`/`,` between digits.
        let mut parts = 0u32;
        let first_pos_of_compound = pos;
        glued.clear();
        let (mut start, mut end) = (compound_start, first_end);
        loop {
            while let Some(&(ns, ne)) = runs.peek() {
                let joins = matches!(gap_char(text, end, ns), Some('.' | ','))
                    && ends_with_digit(&text[..end])
                    && starts_with_digit(&text[ns..]);
                if !joins {
                    break;
                }
                end = ne;
                runs.next();
            }
            tok.text.clear();
            let piece = &text[start..end];
            if piece.is_ascii() {
                tok.text.push_str(piece);
                tok.text.make_ascii_lowercase();
            } else {
                for c in piece.chars() {
                    fold_char_into(c, &mut tok.text);
                }
            }
            tok.start = start;
            tok.end = end;
            tok.pos = pos;
            tok.kind = if tok
                .text
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            if !emit(&tok) {
                return pos;
            }
            glued.push_str(&tok.text);
            pos += 1;
            parts += 1;
            let hyphen_next = runs
                .peek()
                .is_some_and(|&(ns, _)| gap_char(text, end, ns).is_some_and(is_hyphen));
            if !hyphen_next {
                break;
            }
            (start, end) = runs.next().expect("peeked");
        }
        if parts > 1 {
            tok.text.clear();
            tok.text.push_str(&glued);
            tok.start = compound_start;
            tok.end = end;
            tok.pos = first_pos_of_compound;
            tok.kind = TokenKind::Joined;
            if !emit(&tok) {
                return pos;
            }
        }
    }
    pos
}

/// All the tokens of `text`, positions counted from 0.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_with(text, 0, |t| out.push(t.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_are_folded_and_split_on_spaces_and_punctuation() {
        assert_eq!(
            texts("Étude: the TAVR trial!"),
            ["etude", "the", "tavr", "trial"]
        );
    }

    #[test]
    fn decimal_numbers_stay_whole() {
        assert_eq!(
            texts("a 5.5 mm stent, 1,000 patients."),
            ["a", "5.5", "mm", "stent", "1,000", "patients"]
        );
    }

    #[test]
    fn a_full_stop_between_words_splits_them() {
        assert_eq!(texts("end.Start"), ["end", "start"]);
    }

    #[test]
    fn hyphenated_compounds_give_their_parts_and_the_glued_form() {
        let toks = tokenize("COVID-19 drug-coated");
        let got: Vec<(&str, u32, TokenKind)> = toks
            .iter()
            .map(|t| (t.text.as_str(), t.pos, t.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("covid", 0, TokenKind::Word),
                ("19", 1, TokenKind::Number),
                ("covid19", 0, TokenKind::Joined),
                ("drug", 2, TokenKind::Word),
                ("coated", 3, TokenKind::Word),
                ("drugcoated", 2, TokenKind::Joined),
            ]
        );
    }

    #[test]
    fn byte_ranges_point_into_the_original_text() {
        let text = "L’Étude Impella CP";
        let toks = tokenize(text);
        let spans: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(spans, ["L", "Étude", "Impella", "CP"]);
    }

    #[test]
    fn elisions_split_at_the_apostrophe() {
        assert_eq!(texts("l’essentiel d'un"), ["l", "essentiel", "d", "un"]);
    }
}
