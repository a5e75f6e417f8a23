//! Turning a file's bytes into text, and text into frontmatter plus body.

use thiserror::Error;

/// The largest file the builder reads; a larger one is skipped with an error.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a file cannot become an article. Each carries the line it is about, if any.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DocumentError {
    /// The file could not be read.
    #[error("could not read the file: {0}")]
    Io(String),
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("the file is {size} bytes, more than the {MAX_FILE_BYTES} bytes an article may have")]
    TooLarge {
        /// Its size in bytes.
        size: u64,
    },
    /// The file has nothing but whitespace.
    #[error("the file is empty")]
    Empty,
    /// The file has a NUL byte, so it is binary, not text.
    #[error("the file is binary (NUL byte on line {line}), not text")]
    Binary {
        /// The line of the first NUL byte.
        line: usize,
    },
    /// The file is not UTF-8.
    #[error("the file is not valid UTF-8 (line {line}, byte {offset})")]
    NotUtf8 {
        /// The line of the first invalid byte.
        line: usize,
        /// Its offset in the file.
        offset: usize,
    },
    /// `---` opens frontmatter that no later `---` or `...` line closes.
    #[error("the frontmatter opened on line {line} is never closed by a `---` line")]
    UnterminatedFrontmatter {
        /// The line of the opening `---`.
        line: usize,
    },
    /// The frontmatter is not valid YAML.
    #[error("the frontmatter is not valid YAML: {message}")]
    Yaml {
        /// The line in the file (not in the frontmatter).
        line: usize,
        /// What the YAML parser said.
        message: String,
    },
    /// The frontmatter nests `[` and `{` deeper than the builder reads.
    #[error(
        "the frontmatter nests lists and maps more than {} deep",
        crate::limits::MAX_FRONTMATTER_DEPTH
    )]
    FrontmatterTooDeep {
        /// The line where it goes past the limit.
        line: usize,
    },
    /// The frontmatter parses, but is a list or a scalar instead of keys and values.
    #[error("the frontmatter is not a mapping of keys to values")]
    NotMapping {
        /// The first line of the frontmatter.
        line: usize,
    },
}

impl DocumentError {
    /// The 1-based line in the file this error is about, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            Self::Binary { line }
            | Self::NotUtf8 { line, .. }
            | Self::UnterminatedFrontmatter { line }
            | Self::Yaml { line, .. }
            | Self::FrontmatterTooDeep { line }
            | Self::NotMapping { line } => Some(*line),
            Self::Io(_) | Self::TooLarge { .. } | Self::Empty => None,
        }
    }
}

/// A document split into its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines, if the document has frontmatter.
    pub frontmatter: Option<Frontmatter<'a>>,
    /// Everything after the frontmatter (or the whole text).
    pub body: &'a str,
}

/// The YAML text of a frontmatter block and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frontmatter<'a> {
    /// The YAML, without the `---` lines.
    pub yaml: &'a str,
    /// The file line of the YAML's first line (the line after the opening `---`).
    pub first_line: usize,
}

/// Checks that `bytes` are text and returns them as a `str`, without a BOM.
pub fn decode(bytes: &[u8]) -> Result<&str, DocumentError> {
    let line_at = |offset: usize| 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(DocumentError::Binary { line: line_at(pos) });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| DocumentError::NotUtf8 {
        line: line_at(e.valid_up_to()),
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DocumentError::Empty);
    }
    Ok(text)
}

/// Splits YAML frontmatter (between a first line `---` and a line `---` or `...`)
/// from the body. Line ends may be `\n` or `\r\n`.
pub fn split(text: &str) -> Result<Split<'_>, DocumentError> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return Ok(Split {
            frontmatter: None,
            body: text,
        });
    };
    if first.trim_end() != "---" {
        return Ok(Split {
            frontmatter: None,
            body: text,
        });
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for line in lines {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Ok(Split {
                frontmatter: Some(Frontmatter {
                    yaml: &text[yaml_start..offset],
                    first_line: 2,
                }),
                body: &text[offset + line.len()..],
            });
        }
        offset += line.len();
    }
    Err(DocumentError::UnterminatedFrontmatter { line: 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frontmatter_is_split_from_the_body() {
        let s = split("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!(s.frontmatter.unwrap().yaml, "title: A\n");
        assert_eq!(s.body, "Body\n");
    }

    #[test]
    fn crlf_line_ends_are_understood() {
        let s = split("---\r\ntitle: A\r\n---\r\nBody\r\n").unwrap();
        assert_eq!(s.frontmatter.unwrap().yaml, "title: A\r\n");
        assert_eq!(s.body, "Body\r\n");
    }

    #[test]
    fn a_document_without_frontmatter_is_all_body() {
        let s = split("Title\n\n---\n").unwrap();
        assert!(s.frontmatter.is_none());
        assert_eq!(s.body, "Title\n\n---\n");
    }

    #[test]
    fn unterminated_frontmatter_names_its_opening_line() {
        assert_eq!(
            split("---\ntitle: A\nBody\n"),
            Err(DocumentError::UnterminatedFrontmatter { line: 1 })
        );
    }

    #[test]
    fn a_bom_is_dropped_and_binary_or_invalid_bytes_are_refused_with_their_line() {
        assert_eq!(decode("\u{feff}---\n".as_bytes()), Ok("---\n"));
        assert_eq!(decode(b"a\nb\0c"), Err(DocumentError::Binary { line: 2 }));
        assert_eq!(
            decode(b"a\n\nb\xffc"),
            Err(DocumentError::NotUtf8 { line: 3, offset: 4 })
        );
        assert_eq!(decode(b" \n\t"), Err(DocumentError::Empty));
    }
}
