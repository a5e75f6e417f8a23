use super::*;

fn read(text: &str) -> Result<Taxonomy, TaxonomyError> {
    parse(text, Path::new("content/topics.yaml"))
}

#[test]
fn a_topic_is_added_with_its_aliases_french_label_and_id() {
    let t = read(
        "topics:\n  - label: drug-coated balloon (DCB)\n    label_fr: ballon actif\n    aliases: [DCBs, drug-eluting balloon]\n",
    )
    .unwrap();
    assert!(t.derive);
    let topic = &t.topics[0];
    assert_eq!(topic.label, "drug-coated balloon (DCB)");
    assert_eq!(topic.label_fr.as_deref(), Some("ballon actif"));
    assert_eq!(topic.acronyms, vec!["DCB".to_string(), "DCBs".to_string()]);
    let keys: Vec<(&str, bool)> = topic
        .keys
        .iter()
        .map(|k| (k.text.as_str(), k.acronym))
        .collect();
    assert_eq!(
        keys,
        vec![
            ("drug coated balloon", false),
            ("dcb", true),
            ("drug eluting balloon", false)
        ]
    );
}

#[test]
fn stop_terms_and_derive_false_are_read() {
    let t = read("derive: false\nstop: [Press Releases, FDA]\n").unwrap();
    assert!(!t.derive);
    assert_eq!(t.stop, vec!["press release".to_string(), "fda".to_string()]);
    assert_eq!(read("").unwrap(), Taxonomy::default());
}

#[test]
fn an_unknown_key_names_the_file_and_line() {
    let e = read("topics:\n  - label: TAVI\n    alias: [TAVR]\n").unwrap_err();
    let text = e.to_string();
    assert!(text.starts_with("content/topics.yaml:3: "), "{text}");
    assert!(text.contains("alias"), "{text}");
}

#[test]
fn bad_yaml_names_the_file_and_line() {
    let e = read("derive: true\ntopics:\n  - label: [unclosed\n").unwrap_err();
    assert!(
        matches!(e, TaxonomyError::Invalid { line, .. } if line >= 3),
        "{e}"
    );
}

#[test]
fn an_empty_alias_and_a_repeated_label_are_refused_with_their_line() {
    let e = read("topics:\n  - label: TAVI\n    aliases: ['--']\n").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("content/topics.yaml:3: the alias"),
        "{e}"
    );
    let e = read("topics:\n  - label: Stents\n  - label: stents\n").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("content/topics.yaml:3: two topics"),
        "{e}"
    );
}

#[test]
fn a_missing_file_is_a_read_error_naming_it() {
    let e = load(Path::new("/nonexistent/topics.yaml")).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("/nonexistent/topics.yaml: cannot read"),
        "{e}"
    );
}

#[test]
fn the_file_is_found_at_the_root_of_an_input_folder_unless_given() {
    let dir = tempfile::tempdir().unwrap();
    let with = dir.path().join("with");
    std::fs::create_dir_all(&with).unwrap();
    std::fs::write(with.join(TAXONOMY_FILE), "stop: [x]\n").unwrap();
    let inputs = vec![dir.path().join("without"), with.clone()];
    assert_eq!(find(None, &inputs), Some(with.join(TAXONOMY_FILE)));
    let given = Path::new("elsewhere.yaml");
    assert_eq!(find(Some(given), &inputs), Some(given.to_owned()));
    assert_eq!(find(None, &inputs[..1]), None);
}
