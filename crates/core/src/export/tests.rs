use super::*;

fn record() -> Record {
    Record {
        title: "Impella pump approved, for \"children\"".into(),
        date: Some("2024-12-13".parse().unwrap()),
        url: "https://x.org/veille/papers/impella".into(),
        source: Some("cardiovascularnews.com".into()),
        tags: vec!["FDA".into(), "R&D".into()],
        collection: "papers".into(),
        summary: Some("Line one\nline two".into()),
    }
}

#[test]
fn csv_quotes_fields_with_commas_quotes_and_line_breaks() {
    let csv = ExportFormat::Csv.render(&[record()]);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("title,date,url,source,tags,collection,summary")
    );
    assert_eq!(
        lines.next(),
        Some("\"Impella pump approved, for \"\"children\"\"\",2024-12-13,https://x.org/veille/papers/impella,cardiovascularnews.com,FDA; R&D,papers,\"Line one\nline two\"")
    );
}

#[test]
fn json_is_an_array_with_iso_dates() {
    let json: serde_json::Value =
        serde_json::from_str(&ExportFormat::Json.render(&[record(), Record::default()])).unwrap();
    assert_eq!(json[0]["date"], "2024-12-13");
    assert_eq!(json[1]["date"], serde_json::Value::Null);
    assert_eq!(json.as_array().unwrap().len(), 2);
}

#[test]
fn ris_and_bibtex_have_one_entry_per_article() {
    let two = [record(), record()];
    let ris = ExportFormat::Ris.render(&two);
    assert_eq!(ris.matches("TY  - ELEC").count(), 2);
    assert_eq!(ris.matches("ER  - ").count(), 2);
    assert!(ris.contains("DA  - 2024/12/13\r\n"), "{ris}");
    assert!(ris.contains("AB  - Line one line two\r\n"), "{ris}");
    let bib = ExportFormat::Bibtex.render(&two);
    assert_eq!(bib.matches("@online{").count(), 2);
    assert!(bib.contains("@online{impella2024_1,"), "{bib}");
    assert!(bib.contains("@online{impella2024_2,"), "{bib}");
    assert!(bib.contains("keywords = {FDA, R\\&D},"), "{bib}");
}

#[test]
fn citations_in_vancouver_and_apa() {
    let cited = "2026-12-07".parse().unwrap();
    assert_eq!(
        vancouver(&record(), "Veille", cited),
        "Impella pump approved, for \"children\". cardiovascularnews.com [Internet]. 2024 Dec 13 [cited 2026 Dec 7]. Available from: https://x.org/veille/papers/impella"
    );
    assert_eq!(
        apa(&record(), "Veille", cited),
        "Impella pump approved, for \"children\". (2024, December 13). cardiovascularnews.com. Retrieved December 7, 2026, from https://x.org/veille/papers/impella"
    );
}

#[test]
fn the_file_name_says_what_was_filtered() {
    let q = Query::from_query_string("q=stent+graft&tag=France&year=2023&year=2024");
    assert_eq!(
        file_name("Veille cardio", &q, ExportFormat::Csv),
        "veille-cardio-stent-graft-france-2023-2024.csv"
    );
    assert_eq!(
        file_name("", &Query::default(), ExportFormat::Ris),
        "articles.ris"
    );
}

#[test]
fn records_are_every_result_of_every_page() {
    let articles: Vec<crate::Article> = (0..45)
        .map(|i| {
            let mut a = crate::Article::new(
                "papers",
                &format!("a{i}"),
                &format!("Stent {i}"),
                "",
                "stent",
            );
            a.date = Some(format!("2024-01-{:02}", i % 28 + 1).parse().unwrap());
            a
        })
        .collect();
    let engine = Engine::new(articles);
    let q = Query::from_query_string("q=stent&page=2");
    let all = records(&engine, &q, "https://x.org");
    assert_eq!(all.len(), 45);
    assert!(
        all[0].url.starts_with("https://x.org/papers/a"),
        "{}",
        all[0].url
    );
}
