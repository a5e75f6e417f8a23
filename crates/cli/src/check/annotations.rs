//! GitHub Actions workflow commands for diagnostics: `::error file=…,line=…,
//! title=…::message`, which GitHub shows on the file's line in a pull
//! request's "Files changed" and in the run's summary. Values are escaped
//! as the runner unescapes them (`%`, CR, LF in the message; also `:` and
//! `,` in properties).

use crate::report::{Diagnostic, Severity};

/// The workflow command for `d`: `error` for errors, `warning` for
/// warnings, `notice` for notes; the title names the kind.
pub fn annotation(d: &Diagnostic) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let file = d.path.strip_prefix("./").unwrap_or(&d.path);
    let kind = serde_json::to_value(d.kind).ok();
    let kind = kind.as_ref().and_then(|k| k.as_str()).unwrap_or("problem");
    let mut props = format!("file={}", property(file));
    if let Some(line) = d.line {
        props.push_str(&format!(",line={line}"));
    }
    props.push_str(&format!(",title={}", property(&format!("veille: {kind}"))));
    format!(
        "::{command} {props}::{}",
        data(&format!("{} ({})", d.message, d.action))
    )
}

/// A message, escaped as the runner reads it.
pub fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value, escaped as the runner reads it.
pub fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::report::Kind;

    #[test]
    fn a_warning_names_its_file_line_and_kind() {
        let d = Diagnostic::new(
            Path::new("./src/content/papers/a.md"),
            Some(3),
            Severity::Warning,
            Kind::BadDate,
            "`date`: 2024-02-30 is not a date",
            "left undated",
        );
        assert_eq!(
            annotation(&d),
            "::warning file=src/content/papers/a.md,line=3,title=veille%3A bad_date::`date`: 2024-02-30 is not a date (left undated)"
        );
    }

    #[test]
    fn percent_newlines_colons_and_commas_are_escaped_where_the_runner_expects() {
        assert_eq!(data("100% done\r\nnext"), "100%25 done%0D%0Anext");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
        let d = Diagnostic::new(
            Path::new("odd, name:x.md"),
            None,
            Severity::Error,
            Kind::Yaml,
            "line\nbreak",
            "skipped",
        );
        assert_eq!(
            annotation(&d),
            "::error file=odd%2C name%3Ax.md,title=veille%3A yaml::line%0Abreak (skipped)"
        );
    }
}
