//! Which blocks of a body are prose, for the search text and its snippets.
//!
//! A body's plain text is what the index searches and what a result's
//! snippet shows. Lines that are not prose read badly there: a line that is
//! only a link or a bare URL, an image, a credit (`*Crédit image : … —
//! https://…*`), a label (`## L’essentiel`, `**Key points**`). They are kept
//! in the article's HTML and left out of its text, by their shape (where
//! the link, emphasis and URLs are) rather than by a publisher's words; the
//! words a credit starts with are the one list, in English and French.
//! Bare URLs inside prose are left out of the text too.

/// One block of a body (a paragraph, heading, list item or table cell) as
/// plain text, with what the Markdown around its words was.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// The block's words, as plain text.
    pub text: String,
    /// Whether it is a heading below the first level (a first-level heading
    /// may be the document's title, and is always kept).
    pub subheading: bool,
    /// Whether every word of it is emphasized or strong.
    pub emphasized: bool,
    /// Whether every word of it is the text of a link.
    pub linked: bool,
}

/// Words that open a credit line, folded to lower case (`Crédit image :`,
/// `Photo:`, `Source :`, `© …`).
const CREDIT_WORDS: &[&str] = &[
    "crédit",
    "crédits",
    "credit",
    "credits",
    "photo",
    "photos",
    "image",
    "illustration",
    "source",
    "sources",
    "copyright",
    "©",
];

/// Whether a whitespace-separated word is a URL or an address of the web.
pub fn is_url(word: &str) -> bool {
    // Each form below holds a colon or a dot: most words have neither and
    // are answered without trimming.
    if !word.bytes().any(|b| b == b':' || b == b'.') {
        return false;
    }
    let w = word.trim_matches(|c: char| "()[]<>\"'«».,;:!?".contains(c));
    // Compared without a lower-cased copy: this runs on every word of every body.
    let starts = |prefix: &str| {
        w.get(..prefix.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
    };
    w.contains("://") || starts("www.") || starts("mailto:")
}

/// `text` without its URLs, whitespace collapsed; with the number of words
/// kept and whether a URL was left out. One pass: this runs on every block
/// of every body.
fn without_urls(text: &str) -> (String, usize, bool) {
    let mut kept = String::with_capacity(text.len());
    let (mut words, mut had_url) = (0, false);
    for w in text.split_whitespace() {
        if is_url(w) {
            had_url = true;
            continue;
        }
        if words > 0 {
            kept.push(' ');
        }
        kept.push_str(w);
        words += 1;
    }
    (kept, words, had_url)
}

/// Whether `text` opens with a credit: one of [`CREDIT_WORDS`], then at most
/// two more words before a colon, or the copyright sign.
fn is_credit(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with('©') {
        return true;
    }
    // Only the words before the colon are lower-cased, not the whole block.
    let Some((head, _)) = text.split_once(':') else {
        return false;
    };
    let mut words = head.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    words.count() <= 2 && CREDIT_WORDS.contains(&first.to_lowercase().as_str())
}

/// Whether `text` is a short label: at most three words, not a sentence.
fn is_label(text: &str) -> bool {
    text.split_whitespace().count() <= 3 && !text.trim_end().ends_with(['.', '!', '?', '…'])
}

/// The prose of `block` for the search text, or `None` when the block is not
/// prose (only links, URLs or punctuation; a credit; a label).
pub fn prose(block: &Block) -> Option<String> {
    let (text, words, had_url) = without_urls(&block.text);
    let has_words = text.chars().any(char::is_alphanumeric);
    let not_prose = !has_words
        || (block.linked && words <= 6)
        || is_credit(&text)
        || (block.emphasized && had_url)
        || ((block.subheading || block.emphasized) && is_label(&text));
    (!not_prose).then_some(text)
}

/// The lines of a plain text that are prose, joined by new lines: the
/// same rules, for text without Markdown.
pub fn prose_lines(text: &str) -> String {
    text.lines()
        .filter_map(|line| {
            prose(&Block {
                text: line.to_owned(),
                ..Block::default()
            })
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_known_whatever_its_case_and_its_punctuation() {
        for w in [
            "https://a.example/x",
            "(HTTP://A.example).",
            "WWW.example.org",
            "Mailto:a@b.example",
            "«www.a.example»",
        ] {
            assert!(is_url(w), "{w}");
        }
        for w in ["www", "wwwx.example", "mail:", "déjà", "a:b", "ww.example"] {
            assert!(!is_url(w), "{w}");
        }
    }

    fn block(text: &str) -> Block {
        Block {
            text: text.to_owned(),
            ..Block::default()
        }
    }

    #[test]
    fn a_line_that_is_only_a_url_is_not_prose() {
        assert_eq!(prose(&block("https://news.example/a-story/")), None);
        assert_eq!(prose(&block("(www.example.org)")), None);
    }

    #[test]
    fn a_credit_is_not_prose_in_either_language() {
        for credit in [
            "Crédit image : Jane Doe — BY-SA via Openverse",
            "Photo: Reuters",
            "Image credit: the company",
            "© Example Press 2024",
            "Source : Le Monde",
        ] {
            assert_eq!(prose(&block(credit)), None, "{credit}");
        }
    }

    #[test]
    fn an_emphasized_line_with_a_url_is_a_credit() {
        let b = Block {
            emphasized: true,
            ..block("Picture by J. Doe — https://pics.example/1")
        };
        assert_eq!(prose(&b), None);
    }

    #[test]
    fn a_short_subheading_or_strong_line_is_a_label() {
        for b in [
            Block {
                subheading: true,
                ..block("L’essentiel")
            },
            Block {
                emphasized: true,
                ..block("Key points")
            },
        ] {
            assert_eq!(prose(&b), None, "{b:?}");
        }
    }

    #[test]
    fn a_link_alone_is_not_prose_but_a_sentence_with_a_link_is() {
        let link = Block {
            linked: true,
            ..block("Lien source")
        };
        assert_eq!(prose(&link), None);
        assert_eq!(
            prose(&block("Read the trial at https://t.example/x today.")).as_deref(),
            Some("Read the trial at today.")
        );
    }

    #[test]
    fn prose_stays_prose() {
        for text in [
            "Mechanical thrombectomy was comparable to surgery.",
            "Source of the data was the registry, which covers 40 centres.",
        ] {
            assert_eq!(prose(&block(text)).as_deref(), Some(text));
        }
        let title = Block {
            emphasized: true,
            ..block("Is the protocol useful?")
        };
        assert!(prose(&title).is_some());
    }

    #[test]
    fn plain_text_keeps_only_its_prose_lines() {
        assert_eq!(
            prose_lines("Credit: A. Person\nThe study enrolled 300 patients.\nhttps://x.example/y"),
            "The study enrolled 300 patients."
        );
    }
}
