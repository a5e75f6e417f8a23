//! Tests of [`super`]: reading frontmatter fields.

use super::*;

fn read_yaml(yaml: &str) -> (Fields, Vec<FieldIssue>) {
    let fm = Frontmatter {
        yaml,
        first_line: 2,
    };
    let mut issues = Vec::new();
    let fields = read(parse_yaml(&fm).unwrap(), &fm, &mut issues);
    (fields, issues)
}

#[test]
fn astro_keys_are_read_and_entities_decoded() {
    let (f, issues) = read_yaml(
        "title: \"A &#38; B\"\ndate: \"2023-12-14T12:52:18.000Z\"\npublishedDate: \"14 décembre 2023\"\nsummary: \"x [&#8230;]\"\nsourceUrl: \"https://www.example.com/a\"\ntags: [\"France\", \"Actualité\", \"actualite\"]\npermalink: \"/papers/a-b\"\nimportance: \"\"\n",
    );
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(f.title.as_deref(), Some("A & B"));
    assert_eq!(f.date.unwrap().to_string(), "2023-12-14T12:52:18Z");
    assert_eq!(f.summary.as_deref(), Some("x […]"));
    assert_eq!(
        f.source,
        Some(("https://www.example.com/a".into(), "example.com".into()))
    );
    assert_eq!(f.tags, ["France", "Actualité"]);
    assert_eq!(f.permalink.as_deref(), Some("/papers/a-b"));
    assert_eq!(f.extra.get("importance"), Some(&serde_json::json!("")));
}

#[test]
fn hugo_and_jekyll_aliases_and_comma_separated_tags_are_read() {
    let (f, _) = read_yaml("title: T\ndate: 2024-01-05\ndescription: D\nurl: http://x.org/\ncategories: a, b ,A\nslug: my-post\nimage: https://x.org/i.png\n");
    assert_eq!(f.summary.as_deref(), Some("D"));
    assert_eq!(f.tags, ["a", "b"]);
    assert_eq!(f.permalink.as_deref(), Some("my-post"));
    assert_eq!(f.image_url.as_deref(), Some("https://x.org/i.png"));
    assert_eq!(f.date.unwrap().to_string(), "2024-01-05");
}

#[test]
fn junk_and_non_http_values_are_dropped_with_a_warning_on_their_line() {
    let (f, issues) =
        read_yaml("title: T\nsourceUrl: \"[object Object]\"\nimageUrl: \"javascript:alert(1)\"\n");
    assert_eq!(f.source, None);
    assert_eq!(f.image_url, None);
    let got: Vec<_> = issues.iter().map(|i| (i.line, i.kind)).collect();
    assert_eq!(got, [(Some(3), Kind::JunkValue), (Some(4), Kind::BadUrl)]);
}

#[test]
fn yaml_errors_name_the_line_in_the_file() {
    let fm = Frontmatter {
        yaml: "title: ok\ntags: [a, b\n",
        first_line: 2,
    };
    let err = parse_yaml(&fm).unwrap_err();
    assert_eq!(
        err,
        DocumentError::Yaml {
            line: 4,
            message: "did not find expected ',' or ']' at line 4 column 1, while parsing a flow sequence at line 3 column 7".into()
        }
    );
}

#[test]
fn a_duplicate_key_is_reported_on_its_second_line() {
    let fm = Frontmatter {
        yaml: "title: a\ndate: 2024-01-01\ntitle: b\n",
        first_line: 2,
    };
    assert_eq!(
        parse_yaml(&fm).unwrap_err(),
        DocumentError::Yaml {
            line: 4,
            message: "duplicate entry with key \"title\"".into()
        }
    );
}
