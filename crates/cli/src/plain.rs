//! Plain-text documents (no frontmatter, not Markdown).

/// A plain-text document split into a title and paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainText {
    /// The first non-empty line, whitespace collapsed.
    pub title: String,
    /// 1-based line of the title in the file.
    pub title_line: usize,
    /// The paragraphs after the title (blocks separated by blank lines).
    pub paragraphs: Vec<String>,
}

/// Splits text into a title (its first non-empty line) and paragraphs.
/// Returns `None` when there is no non-empty line.
pub fn parse(text: &str) -> Option<PlainText> {
    let mut lines = text.lines().enumerate();
    let (index, title) = lines.by_ref().find(|(_, l)| !l.trim().is_empty())?;
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for (_, line) in lines {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
    }
    Some(PlainText {
        title: crate::normalize::collapse_whitespace(title),
        title_line: index + 1,
        paragraphs,
    })
}

impl PlainText {
    /// The paragraphs as HTML: escaped text in `<p>`, line breaks kept, bare
    /// URLs and e-mail addresses as links.
    pub fn to_html(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| {
                let html = crate::autolink::escaped_with_links(p);
                format!("<p>{}</p>", html.replace('\n', "<br>"))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The paragraphs' prose as plain text, one paragraph per line: lines
    /// that are only a URL, a credit or a label are left out
    /// ([`crate::reading`]).
    pub fn to_text(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| crate::reading::prose_lines(p).replace('\n', " "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_non_empty_line_is_the_title_and_blank_lines_separate_paragraphs() {
        let doc = parse(
            "\n\n  Information for the public \nignored?\n\nFirst para\nsame para\n\n\nSecond <b>",
        )
        .unwrap();
        assert_eq!(doc.title, "Information for the public");
        assert_eq!(doc.title_line, 3);
        assert_eq!(
            doc.paragraphs,
            ["ignored?", "First para\nsame para", "Second <b>"]
        );
        assert_eq!(
            doc.to_html(),
            "<p>ignored?</p>\n<p>First para<br>same para</p>\n<p>Second &lt;b&gt;</p>"
        );
    }

    #[test]
    fn a_web_address_in_a_paragraph_is_a_link() {
        let doc = parse("Title\n\nSee https://www.nice.org.uk/guidance\nfor more.").unwrap();
        assert_eq!(
            doc.to_html(),
            "<p>See <a href=\"https://www.nice.org.uk/guidance\" rel=\"noopener noreferrer\" target=\"_blank\">https://www.nice.org.uk/guidance</a><br>for more.</p>"
        );
    }

    #[test]
    fn the_text_leaves_out_lines_that_are_only_a_url_or_a_credit() {
        let doc = parse(
            "Title\n\nPhoto : A. Person\nThe trial met its endpoint.\n\nhttps://x.example/story/",
        )
        .unwrap();
        assert_eq!(doc.to_text(), "The trial met its endpoint.");
    }

    #[test]
    fn blank_text_has_no_title() {
        assert_eq!(parse(" \n\n"), None);
    }
}
