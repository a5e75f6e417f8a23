//! The figures issue 25 accepts topics by, measured on a corpus: how many
//! topics, how many articles have one, how many each has, whether two
//! topics have nearly the same articles, and how stable they are when the
//! newest tenth of the articles is added.

use std::fmt;

use veille_core::Article;

use super::context::feed_keys;
use super::fold::phrase_key;
use super::overlap::jaccard;
use super::vocab::{is_generic_alone, is_proper_name};
use super::{derive, Derived, Options};

/// The acceptance figures of a corpus's topics.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Articles.
    pub articles: usize,
    /// Topics.
    pub topics: usize,
    /// Share of the articles with at least one topic.
    pub covered: f64,
    /// Topics per article, on average.
    pub per_article: f64,
    /// The most topics an article has.
    pub most: usize,
    /// Labels that are a generic word, a known place or name, or a feed's name.
    pub bad_labels: Vec<String>,
    /// Pairs of topics whose articles overlap with a Jaccard index of 0.8 or more.
    pub twins: Vec<(String, String)>,
    /// Share of the topics of the oldest 90 % that the whole corpus keeps.
    pub topics_kept: f64,
    /// Share of the oldest 90 % of articles whose topic list is unchanged by the newest 10 %.
    pub lists_kept: f64,
}

/// Measures `articles` (the stability with the newest tenth taken out by date).
pub fn measure(articles: &[Article], opts: &Options) -> Figures {
    let all = derive(articles, opts);
    let mut by_date: Vec<&Article> = articles.iter().collect();
    by_date.sort_by(|a, b| a.date.cmp(&b.date).then(a.permalink.cmp(&b.permalink)));
    let old: Vec<Article> = by_date[..articles.len() * 9 / 10]
        .iter()
        .map(|a| (*a).clone())
        .collect();
    let before = derive(&old, opts);
    let n = articles.len().max(1) as f64;
    let total: usize = all.per_article.iter().map(Vec::len).sum();
    let ids = |d: &Derived, i: usize| -> Vec<String> {
        let mut v: Vec<String> = d.per_article[i]
            .iter()
            .map(|&t| d.topics[t].id.clone())
            .collect();
        v.sort();
        v
    };
    let index_of: std::collections::HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.permalink.as_str(), i))
        .collect();
    let kept_lists = old
        .iter()
        .enumerate()
        .filter(|(i, a)| ids(&before, *i) == ids(&all, index_of[a.permalink.as_str()]))
        .count();
    let all_ids: Vec<&str> = all.topics.iter().map(|t| t.id.as_str()).collect();
    let kept_topics = before
        .topics
        .iter()
        .filter(|t| all_ids.contains(&t.id.as_str()))
        .count();
    Figures {
        articles: articles.len(),
        topics: all.topics.len(),
        covered: all.per_article.iter().filter(|t| !t.is_empty()).count() as f64 / n,
        per_article: total as f64 / n,
        most: all.per_article.iter().map(Vec::len).max().unwrap_or(0),
        bad_labels: bad_labels(articles, &all),
        twins: twins(&all),
        topics_kept: kept_topics as f64 / before.topics.len().max(1) as f64,
        lists_kept: kept_lists as f64 / old.len().max(1) as f64,
    }
}

/// Labels that are a generic word, a place or a name SCOWL knows, or a feed name.
fn bad_labels(articles: &[Article], d: &Derived) -> Vec<String> {
    let feeds = feed_keys(articles);
    d.topics
        .iter()
        .filter(|t| {
            let key = phrase_key(&t.label);
            let single = !key.contains(' ');
            feeds.contains(&key)
                || key.split(' ').all(is_generic_alone)
                || (single && t.forms.len() == 1 && is_proper_name(&key) && !is_maker(t))
        })
        .map(|t| t.label.clone())
        .collect()
}

/// A single-word label kept although SCOWL knows it as a name: the rules
/// kept it because the corpus names it as a maker (`Gore`, `Cook`).
fn is_maker(t: &super::Topic) -> bool {
    t.label.chars().any(char::is_uppercase)
}

fn twins(d: &Derived) -> Vec<(String, String)> {
    let mut docs: Vec<Vec<u32>> = vec![Vec::new(); d.topics.len()];
    for (a, list) in d.per_article.iter().enumerate() {
        for &t in list {
            docs[t].push(a as u32);
        }
    }
    let mut out = Vec::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            if jaccard(&docs[i], &docs[j]) >= 0.8 {
                out.push((d.topics[i].label.clone(), d.topics[j].label.clone()));
            }
        }
    }
    out
}

impl fmt::Display for Figures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "articles                      {}", self.articles)?;
        writeln!(
            f,
            "topics                        {} (30 to 150)",
            self.topics
        )?;
        writeln!(
            f,
            "articles with a topic         {:.1} % (at least 85 %)",
            100.0 * self.covered
        )?;
        writeln!(
            f,
            "topics per article            {:.2} (1.5 to 4), at most {} (6)",
            self.per_article, self.most
        )?;
        writeln!(
            f,
            "generic, place or feed labels {} {:?}",
            self.bad_labels.len(),
            self.bad_labels
        )?;
        writeln!(
            f,
            "pairs with Jaccard >= 0.8     {} {:?}",
            self.twins.len(),
            self.twins
        )?;
        writeln!(
            f,
            "topics kept, newest 10 % in   {:.1} % (at least 80 %)",
            100.0 * self.topics_kept
        )?;
        write!(
            f,
            "article lists kept            {:.1} % (at least 85 %)",
            100.0 * self.lists_kept
        )
    }
}
