//! Related articles: exact answers against a full pass, and the budget's bounds.

use super::*;
use crate::Article;

/// The related articles by a pass over every article, as they were
/// first computed: the finder must answer the same, to the bit.
fn by_full_pass(engine: &Engine, doc: usize, k: usize) -> Vec<Related> {
    let this = engine;
    let n = this.docs.len();
    if doc >= n {
        return Vec::new();
    }
    let blob_offsets = this.related_offsets();
    let terms =
        &this.related_term_ids()[blob_offsets[doc] as usize..blob_offsets[doc + 1] as usize];
    let mut score = vec![0f32; n];
    for &t in terms {
        let p = this.index.postings(t);
        let idf = this.index.idf[t as usize];
        for (i, &d) in p.docs.iter().enumerate() {
            score[d as usize] += idf * p.saturation(i);
        }
    }
    let meta = &this.meta;
    let labels = Labels::new(meta);
    let own_tags = labels.of(doc as u32);
    if !own_tags.is_empty() {
        for (d, s) in score.iter_mut().enumerate() {
            for &t in labels.of(d as u32) {
                if own_tags.contains(&t) {
                    *s += labels.weight(t, n);
                }
            }
        }
    }
    score[doc] = 0.0;
    let mut docs: Vec<u32> = (0..n as u32).filter(|&d| score[d as usize] > 0.0).collect();
    docs.sort_by(|&a, &b| {
        score[b as usize]
            .total_cmp(&score[a as usize])
            .then(meta.date_rank[a as usize].cmp(&meta.date_rank[b as usize]))
    });
    docs.truncate(k);
    docs.into_iter()
        .map(|d| {
            let a = this.docs.get(meta, d as usize);
            Related {
                doc: d,
                permalink: a.permalink.to_owned(),
                title: a.title.to_owned(),
                date: a.date,
                score: score[d as usize],
            }
        })
        .collect()
}

/// A xorshift generator from `seed`: each call gives a number below
/// its argument.
fn xorshift(mut state: u64) -> impl FnMut(u64) -> u64 {
    move |below| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % below
    }
}

/// `n` articles of a few words and of tags drawn unevenly (some on most
/// articles, some on few), from a fixed seed.
pub(super) fn corpus(n: usize) -> Vec<Article> {
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            // Few words from many: few articles share a rare one, so
            // that tags decide most of what is related.
            let words: Vec<String> = (0..8).map(|_| format!("w{}", next(3000))).collect();
            let tags: Vec<String> = (0..next(5))
                .map(|_| format!("t{}", next(12) * next(12) / 12))
                .collect();
            let mut topics: Vec<crate::ArticleTopic> = (0..next(3))
                .map(|_| {
                    let id = format!("k{}", next(20) * next(20) / 20);
                    crate::ArticleTopic {
                        label: id.clone(),
                        id,
                    }
                })
                .collect();
            topics.dedup();
            Article {
                date: Some(
                    format!(
                        "20{:02}-{:02}-{:02}",
                        10 + next(15),
                        1 + next(12),
                        1 + next(28)
                    )
                    .parse()
                    .unwrap(),
                ),
                tags,
                topics,
                ..Article::new(
                    "papers",
                    &format!("a{i}"),
                    &words[..4].join(" "),
                    "",
                    &words.join(" "),
                )
            }
        })
        .collect()
}

#[test]
fn the_finder_answers_as_a_pass_over_every_article_would() {
    let engine = Engine::new(corpus(400));
    let mut finder = RelatedFinder::new(&engine);
    let mut found = 0;
    for doc in 0..400 {
        for k in [1, 5, 40] {
            let related = finder.related(doc, k);
            assert_eq!(related, by_full_pass(&engine, doc, k), "doc {doc}, k {k}");
            found += related.len();
        }
    }
    assert!(
        found > 400 * 20,
        "too little is related to test anything: {found}"
    );
    assert_eq!(engine.related(3, 5), by_full_pass(&engine, 3, 5));
    assert!(finder.related(400, 5).is_empty());
}

#[test]
fn a_bounded_finder_keeps_the_exact_answer_when_every_term_is_rare() {
    let engine = Engine::new(corpus(400));
    // Every term's postings fit: the budget of look-ups never matters.
    let budget = RelatedBudget {
        postings: 24 * 8,
        lookups: 1,
        tag_docs: usize::MAX,
    };
    let rarest_fit = (0..400).all(|doc| {
        let o = engine.related_offsets();
        engine.related_term_ids()[o[doc] as usize..o[doc + 1] as usize]
            .iter()
            .map(|&t| engine.index.postings(t).len())
            .sum::<usize>()
            <= budget.postings
    });
    assert!(rarest_fit, "a term is not rare enough for this test");
    let mut finder = RelatedFinder::with_budget(&engine, budget);
    for doc in 0..400 {
        assert_eq!(
            finder.related(doc, 5),
            by_full_pass(&engine, doc, 5),
            "doc {doc}"
        );
    }
}

/// `n` articles in pairs sharing two words of their own; each article
/// also has about a sixth of 30 common words, and the tag every
/// article has.
fn crowded(n: usize) -> Vec<Article> {
    let mut next = xorshift(0x2545_F491_4F6C_DD1D);
    (0..n)
        .map(|i| {
            let mut words = vec![format!("pair{}a", i / 2), format!("pair{}b", i / 2)];
            words.extend(
                (0..30)
                    .filter(|_| next(6) == 0)
                    .map(|j| format!("common{j}")),
            );
            Article {
                tags: vec!["everywhere".to_owned()],
                ..Article::new("papers", &format!("a{i}"), "", "", &words.join(" "))
            }
        })
        .collect()
}

#[test]
fn terms_in_a_sixth_of_the_articles_do_not_make_a_bounded_finder_quadratic() {
    let budget = RelatedBudget {
        postings: 256,
        lookups: 16,
        tag_docs: 256,
    };
    // Per article: the budget, plus each term's bound computed once.
    let cap = (budget.postings + budget.tag_docs + budget.lookups * 24 + 30) as u64;
    for n in [500, 4000] {
        let engine = Engine::new(crowded(n));
        let mut finder = RelatedFinder::with_budget(&engine, budget);
        for doc in 0..n {
            let related = finder.related(doc, 5);
            // The article sharing its two rare words still comes first.
            assert_eq!(related[0].doc as usize, doc ^ 1, "n {n}, doc {doc}");
        }
        let work = finder.work();
        assert!(work <= cap * n as u64, "n {n}: {work} > {cap} per article");
        // Without a budget, the common words' postings are walked for
        // every article.
        let mut exact = RelatedFinder::new(&engine);
        for doc in 0..n {
            exact.related(doc, 5);
        }
        assert!(
            exact.work() > n as u64 * n as u64 / 2,
            "n {n}: {}",
            exact.work()
        );
    }
}

#[test]
fn a_shared_topic_relates_articles_and_weighs_more_than_a_shared_tag() {
    let topic = |id: &str| crate::ArticleTopic {
        id: id.into(),
        label: id.into(),
    };
    let mut a = Article::new("papers", "a", "Alpha", "", "");
    a.topics = vec![topic("tavi")];
    a.tags = vec!["Valves".into()];
    let mut b = Article::new("papers", "b", "Beta", "", "");
    b.topics = vec![topic("tavi")];
    let mut c = Article::new("papers", "c", "Gamma", "", "");
    c.tags = vec!["Valves".into()];
    let mut d = Article::new("papers", "d", "Delta", "", "");
    d.topics = vec![topic("pe")];
    let e = Engine::new(vec![a, b, c, d]);
    let related = e.related(0, 5);
    let slugs: Vec<&str> = related.iter().map(|r| &r.permalink[8..]).collect();
    assert_eq!(slugs, ["b", "c"]);
    let w = TOPIC_WEIGHT * (1.0f32 + 4.0 / 2.0).ln();
    assert!((related[0].score - w).abs() < 1e-6);
    assert!(related[1].score < related[0].score && TAG_WEIGHT < TOPIC_WEIGHT);
}
