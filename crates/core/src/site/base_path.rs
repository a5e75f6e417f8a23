//! The site's base path: the sub-path a site is published under
//! (`https://user.github.io/veille/` → `/veille`).

/// `raw` as a base path: a leading slash and no trailing one, or empty at
/// the root. `/veille/`, `veille` and ` /veille ` → `/veille`; `/` and ``
/// → ``. Only surrounding white space and slashes are removed: the builder
/// checks the segments themselves before it writes a base path.
///
/// `index.html` repeats this in JavaScript (it runs before the app's code);
/// the cases in `base_path_cases.json` hold both to the same answers.
pub fn normalize_base_path(raw: &str) -> String {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_base_path;

    /// The cases `e2e/base-path.test.mjs` also runs `index.html`'s script on.
    const CASES: &str = include_str!("base_path_cases.json");

    #[test]
    fn base_paths_have_a_leading_slash_and_no_trailing_one() {
        let cases: Vec<(String, String)> = serde_json::from_str(CASES).unwrap();
        assert!(cases.len() >= 5);
        for (raw, expected) in cases {
            assert_eq!(normalize_base_path(&raw), expected, "{raw:?}");
        }
    }
}
