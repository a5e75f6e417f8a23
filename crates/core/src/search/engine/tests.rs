use super::*;
use crate::ArticleDate;

fn article(i: usize, date: Option<&str>) -> Article {
    Article {
        slug: format!("a{i}"),
        collection: if i.is_multiple_of(3) {
            "papers"
        } else {
            "articles"
        }
        .into(),
        permalink: format!("/papers/a{i}"),
        title: format!("Title {i}"),
        date: date.map(|d| d.parse::<ArticleDate>().unwrap()),
        published_label: None,
        summary: None,
        source_url: None,
        source_host: i.is_multiple_of(2).then(|| "fda.gov".to_owned()),
        tags: vec![format!("t{}", i % 4)],
        image_url: None,
        image_credit: None,
        body_html: String::new(),
        body_text: String::new(),
        extra: Default::default(),
        also: Vec::new(),
        topics: Vec::new(),
    }
}

/// A deterministic pseudo-random source for tests: `rand(m)` is in `0..m`.
pub(crate) fn seeded(seed: u64) -> impl FnMut(u64) -> u64 {
    let mut x = seed;
    move |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    }
}

#[test]
fn bitset_counting_gives_exactly_the_per_match_counts() {
    let mut rand = seeded(7);
    let words = ["stent", "valve", "heart", "implant", "renal", "trial"];
    let articles: Vec<Article> = (0..3000)
        .map(|i| {
            let mut a = article(i, None);
            a.title = (0..3)
                .map(|_| words[rand(6) as usize])
                .collect::<Vec<_>>()
                .join(" ");
            a.tags = (0..rand(4))
                .map(|_| format!("t{}", rand(90) * rand(90) / 89))
                .collect();
            a.tags.sort();
            a.tags.dedup();
            a.topics = (0..rand(3))
                .map(|_| {
                    let id = format!("k{}", rand(30) * rand(30) / 29);
                    crate::ArticleTopic {
                        label: id.to_uppercase(),
                        id,
                    }
                })
                .collect();
            a.source_host = (rand(5) > 0).then(|| format!("s{}.org", rand(7)));
            a.date = match rand(20) {
                0 => None,
                1 => "2325-01-02".parse().ok(),
                _ => format!(
                    "{}-{:02}-{:02}",
                    2000 + rand(25),
                    1 + rand(12),
                    1 + rand(28)
                )
                .parse()
                .ok(),
            };
            a
        })
        .collect();
    let e = Engine::new(articles);
    let queries = [
        "q=stent",
        "q=stent+valve+",
        "q=he",
        "q=stent&tag=t0",
        "q=stent&tag=t0&tag=t3&year=2010",
        "tag=t1&source=s2.org",
        "year=2325",
        "collection=papers&sort=oldest",
        "q=valve&from=2005-03-01&to=2012-12-31",
        "q=heart&tag=nope&source=s1.org&page=3",
        "q=-stent&year=2001&year=2002&sort=newest",
        // Most documents match: counted from the documents that do not.
        "q=stent+OR+valve+OR+renal",
        "q=stent+OR+valve+OR+renal&year=2010&year=2325",
        "q=stent+OR+valve+OR+renal&tag=t0&from=2003-01-01",
        "source=s2.org&year=2004",
        "topic=k0&topic=k3",
        "q=stent+OR+valve+OR+renal&topic=k1&tag=t0",
        "q=stent&topic=k2&year=2010",
    ];
    for qs in queries {
        let q = Query::from_query_string(qs);
        DENSE_OVERRIDE.with(|c| c.set(Some(false)));
        let slow = e.search_uncached(&q, usize::MAX).0;
        DENSE_OVERRIDE.with(|c| c.set(Some(true)));
        let fast = e.search_uncached(&q, usize::MAX).0;
        DENSE_OVERRIDE.with(|c| c.set(None));
        assert_eq!(fast, slow, "{qs}");
    }
}

#[test]
fn an_engine_can_be_shared_across_threads_and_stored_in_reactive_state() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Engine>();
    assert_send_sync::<Results>();
}

#[test]
fn the_cached_first_screen_equals_the_computed_one_for_every_sort_and_page() {
    let dates = [
        Some("2020-01-01"),
        None,
        Some("2021-06-01"),
        Some("2325-01-01"),
        None,
    ];
    let articles: Vec<Article> = (0..47).map(|i| article(i, dates[i % 5])).collect();
    let e = Engine::new(articles);
    for sort in [Sort::Relevance, Sort::Newest, Sort::Oldest] {
        for page in 1..=4 {
            let q = Query {
                sort,
                page,
                ..Query::default()
            };
            assert_eq!(
                e.search(&q),
                e.search_uncached(&q, usize::MAX).0,
                "{sort:?} page {page}"
            );
        }
    }
}

#[test]
fn a_search_in_two_steps_gives_the_page_one_search_gives() {
    let articles: Vec<Article> = (0..47)
        .map(|i| Article {
            body_text: format!(
                "The {} valve trial enrolled {i} patients.",
                ["heart", "aortic"][i % 2]
            ),
            ..article(i, [Some("2020-01-01"), None, Some("2021-06-01")][i % 3])
        })
        .collect();
    let e = Engine::new(articles);
    for qs in [
        "",
        "q=valve",
        "q=hear",
        "q=heart+trial&tag=t1",
        "q=valve&page=3",
        "sort=oldest&page=2",
        "tag=t2",
    ] {
        let q = Query::from_query_string(qs);
        let whole = e.search(&q);
        assert_eq!(whole.page_len(), whole.hits.len(), "{qs}");
        for first in [0, 1, 5, 20, usize::MAX] {
            let (mut results, more) = e.search_first(&q, first);
            assert_eq!(
                results.hits.len(),
                first.min(whole.hits.len()),
                "{qs} first {first}"
            );
            assert_eq!(
                results.hits.len() + more.len(),
                whole.hits.len(),
                "{qs} first {first}"
            );
            assert_eq!(results.page_len(), whole.hits.len(), "{qs} first {first}");
            results.hits.extend(e.more_hits(&more));
            assert_eq!(results, whole, "{qs} first {first}");
        }
    }
}
