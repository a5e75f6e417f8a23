//! Where a snippet's passage starts and ends: at whole words, so that a
//! snippet never starts or ends inside a word.

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `body` without the word its end cuts when it is a stored prefix of
/// `body_bytes` bytes (the engine keeps only that much of each body): a
/// body within four bytes of the limit (one character) was cut there.
pub fn whole_words(body: &str, body_bytes: usize) -> &str {
    if body.len() + 4 <= body_bytes {
        return body;
    }
    match body.rfind(char::is_whitespace) {
        Some(ws) => body[..ws].trim_end(),
        None => body,
    }
}

/// Where a passage containing `at` (the start of a word) should start:
/// about a fifth of `len` before it, at the start of a word, or at `at`
/// itself when no word starts in between.
pub fn window_start(text: &str, at: usize, len: usize) -> usize {
    if at < len / 5 {
        return 0;
    }
    let from = floor_boundary(text, at - len / 5);
    match text[from..at].find(char::is_whitespace) {
        Some(ws) => {
            let s = from + ws;
            s + text[s..].len() - text[s..].trim_start().len()
        }
        None => at,
    }
}

/// Where a passage starting at `start` should end: at most `len` bytes
/// later at the end of a word, or a little further to finish a word too
/// long to cut before it.
pub fn window_end(text: &str, start: usize, len: usize) -> usize {
    if text.len() - start <= len {
        return text.len();
    }
    let end = floor_boundary(text, start + len);
    let back = text[start..end]
        .rfind(char::is_whitespace)
        .filter(|&ws| ws > 0)
        .map(|ws| start + text[start..start + ws].trim_end().len());
    let forward = text[end..].find(char::is_whitespace).map(|ws| end + ws);
    match (back, forward) {
        (Some(b), _) if b - start > len / 2 => b,
        (_, Some(f)) if f - end <= len / 2 => f,
        (Some(b), _) => b,
        (None, Some(f)) => f,
        (None, None) => text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_starts_at_a_word_even_after_a_long_unbroken_token() {
        let text = "see xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-stent results";
        let at = text.find("results").unwrap();
        assert_eq!(window_start(text, at, 100), at);
        let text = "one two three four five six seven eight stent";
        let at = text.find("stent").unwrap();
        let s = window_start(text, at, 40);
        assert_eq!(&text[s..], "eight stent");
    }

    #[test]
    fn a_passage_ends_at_the_end_of_a_word() {
        let text = "alpha beta gamma delta epsilon zeta";
        let end = window_end(text, 0, 14);
        assert_eq!(&text[..end], "alpha beta");
        let text = "a verylongwordthatcrossesthelimit tail";
        let end = window_end(text, 2, 10);
        assert_eq!(&text[2..end], "verylongwordthatcrossesthelimit");
    }

    #[test]
    fn a_body_cut_at_the_stored_limit_loses_its_cut_word() {
        assert_eq!(whole_words("one two thr", 12), "one two");
        assert_eq!(whole_words("one two", 12), "one two");
    }
}
