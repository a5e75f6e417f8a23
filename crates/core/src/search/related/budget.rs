//! How much the finder may do per article: [`RelatedBudget`].

/// How much a [`super::RelatedFinder`] may do for one article, whatever the number
/// of articles. [`RelatedBudget::UNLIMITED`] gives the exact answer;
/// [`RelatedBudget::BUILD`] is what the builder uses.
///
/// With a budget, an article's related terms are walked whole, rarest
/// first, while their postings fit in [`Self::postings`]; what is left of
/// it walks the next terms' postings from their end, only to find
/// candidates. The terms not walked whole make an upper bound (each term's
/// `idf` times its highest saturation); candidates are then scored in full,
/// by looking those terms up in their postings (binary search), best
/// partial score first, until none left can enter the top `k`. The
/// tag lists are walked as without a budget, at most [`Self::tag_docs`]
/// entries in all, their articles looked up too when they could enter the
/// top `k`; at most [`Self::lookups`] articles are looked up in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelatedBudget {
    /// Postings of the article's related terms walked.
    pub postings: usize,
    /// Articles scored by looking the terms up.
    pub lookups: usize,
    /// Articles visited through the article's tags' lists.
    pub tag_docs: usize,
}

impl RelatedBudget {
    /// No bound: the exact answer, in time proportional to what the
    /// article shares with the others.
    pub const UNLIMITED: Self = Self {
        postings: usize::MAX,
        lookups: usize::MAX,
        tag_docs: usize::MAX,
    };

    /// The builder's budget (see `docs/engine.md` for its agreement with
    /// the exact answers).
    pub const BUILD: Self = Self {
        postings: 4096,
        lookups: 64,
        tag_docs: 4096,
    };
}
