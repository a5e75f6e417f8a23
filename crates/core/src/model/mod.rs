//! The article model: one article as every part of Veille sees it, and its
//! calendar date.

pub(crate) mod article;
pub(crate) mod date;
pub(crate) mod topic;
