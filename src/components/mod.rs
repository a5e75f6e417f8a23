//! Reusable pieces of the pages.

mod article_list;
mod article_view;
mod bundle_gate;
mod load_error;

pub use article_list::ArticleList;
pub use article_view::ArticleView;
pub use bundle_gate::BundleGate;
pub use load_error::LoadErrorView;

use veille_core::Article;

/// The date to show for an article: the site's own label when it has one
/// (`14 décembre 2023`), else the ISO day.
pub(crate) fn date_label(article: &Article) -> Option<String> {
    article.published_label.clone().or_else(|| {
        article
            .date
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
    })
}
