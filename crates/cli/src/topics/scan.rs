//! The one walk over an article's text that both the miner ([`super::words`])
//! and the tagger ([`super::tagging`]) build on: runs of letters and digits,
//! with the chunk each belongs to, whether it opens a sentence, and whether
//! it lies inside a URL.
//!
//! A *chunk* is a run of words separated only by spaces or a hyphen; any
//! other punctuation ends it, so that no phrase crosses a comma or a
//! parenthesis. A word inside a URL (a whitespace-separated piece holding
//! `://`, `www.` or `@`) ends its chunk and is no word.

/// One run of letters and digits in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Where the text between the previous run and this one starts.
    pub gap_start: usize,
    /// The chunk it belongs to (numbered in the text; meaningless for a URL piece).
    pub chunk: u32,
    /// The first word of a sentence (meaningless for a URL piece).
    pub sentence_start: bool,
    /// Inside a URL: no word.
    pub url: bool,
}

/// The runs of `text`, in order.
pub fn scan(text: &str) -> impl Iterator<Item = Run> + '_ {
    let urls = url_pieces(text);
    let mut next_url = 0usize;
    let mut chunk = 0u32;
    let mut sentence_start = true;
    let mut any_word = false;
    let mut last_end = 0usize;
    runs(text).map(move |(start, end)| {
        let gap = &text[last_end..start];
        let gap_start = last_end;
        last_end = end;
        if any_word && !joins(gap) {
            chunk += 1;
        }
        if ends_sentence(gap) {
            sentence_start = true;
        }
        while next_url < urls.len() && urls[next_url].1 <= start {
            next_url += 1;
        }
        let url = urls.get(next_url).is_some_and(|&(from, _)| from <= start);
        // A URL piece is a chunk of its own and leaves the sentence state
        // as it was; a word starts no new sentence after it.
        if url {
            chunk += 1;
        }
        let run = Run {
            start,
            end,
            gap_start,
            chunk,
            sentence_start,
            url,
        };
        if !url {
            any_word = true;
            sentence_start = false;
        }
        run
    })
}

/// The byte ranges of runs of letters and digits.
fn runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

/// Whether two words separated by `gap` stay in one chunk: only spaces, or
/// one hyphen.
fn joins(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\u{a0}') || matches!(gap, "-" | "\u{2010}" | "\u{2011}")
}

fn ends_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ':', '\n', '#', '*'])
}

/// The whitespace-separated pieces of `text` that hold `://`, `www.` or
/// `@`, as sorted, disjoint byte ranges: found from those marks (with
/// memchr's vectorized search), so that a text without URLs costs three
/// quick searches.
fn url_pieces(text: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = ["://", "www.", "@"]
        .iter()
        .flat_map(|mark| memchr::memmem::find_iter(text.as_bytes(), mark.as_bytes()))
        .map(|at| {
            let from = text[..at]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let to = text[at..]
                .find(char::is_whitespace)
                .map_or(text.len(), |i| at + i);
            (from, to)
        })
        .collect();
    pieces.sort_unstable();
    pieces.dedup();
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, u32, bool)> {
        scan(text)
            .filter(|r| !r.url)
            .map(|r| (&text[r.start..r.end], r.chunk, r.sentence_start))
            .collect()
    }

    #[test]
    fn hyphens_keep_a_chunk_and_commas_and_full_stops_end_it() {
        assert_eq!(
            words("drug-coated balloons, stents. New"),
            vec![
                ("drug", 0, true),
                ("coated", 0, false),
                ("balloons", 0, false),
                ("stents", 1, false),
                ("New", 2, true)
            ]
        );
    }

    #[test]
    fn a_url_piece_is_no_word_and_ends_the_chunk() {
        let w = words("Read https://example.org/some-story now, mail a@b.org or www.x.com today");
        assert_eq!(
            w,
            vec![
                ("Read", 0, true),
                ("now", 8, true),
                ("mail", 9, false),
                ("or", 14, true),
                ("today", 19, true)
            ]
        );
    }
}
