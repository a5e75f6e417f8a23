//! The builder on a small hand-written dirty corpus in the repository
//! (`tests/fixtures/dirty/`), so that what the publisher's real corpus
//! exercises is also tested on a bare clone. All its text is invented.
//!
//! Two collections written the way different generators write them:
//! `news/` as Astro does (`date` with a zone, `publishedDate` in French,
//! `sourceUrl`, `tags`, `permalink`, `imageUrl`, `imageCredit`) and `posts/`
//! as Hugo and Jekyll do (`description`, `url`, comma-separated
//! `categories`, `slug`, `image`, `draft`, a `.markdown` file). Between them:
//! HTML entities (also encoded twice, or miscased) in titles, summaries, tags
//! and bodies; empty and placeholder fields; a date in 2325; a day that does
//! not exist; missing dates and a date given only in words; the same story in
//! both collections, and a second copy of one file; odd tags; a bad YAML
//! line; a draft; an empty file; a plain `.txt` document; a script in a body;
//! a hidden file and a file that is not an article.

use veille_cli::build::{build, BuildOptions};
use veille_cli::report::Report;
use veille_core::{Article, Bundle};

use crate::util::fixture;

/// The dirty fixture, built once with the default options; the diagnostics
/// are written as the binary prints them, with paths under the fixture.
fn built() -> &'static (Bundle, Report, Vec<String>) {
    static BUILT: std::sync::OnceLock<(Bundle, Report, Vec<String>)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let input = fixture("dirty");
        let (bundle, report) = build(&BuildOptions {
            inputs: vec![input.clone()],
            out: out.path().to_path_buf(),
            quiet: true,
            ..BuildOptions::default()
        })
        .unwrap();
        let root = format!("{}/", input.display());
        let lines = report
            .diagnostics
            .iter()
            .map(|d| d.to_string().replace(&root, ""))
            .collect();
        (bundle, report, lines)
    })
}

fn article(collection: &str, slug: &str) -> &'static Article {
    built()
        .0
        .find(collection, slug)
        .unwrap_or_else(|| panic!("no article /{collection}/{slug}"))
}

#[test]
fn every_file_of_the_dirty_fixture_is_accounted_for_with_the_diagnostics_expected() {
    let (bundle, report, lines) = built();
    assert_eq!(
        lines,
        &[
            "news/2024-04-10-pocket-ecg-copy.md:5: warning[duplicate]: same permalink `/news/2024-04-10-pocket-ecg` as `news/2024-04-10-pocket-ecg.md` (dropped; `news/2024-04-10-pocket-ecg.md` is kept (more complete))",
            "news/2024-05-20-sensor-patch.md:4: warning[junk_value]: `publishedDate` holds the placeholder `NaN` (field dropped)",
            "news/2024-05-20-sensor-patch.md:7: warning[junk_value]: `sourceUrl` holds the placeholder `[object Object]` (field dropped)",
            "news/2024-05-20-sensor-patch.md:10: warning[junk_value]: `imageUrl` holds the placeholder `undefined` (field dropped)",
            "news/2325-01-15-orbital-clinic.md:3: warning[future_date]: the date 2325-01-15T08:00:00Z is after 2100 (--max-year), probably a typo (date kept as written)",
            "news/clinic-bulletin.txt:1: warning[undated]: the document has no date (built as undated)",
            "posts/2024-06-02-ward-robots.markdown:6: warning[bad_url]: `image: /assets/ward-robots.png` is not an http(s) URL (field dropped)",
            "posts/broken-colon.md:2: error[yaml]: the frontmatter is not valid YAML: mapping values are not allowed in this context at line 2 column 20 (file skipped)",
            "posts/draft-infusion-pump.md:4: note[draft]: the document is a draft (skipped (build with --drafts to include it))",
            "posts/empty.md: error[empty]: the file is empty (file skipped)",
            "posts/leap-day-typo.md:1: warning[undated]: the document has no date (built as undated)",
            "posts/leap-day-typo.md:3: warning[bad_date]: `date: 2023-02-29` is not a date (date dropped)",
            "posts/lumeo-valve-results.md:5: warning[duplicate]: same source URL `http://example.com/cardio/lumeo-valve-trial?utm_campaign=weekly` as `news/2024-02-03-lumeo-valve-trial.md` (dropped; `news/2024-02-03-lumeo-valve-trial.md` is kept (earlier date))",
            "posts/no-title.md:1: warning[missing_title]: the frontmatter has no title (title taken from the first line of the text)",
            "posts/odd-tags.md:5: warning[wrong_type]: `tags` should be a list or comma-separated text (field dropped)",
            "posts/undated-field-notes.md:1: warning[undated]: the document has no date (built as undated)",
        ]
    );
    // The hidden file is not counted; the SVG is counted as ignored.
    assert_eq!(report.files_read, 17);
    assert_eq!(report.articles_written, 12);
    assert_eq!(report.files_skipped, 3);
    assert_eq!(report.duplicates_merged, 2);
    assert_eq!(report.other_files_ignored, 1);
    assert_eq!((report.warnings, report.errors), (13, 2));
    assert!(report.reconciles(), "{report:?}");
    assert_eq!(bundle.articles.len(), 12);
}

#[test]
fn entities_in_titles_summaries_tags_credits_and_bodies_are_decoded() {
    let a = article("news", "2024-02-03-lumeo-valve-trial");
    assert_eq!(
        a.title,
        "Lumeo valve trial: R&D spending – and the patients’ view"
    );
    assert_eq!(
        a.summary.as_deref(),
        Some("A two-year follow-up of the Lumeo valve & its delivery system reports fewer repeat procedures than expected […]")
    );
    assert_eq!(a.image_credit.as_deref(), Some("Photo © Example Imaging"));
    assert_eq!(a.published_label.as_deref(), Some("3 février 2024"));
    // Entities in the body, including `&amp;#8217;` and `&Amp;quot;`.
    // The `L’essentiel` label is in the HTML, not in the search text.
    assert!(!a.body_text.contains("L’essentiel"), "{}", a.body_text);
    assert!(
        a.body_text
            .contains("two years & counted repeat procedures, strokes and hospital stays. The sponsor’s summary calls the results \"encouraging\"."),
        "{}",
        a.body_text
    );
    assert!(
        a.body_html.contains("<h2>L’essentiel</h2>"),
        "{}",
        a.body_html
    );
}

#[test]
fn tags_are_cleaned_deduplicated_regardless_of_case_and_accents_and_rid_of_junk() {
    // `["Valves", "R&amp;D", "valves", "", "null", " Cardiologie "]`
    assert_eq!(
        article("news", "2024-02-03-lumeo-valve-trial").tags,
        ["Valves", "R&D", "Cardiologie"]
    );
    // `categories: "Imaging, imaging ,  , Été, ete, undefined"` and `tags`
    // given as a mapping (dropped with a warning).
    assert_eq!(article("posts", "imaging-roundup").tags, ["Imaging", "Été"]);
    // `categories: [Events, "events", Devices]`
    assert_eq!(
        article("posts", "undated-field-notes").tags,
        ["Events", "Devices"]
    );
}

#[test]
fn a_date_in_2325_is_kept_as_written_with_a_warning() {
    let a = article("news", "2325-01-15-orbital-clinic");
    assert_eq!(a.date.unwrap().to_string(), "2325-01-15T08:00:00Z");
    let (bundle, ..) = built();
    assert_eq!(bundle.articles[0].slug, a.slug, "the newest article");
}

#[test]
fn the_same_story_in_two_collections_is_one_article_the_earliest() {
    let kept = article("news", "2024-02-03-lumeo-valve-trial");
    assert_eq!(
        kept.source_url.as_deref(),
        Some("https://www.example.com/cardio/lumeo-valve-trial/?utm_source=feed&utm_medium=rss")
    );
    assert_eq!(kept.source_host.as_deref(), Some("example.com"));
    let (bundle, ..) = built();
    assert!(bundle.find("posts", "lumeo-valve-results").is_none());
    let lumeo = bundle
        .articles
        .iter()
        .filter(|a| a.title.contains("Lumeo"))
        .count();
    assert_eq!(lumeo, 1);
}

#[test]
fn a_second_copy_under_the_same_permalink_gives_way_to_the_more_complete_file() {
    let a = article("news", "2024-04-10-pocket-ecg");
    assert_eq!(a.tags, ["ECG", "Wearables"]);
    assert_eq!(a.image_credit.as_deref(), Some("Example News"));
    let (bundle, ..) = built();
    let copies = bundle
        .articles
        .iter()
        .filter(|a| a.permalink == "/news/2024-04-10-pocket-ecg")
        .count();
    assert_eq!(copies, 1);
}

#[test]
fn empty_and_placeholder_fields_count_as_absent_and_whitespace_is_collapsed() {
    let a = article("news", "2024-05-20-sensor-patch");
    assert_eq!(a.title, "A glucose sensor patch that lasts a fortnight");
    assert_eq!(a.published_label, None);
    assert_eq!(a.summary, None);
    assert_eq!(a.source_url, None);
    assert_eq!(a.source_host, None);
    assert_eq!(a.image_url, None);
    assert_eq!(a.image_credit, None);
    assert!(a.tags.is_empty());
    assert_eq!(a.extra.get("importance"), Some(&serde_json::json!("")));
    assert_eq!(a.date.unwrap().to_string(), "2024-05-20T07:30:00Z");
}

#[test]
fn missing_and_impossible_dates_give_undated_articles_and_a_french_label_gives_the_day() {
    assert_eq!(article("posts", "undated-field-notes").date, None);
    assert_eq!(article("posts", "leap-day-typo").date, None);
    assert_eq!(
        article("news", "2024-05-01-mobile-cath-lab")
            .date
            .unwrap()
            .to_string(),
        "2024-05-01"
    );
    // Offsets are converted to UTC; a bare day stays a day.
    assert_eq!(
        article("posts", "imaging-roundup")
            .date
            .unwrap()
            .to_string(),
        "2024-07-01T08:00:00Z"
    );
    assert_eq!(
        article("posts", "no-title").date.unwrap().to_string(),
        "2024-03-20"
    );
    // Undated articles come last.
    let (bundle, ..) = built();
    let dated: Vec<bool> = bundle.articles.iter().map(|a| a.date.is_some()).collect();
    assert_eq!(dated.iter().filter(|d| !**d).count(), 3);
    assert!(dated.windows(2).all(|w| w[0] || !w[1]), "{dated:?}");
}

#[test]
fn the_plain_text_document_is_titled_by_its_first_line_in_its_folders_collection() {
    let a = article("news", "clinic-bulletin");
    assert_eq!(a.title, "Clinic bulletin for the spring");
    assert_eq!(a.date, None);
    assert!(
        a.body_html
            .starts_with("<p>The invented clinic will open its new imaging room in April.</p>"),
        "{}",
        a.body_html
    );
}

#[test]
fn a_missing_title_is_taken_from_the_first_line_and_other_keys_are_kept_as_extra() {
    assert_eq!(
        article("posts", "no-title").title,
        "Ward robots deliver linen at night"
    );
    let jekyll = article("posts", "2024-06-02-ward-robots");
    assert_eq!(jekyll.title, "Ward robots learn the lifts");
    assert_eq!(jekyll.tags, ["robotics"]);
    assert_eq!(jekyll.image_url, None);
    assert_eq!(jekyll.extra.get("layout"), Some(&serde_json::json!("post")));
}

#[test]
fn scripts_handlers_and_javascript_links_in_a_body_never_reach_the_bundle() {
    let a = article("news", "2024-06-11-dashboard-audit");
    for bad in ["<script", "alert", "onerror", "javascript:"] {
        assert!(!a.body_html.contains(bad), "{bad} in {}", a.body_html);
        assert!(!a.body_text.contains(bad), "{bad} in {}", a.body_text);
    }
    assert!(
        a.body_html
            .contains(r#"<img src="https://news.example.org/chart.png">"#),
        "{}",
        a.body_html
    );
}
