//! Text analysis: folding, tokenizing, stop words and stemming.
//!
//! The same analysis runs over articles when the index is built and over
//! the words of a query, so `decembre` finds `décembre` and `stents` finds
//! `stent`. Each module does one step:
//!
//! * [`normalize`]: case and diacritic folding;
//! * [`tokenize`]: tokens with byte ranges, keeping `5.5`, `COVID-19`,
//!   `drug-coated` searchable;
//! * [`stopwords`]: English and French stop words, not indexed;
//! * [`stem`]: Snowball stemming in the article's language.

pub(crate) mod normalize;
pub(crate) mod stem;
pub(crate) mod stopwords;
pub(crate) mod tokenize;

pub use normalize::{fold, fold_char_into};
pub use stem::{Language, Stemmers};
pub use stopwords::is_stop_word;
pub use tokenize::{tokenize, tokenize_until, tokenize_with, TokenKind};
