//! Topics derived at build time: what the articles are about (devices,
//! procedures, conditions, companies, trials, meetings), mined from the
//! corpus itself, with no model.
//!
//! The method (see `docs/builder.md`): acronym definitions found inline
//! ([`acronyms`], Schwartz & Hearst) become groups with their long forms;
//! 1 to 4-word candidates ([`candidates`]) pass admission rules ([`admit`])
//! that drop generic words, people, places, fragments, feed names and
//! common English words; every group is matched on every article
//! leftmost-longest and recounted ([`tagging`]); groups with nearly the same
//! articles merge, those in too many articles are dropped, the largest are
//! kept, and each article keeps its few best ([`select`]). Deterministic:
//! the articles are read in permalink order, whatever the files' order.

pub mod acronyms;
pub mod admit;
pub mod candidates;
pub mod context;
pub mod curate;
pub mod explain;
pub mod figures;
pub mod fold;
pub mod groups;
pub mod labels;
pub mod mine;
pub mod overlap;
pub mod scan;
pub mod select;
pub mod tagging;
pub mod taxonomy;
pub mod vocab;
pub mod words;

use rayon::prelude::*;
use veille_core::Article;

use self::admit::Reject;
use self::curate::Curation;
use self::groups::{acronym_groups, candidate_groups, Group, Rejected};
use self::mine::{mine, Text};
use self::select::{select, Merge};
use self::taxonomy::Taxonomy;

/// The corpus size above which candidates are mined from a sample (every
/// article is still tagged): enough for the statistics, and the builder stays fast.
pub const MINED_AT_MOST: usize = 5_000;

/// The knobs of topic derivation (the defaults are the thresholds).
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The most topics kept (the largest); a corpus of fewer than eight times
    /// as many articles keeps one topic per eight articles (at least 30), so
    /// that the list's tail, where additions churn, stays short.
    pub max_topics: usize,
    /// The most topics an article keeps.
    pub max_per_article: usize,
    /// Topics in more than this share of the articles are dropped.
    pub max_share: f64,
    /// Groups whose article sets have at least this Jaccard index merge.
    pub jaccard: f64,
    /// The publisher's taxonomy, if any.
    pub taxonomy: Option<Taxonomy>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_topics: 150,
            max_per_article: 6,
            max_share: 0.2,
            jaccard: 0.8,
            taxonomy: None,
        }
    }
}

/// A topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    /// Its stable id (the acronym, else the main key as a slug): what URLs keep.
    pub id: String,
    /// What readers see: `drug-coated balloon (DCB)`, `Medtronic`.
    pub label: String,
    /// A French label, when the taxonomy gives one.
    pub label_fr: Option<String>,
    /// The forms it is written in (acronyms as written, then keys): search synonyms.
    pub forms: Vec<String>,
    /// How many articles list it.
    pub articles: u32,
}

/// The topics of a corpus and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Derived {
    /// The topics, largest first.
    pub topics: Vec<Topic>,
    /// Each article's topics, as indices into [`Self::topics`], in the order
    /// of the articles given.
    pub per_article: Vec<Vec<usize>>,
    /// Groups merged.
    pub merges: Vec<Merge>,
    /// The best rejected candidates (most articles first) and the rule.
    pub rejected: Vec<Rejected>,
    /// Groups in too many articles.
    pub too_common: Vec<(String, u32)>,
    /// Groups beyond the limit.
    pub beyond_limit: Vec<(String, u32)>,
    /// What the taxonomy did, when there is one.
    pub curation: Option<Curation>,
}

/// The fewest articles a topic needs in a corpus of `n` articles.
pub fn min_df(n: usize) -> u32 {
    if n < 100 {
        2
    } else {
        3
    }
}

/// Derives the topics of `articles`.
pub fn derive(articles: &[Article], opts: &Options) -> Derived {
    // Permalink order: the same topics whatever order the files came in.
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| articles[a].permalink.cmp(&articles[b].permalink));
    let texts: Vec<Text> = order
        .par_iter()
        .map(|&i| {
            let a = &articles[i];
            Text::new(&a.title, a.summary.as_deref(), &a.body_text)
        })
        .collect();
    let min_df = min_df(articles.len());
    let (groups, mut rejected, curation) = match &opts.taxonomy {
        None => {
            let (groups, rejected) = derived_groups(articles, &order, &texts, min_df);
            (groups, rejected, None)
        }
        Some(taxonomy) => {
            let (groups, rejected) = if taxonomy.derive {
                derived_groups(articles, &order, &texts, min_df)
            } else {
                (Vec::new(), Vec::new())
            };
            let (groups, curation) = curate::apply(taxonomy, groups);
            (groups, rejected, Some(curation))
        }
    };
    let opts = &Options {
        max_topics: opts.max_topics.min((articles.len() / 8).max(30)),
        ..opts.clone()
    };
    let sel = select(&groups, &texts, opts, min_df);
    let mut per_article = vec![Vec::new(); articles.len()];
    for (rank, &i) in order.iter().enumerate() {
        per_article[i] = sel.per_article[rank].clone();
    }
    rejected.sort_by(|a, b| b.df.cmp(&a.df).then(a.key.cmp(&b.key)));
    rejected.truncate(60);
    Derived {
        topics: sel.topics,
        per_article,
        merges: sel.merges,
        rejected,
        too_common: sel.too_common,
        beyond_limit: sel.beyond_limit,
        curation,
    }
}

/// The groups the corpus gives: its acronyms and admitted candidates, and
/// the rejected candidates.
fn derived_groups(
    articles: &[Article],
    order: &[usize],
    texts: &[Text],
    min_df: u32,
) -> (Vec<Group>, Vec<Rejected>) {
    let n = articles.len();
    let sampled_ids: Vec<u64> = order
        .par_iter()
        .map(|&i| fnv(&articles[i].permalink))
        .collect();
    let mined = mine(texts, |i| is_sampled(sampled_ids[i], n));
    let cx = context::context(articles, &mined, min_df);
    let acronyms = acronyms::consistent(&mined.definitions, 2);
    let joiners = acronyms::consistent(&mined.definitions, 1);
    let mut groups = acronym_groups(&acronyms, &joiners, &cx);
    let taken = groups
        .iter()
        .flat_map(|g| g.keys.iter().map(|k| k.text.clone()))
        .collect();
    let (candidates, rejected) = candidate_groups(&mined.candidates, &cx, &taken);
    groups.extend(candidates);
    (groups, rejected)
}

/// Derives the topics of `articles` and writes each article's into its
/// [`Article::topics`] (best first); returns what was derived.
pub fn assign(articles: &mut [Article], opts: &Options) -> Derived {
    let derived = derive(articles, opts);
    for (article, list) in articles.iter_mut().zip(&derived.per_article) {
        article.topics = list
            .iter()
            .map(|&t| veille_core::ArticleTopic {
                id: derived.topics[t].id.clone(),
                label: derived.topics[t].label.clone(),
            })
            .collect();
    }
    derived
}

/// A rejected candidate's rule, for the explanation.
pub fn rule(r: &Rejected) -> &'static str {
    Reject::name(r.why)
}

/// Whether the article whose permalink hashes to `hash` is one of the
/// about [`MINED_AT_MOST`] candidates are mined from, among `n` articles:
/// all up to that many, then those whose hash falls below a threshold
/// that shrinks as `n` grows. One more article thus leaves the sample as
/// it was, but for about `MINED_AT_MOST / n` articles (where a step,
/// `hash % ceil(n / MINED_AT_MOST)`, drew a new sample whenever the step
/// changed, and with it every article's topics).
pub fn is_sampled(hash: u64, n: usize) -> bool {
    n <= MINED_AT_MOST || u128::from(hash) * (n as u128) < (MINED_AT_MOST as u128) << 64
}

/// FNV-1a, for a sample that depends on the permalinks alone.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_article_is_sampled_up_to_the_limit_and_about_the_limit_above_it() {
        let hashes: Vec<u64> = (0..40_000).map(|i| fnv(&format!("/papers/a{i}"))).collect();
        assert!(hashes[..MINED_AT_MOST]
            .iter()
            .all(|&h| is_sampled(h, MINED_AT_MOST)));
        let taken = hashes.iter().filter(|&&h| is_sampled(h, 40_000)).count();
        assert!((4_700..5_300).contains(&taken), "{taken}");
    }

    #[test]
    fn one_more_article_leaves_the_sample_as_it_was_but_for_a_few() {
        let hashes: Vec<u64> = (0..100_001)
            .map(|i| fnv(&format!("/papers/a{i}")))
            .collect();
        for n in [5_000, 20_000, 100_000] {
            let before = hashes[..n].iter().filter(|&&h| is_sampled(h, n));
            let left = before.filter(|&&h| !is_sampled(h, n + 1)).count();
            assert!(left <= 3, "{left} of the sample left at {n}");
        }
    }
}
