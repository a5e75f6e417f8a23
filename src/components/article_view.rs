//! One article, in full, inside the results it was opened from.

use leptos::prelude::*;
use veille_core::{ArticleFile, Query};

use super::{ArticleNav, Citation, RelatedList, ShareButton, TagLinks, TopicLinks};
use crate::data::LoadResult;
use crate::i18n::I18n;
use crate::state::list_href;

/// The article's title (linked to its source), date, source, image and
/// credit, sanitized body, tags (each a link to the list filtered by it),
/// related articles, a share button and a way back to the results that
/// keeps every filter: all from the article's own file. Last, previous /
/// next within the results, which fill in once the index is there (last, so
/// that nothing above them moves when they do).
#[component]
pub fn ArticleView(
    /// The article's file: the article and its related articles.
    file: ArticleFile,
    /// The index's state (`None` while it loads), for previous / next.
    index: Signal<Option<LoadResult>>,
    /// The results state it was opened from (from the page's URL).
    query: Query,
) -> impl IntoView {
    let i18n = I18n::expect();
    let ArticleFile { article, related } = file;
    let back_href = list_href(&query);
    let has_state = query != Query::default();
    let title = match article.source_url.clone() {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank" data-testid="source-link">
                {article.title.clone()}
            </a>
        }
        .into_any(),
        None => article.title.clone().into_any(),
    };
    let image = article
        .image_url
        .clone()
        .filter(|_| !article.image_in_body())
        .map(|src| {
            // Its box is laid out before it loads (see the style). An image
            // that cannot be loaded takes its figure and credit away rather
            // than leave an empty box.
            let failed = RwSignal::new(false);
            view! {
                <figure class="article-image" hidden=move || failed.get() data-testid="article-image">
                    <img src=veille_core::site::secure_url(&src).into_owned() alt="" on:error=move |_| failed.set(true) />
                    {article.image_credit.clone().map(|c| view! { <figcaption>{c}</figcaption> })}
                </figure>
            }
        });
    let tags = article.tags.clone();
    let topics = article.topics.clone();
    // Once the index is there, the tags nearly every article carries go
    // (`Engine::is_common_tag`); until then, every tag.
    let tags = move || {
        let tags = index.with(|i| match i {
            Some(Ok(engine)) => shown_tags(&tags, |t| engine.is_common_tag(t)),
            _ => tags.clone(),
        });
        (!tags.is_empty())
            .then(|| view! { <TagLinks tags base=Query::default() testid="article-tags" /> })
    };
    let date = article.date;
    let host = article.source_host.clone();
    let also: Vec<(String, String)> = article
        .also_hosts()
        .into_iter()
        .map(|(h, u)| (h.to_owned(), u.to_owned()))
        .collect();
    let also = (!also.is_empty()).then(|| {
        let links = also
            .into_iter()
            .enumerate()
            .map(|(i, (h, u))| {
                view! {
                    {(i > 0).then_some(", ")}
                    <a href=u rel="noopener noreferrer" target="_blank">{h}</a>
                }
            })
            .collect_view();
        view! {
            <span class="also-on" data-testid="also-on">{move || i18n.t().also_on}" "{links}</span>
        }
    });
    view! {
        <article class="article" data-testid="article">
            <nav class="article-top">
                <a href=back_href class="back-link" data-testid="back-link">
                    {move || {
                        let t = i18n.t();
                        format!("← {}", if has_state { t.back_to_results } else { t.all_articles })
                    }}
                </a>
                <ShareButton title=article.title.clone() />
            </nav>
            <h1 data-testid="article-title">{title}</h1>
            <p class="meta">
                {move || date.map(|d| view! { <time datetime=d.to_string()>{i18n.lang().date(d)}</time> })}
                {host.map(|h| view! { <span class="source">{h}</span> })}
                {also}
            </p>
            {image}
            <div class="article-body" inner_html=article.body_html.clone()></div>
            <TopicLinks topics base=Query::default() testid="article-topics" />
            {tags}
            <Citation article=article.clone() />
            <RelatedList related query=query.clone() />
            <ArticleNav index permalink=article.permalink.clone() query />
        </article>
    }
}

/// The tags to show as links: those `is_common` does not rule out.
pub fn shown_tags(tags: &[String], is_common: impl Fn(&str) -> bool) -> Vec<String> {
    tags.iter().filter(|t| !is_common(t)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::shown_tags;

    #[test]
    fn common_tags_are_not_shown() {
        let tags = vec!["France".to_owned(), "TAVI".to_owned()];
        assert_eq!(shown_tags(&tags, |t| t == "France"), ["TAVI"]);
    }
}
