//! What the terminal is told when a command fails: the error and each
//! cause that it does not already say, once, with control characters
//! escaped.

use crate::controls::escape_for_terminal;

/// One line for `error`: its own message, then each cause in its chain
/// that the line does not contain yet (errors that print their source,
/// `{path}: {source}`, and also return it as their source would otherwise
/// say it twice), with every control character escaped.
pub fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut line = error.to_string();
    let mut cause = error.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        cause = c.source();
    }
    escape_for_terminal(&line).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("{path}: {source}")]
    struct Saying {
        path: String,
        source: std::io::Error,
    }

    #[derive(Debug, thiserror::Error)]
    #[error("could not publish")]
    struct Quiet {
        #[source]
        source: std::io::Error,
    }

    #[test]
    fn a_cause_the_message_already_says_is_not_repeated() {
        let e = Saying {
            path: "out/x".into(),
            source: std::io::Error::from_raw_os_error(17),
        };
        let line = describe(&e);
        assert_eq!(line.matches("os error 17").count(), 1, "{line}");
        assert!(line.starts_with("out/x: "));
    }

    #[test]
    fn a_cause_the_message_does_not_say_is_added_once() {
        let e = Quiet {
            source: std::io::Error::other("disk full"),
        };
        assert_eq!(describe(&e), "could not publish: disk full");
    }

    #[test]
    fn control_characters_in_a_message_are_escaped() {
        let e = Saying {
            path: "a\u{1b}[2Jb".into(),
            source: std::io::Error::other("x"),
        };
        assert_eq!(describe(&e), "a\\u{1b}[2Jb: x");
    }
}
