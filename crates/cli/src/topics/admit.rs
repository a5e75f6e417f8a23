//! The admission rules: which candidates may become topics, and for the
//! others the rule that rejected them (shown by `--explain-topics`).

use rustc_hash::{FxHashMap, FxHashSet};

use super::candidates::Stats;
use super::vocab::{
    is_common_english, is_generic_alone, is_generic_edge, is_modifier, is_proper_name,
};

/// Why a candidate is not a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reject {
    /// In too few articles.
    Rare,
    /// A feed's or publisher's name, or a tag nearly every article carries.
    Feed,
    /// A stop term of the taxonomy.
    Stopped,
    /// Mostly inside an affiliation: an institution.
    Institution,
    /// A person: before an affiliation, or made of names seen there.
    Person,
    /// A place: after `in`/`from`, or named in affiliations.
    Place,
    /// A generic word of news or research writing opens or closes it.
    Generic,
    /// A common English word.
    Common,
    /// A lone adjective, adverb or participle.
    Modifier,
    /// Nearly always part of one longer candidate.
    Fragment,
}

impl Reject {
    /// The rule's name, as `--explain-topics` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Reject::Rare => "rare",
            Reject::Feed => "feed or publisher name",
            Reject::Stopped => "stop term",
            Reject::Institution => "institution",
            Reject::Person => "person",
            Reject::Place => "place or name",
            Reject::Generic => "generic word",
            Reject::Common => "common English word",
            Reject::Modifier => "adjective or participle",
            Reject::Fragment => "fragment of a longer name",
        }
    }
}

/// What the rules know beyond a candidate's own statistics.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The fewest articles a topic may have.
    pub min_df: u32,
    /// Keys of feed and publisher names and of their parts.
    pub feed_keys: FxHashSet<String>,
    /// Keys of the taxonomy's stop terms.
    pub stop_keys: FxHashSet<String>,
    /// Word keys seen in a name before an affiliation, with how often.
    pub person_words: FxHashMap<String, u32>,
    /// Word keys seen as cities and countries in affiliations, with how often.
    pub place_words: FxHashMap<String, u32>,
    /// Occurrences of each single word (to weigh the two maps above).
    pub word_counts: FxHashMap<String, u32>,
}

impl Context {
    /// Whether `word` is seen as a name or place in at least a fifth of its occurrences.
    fn mostly(&self, map: &FxHashMap<String, u32>, word: &str) -> bool {
        let seen = map.get(word).copied().unwrap_or(0);
        let all = self.word_counts.get(word).copied().unwrap_or(u32::MAX);
        seen > 0 && seen * 5 >= all
    }
}

/// Whether the candidate `key` with `s` may become a topic.
pub fn admit(key: &str, s: &Stats, cx: &Context) -> Result<(), Reject> {
    let words: Vec<&str> = key.split(' ').collect();
    let count = s.count.max(1);
    let lower = s.capitalised.saturating_sub(s.sentence_initial) * 2 < count;
    if s.df < cx.min_df {
        return Err(Reject::Rare);
    }
    if cx.stop_keys.contains(key) {
        return Err(Reject::Stopped);
    }
    if cx.feed_keys.contains(key) {
        return Err(Reject::Feed);
    }
    if s.in_affiliation * 2 >= count
        || words.len() > 1 && is_institution_head(words[words.len() - 1])
    {
        return Err(Reject::Institution);
    }
    // A name the corpus also gives as a maker in parentheses (`(Medtronic)`)
    // is a company, even where a city follows it (`Medtronic (Dublin, Ireland)`).
    let maker = s.in_maker > 0;
    // Capitalised at every occurrence, even if mostly at line starts (`In
    // profile: Rachel Bell`), a name is no lower-case phrase.
    let always_capitalised = s.capitalised == s.count;
    if (!lower || always_capitalised)
        && !maker
        && (s.before_affiliation * 4 >= count
            || words.iter().all(|w| cx.mostly(&cx.person_words, w)))
    {
        return Err(Reject::Person);
    }
    if !lower
        && !maker
        && (words.iter().all(|w| cx.mostly(&cx.place_words, w))
            || (s.after_in_from + s.in_affiliation) * 10 >= count * 3)
    {
        return Err(Reject::Place);
    }
    if words.len() == 1 && !lower && s.in_maker * 10 < count && is_proper_name(key) {
        return Err(Reject::Place);
    }
    let (first, last) = (words[0], words[words.len() - 1]);
    if is_generic_edge(first) || is_generic_edge(last) || words.iter().all(|w| is_generic_alone(w))
    {
        return Err(Reject::Generic);
    }
    // Capitalised in mid-sentence (nearly) every time: a name.
    let mid = s.count.saturating_sub(s.sentence_initial);
    let named = mid > 0 && s.capitalised.saturating_sub(s.sentence_initial) * 10 >= mid * 8;
    let all_common = words
        .iter()
        .all(|w| is_common_english(w) || is_generic_alone(w));
    if (all_common && !(named && words.len() > 1))
        || (words.len() == 1 && first.chars().filter(|c| c.is_alphabetic()).count() < 3)
    {
        return Err(Reject::Common);
    }
    if words.len() == 1 && !lower && s.capitalised <= s.sentence_initial + s.count / 10 {
        return Err(Reject::Common);
    }
    // A lone adjective, even capitalised in a Title Case heading
    // (`Metastatic`); a maker's name (`Medtronic`) is kept.
    if is_modifier(last) && ((words.len() == 1 && !maker) || (lower && !named)) {
        return Err(Reject::Modifier);
    }
    if s.best_extension * 10 >= count * 8 {
        return Err(Reject::Fragment);
    }
    Ok(())
}

/// Nouns that end an institution's name (`Assiut University`, `Jonsson
/// Comprehensive Cancer Center`): a place of work, not a topic.
fn is_institution_head(key: &str) -> bool {
    const HEADS: &[&str] = &[
        "university",
        "hospital",
        "institute",
        "center",
        "clinic",
        "college",
        "school",
        "faculty",
        "department",
        "infirmary",
        "foundation",
    ];
    HEADS.contains(&key)
}

#[cfg(test)]
#[path = "admit_tests.rs"]
mod tests;
