//! How to cite an article: Vancouver (what medical readers cite in) and
//! APA, each with a copy button, and the article as a RIS or BibTeX file
//! for a reference manager. The text comes from the core
//! ([`veille_core::export`]); this only wires the buttons.

use leptos::prelude::*;
use leptos::task::spawn_local;
use veille_core::export::{apa, vancouver, ExportFormat, Record};
use veille_core::Article;

use super::list_tools::{download, site_url};
use super::share_button::copy;
use crate::i18n::I18n;

/// The record of `article` on the site at `site`.
pub fn record_of(article: &Article, site: &str) -> Record {
    Record {
        title: article.title.clone(),
        date: article.date,
        url: format!("{site}{}/", article.permalink),
        source: article.source_host.clone(),
        tags: article.tags.clone(),
        collection: article.collection.clone(),
        summary: article.summary.clone(),
    }
}

/// The citation block of an article page.
#[component]
pub fn Citation(
    /// The article.
    article: Article,
) -> impl IntoView {
    let i18n = I18n::expect();
    let record = record_of(&article, &site_url());
    let site = crate::site_name::site_name();
    let cited = crate::last_visit::today();
    let styles = [
        ("Vancouver", "vancouver", vancouver(&record, &site, cited)),
        ("APA", "apa", apa(&record, &site, cited)),
    ];
    let copied = RwSignal::new(None::<&'static str>);
    let items = styles
        .into_iter()
        .map(|(label, id, text)| {
            let to_copy = text.clone();
            let on_copy = move |_| {
                let text = to_copy.clone();
                spawn_local(async move {
                    if copy(&text).await.is_ok() {
                        copied.set(Some(id));
                    }
                });
            };
            view! {
                <p data-testid=format!("cite-{id}")>
                    <strong>{label}</strong>" "<span class="cite-text">{text}</span>" "
                    <button type="button" class="button" data-testid=format!("copy-{id}") on:click=on_copy>
                        {move || i18n.t().copy}
                    </button>
                </p>
            }
        })
        .collect_view();
    let slug = article.slug.clone();
    let files = [ExportFormat::Ris, ExportFormat::Bibtex]
        .map(|f| {
            let record = record.clone();
            let name = format!("{slug}.{}", f.extension());
            view! {
                <button type="button" class="button" data-testid=format!("cite-{}", f.extension())
                    on:click=move |_| download(&name, f.media_type(), &f.render(std::slice::from_ref(&record)))>
                    {f.label()}
                </button>
            }
        });
    view! {
        <section class="citation" data-testid="citation" aria-labelledby="cite-title">
            <h2 id="cite-title" class="related-title">{move || i18n.t().cite}</h2>
            {items}
            <p class="cite-files">{files}</p>
            <p class="cite-status" role="status" data-testid="cite-status">
                {move || copied.get().map(|_| i18n.t().citation_copied)}
            </p>
        </section>
    }
}
