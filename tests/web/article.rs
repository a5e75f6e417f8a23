//! The article page: shown from its own file before the index, its links,
//! position and lead image.

use leptos::prelude::*;
use std::sync::Arc;
use veille_app::components::ArticleView;
use veille_app::i18n::Lang;

use veille_app::data::LoadResult;
use veille_core::{Article, ArticleFile, Query, RELATED_IN_FILE};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;

use super::fixtures::*;

/// A 1 × 1 PNG.
const PIXEL: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

fn with_image(slug: &str, url: &str) -> Article {
    Article {
        image_url: Some(url.into()),
        image_credit: Some(format!("Credit {slug}")),
        ..article(slug, &format!("{slug} title"), "2023-12-14")
    }
}

/// Whether the image in `figure` has finished loading or failing.
fn settled(figure: &Element) -> bool {
    let img = figure.query_selector("img").unwrap().unwrap();
    js_sys::Reflect::get(&img, &JsValue::from_str("complete")).unwrap() == JsValue::TRUE
}

#[wasm_bindgen_test]
async fn an_article_image_that_cannot_be_loaded_takes_its_figure_and_credit_away() {
    let (broken, fine) = (
        with_image("a", "data:image/png;base64,AAAA"),
        with_image("b", PIXEL),
    );
    let (root, _h) = mount(Lang::En, move || {
        view! {
            <ArticleView file=file_of(&broken) index=no_index() query=Query::default() />
            <ArticleView file=file_of(&fine) index=no_index() query=Query::default() />
        }
    });
    let figures = root
        .query_selector_all("[data-testid=article-image]")
        .unwrap();
    assert_eq!(figures.length(), 2);
    let figure = |i| -> Element { wasm_bindgen::JsCast::unchecked_into(figures.item(i).unwrap()) };
    assert_eq!(texts(&root, "figcaption"), ["Credit a", "Credit b"]);
    // Both images are decoded (or not) within a few frames.
    for _ in 0..100 {
        if settled(&figure(0)) && settled(&figure(1)) {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert!(
        figure(0).has_attribute("hidden"),
        "the broken image's figure is shown"
    );
    assert!(
        !figure(1).has_attribute("hidden"),
        "the loaded image's figure is hidden"
    );
}

#[wasm_bindgen_test]
async fn the_article_and_its_related_articles_show_from_its_file_and_previous_next_fill_in_with_the_index(
) {
    let articles = vec![
        article("a", "A title", "2023-12-14"),
        article("b", "B title", "2023-12-13"),
        article("c", "C title", "2023-12-12"),
    ];
    let engine = engine_of(articles.clone());
    let file = ArticleFile::new(articles[1].clone(), engine.related(1, RELATED_IN_FILE));
    assert!(!file.related.is_empty(), "the fixtures share tags");
    let index = RwSignal::new(None::<LoadResult>);
    let (root, _h) = mount(Lang::En, move || {
        view! { <ArticleView file=file.clone() index=index.into() query=Query::default() /> }
    });
    let tick = || gloo_timers::future::TimeoutFuture::new(0);
    // Before the index: the whole article, its related articles, and a
    // status where previous / next will be.
    assert_eq!(texts(&root, "[data-testid=article-title]"), ["B title"]);
    assert_eq!(texts(&root, ".article-body strong"), ["body"]);
    let related = texts(&root, "[data-testid=related] a");
    assert_eq!(related.len(), 2, "{related:?}");
    assert_eq!(
        texts(&root, "[data-testid=article-nav-loading] [role=status]"),
        ["Loading the results…"]
    );
    assert!(root
        .query_selector("[data-testid=article-nav]")
        .unwrap()
        .is_none());

    // The index arrives: previous / next fill in, below everything else.
    index.set(Some(Ok(Arc::clone(&engine))));
    tick().await;
    assert!(root
        .query_selector("[data-testid=article-nav-loading]")
        .unwrap()
        .is_none());
    assert_eq!(texts(&root, ".position"), ["Result 2 of 3"]);
    assert_eq!(
        attr(&root, "[data-testid=article-next]", "href").as_deref(),
        Some("/papers/c")
    );
    let last = root
        .query_selector("[data-testid=article] > :last-child")
        .unwrap()
        .unwrap();
    assert_eq!(
        last.get_attribute("data-testid").as_deref(),
        Some("article-nav")
    );
}

#[wasm_bindgen_test]
fn the_article_view_links_its_title_to_the_source_its_tags_to_the_list_and_back_keeps_the_results()
{
    let engine = engine_of(vec![
        article("a", "A title", "2023-12-14"),
        article("b", "B title", "2023-12-13"),
    ]);
    let a = article("a", "A title", "2023-12-14");
    let file = ArticleFile::new(a, engine.related(0, 5));
    let (root, _h) = mount(Lang::Fr, move || {
        let engine = Arc::clone(&engine);
        let index = Signal::derive(move || Some(Ok(Arc::clone(&engine))));
        view! { <ArticleView file=file.clone() index query=Query::from_query_string("q=body&sort=oldest") /> }
    });
    let title_link = root.query_selector("h1 a").unwrap().unwrap();
    assert_eq!(title_link.text_content().as_deref(), Some("A title"));
    assert_eq!(
        title_link.get_attribute("href").as_deref(),
        Some("https://cardiovascularnews.com/a/")
    );
    assert_eq!(
        title_link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(texts(&root, ".article-body strong"), ["body"]);
    assert_eq!(
        texts(&root, "[data-testid=article-tags] a"),
        ["France", "Actualité"]
    );
    assert_eq!(
        attr(&root, "[data-testid=article-tags] a", "href").as_deref(),
        Some("/?tag=France")
    );
    assert_eq!(
        attr(&root, "[data-testid=back-link]", "href").as_deref(),
        Some("/?q=body&sort=oldest")
    );
    assert_eq!(
        texts(&root, "[data-testid=back-link]"),
        ["← Retour aux résultats"]
    );
    assert_eq!(
        texts(&root, "time"),
        ["14 décembre 2023", "13 décembre 2023"]
    );
    assert_eq!(texts(&root, ".position"), ["Résultat 2 sur 2"]);
    assert_eq!(
        attr(&root, "[data-testid=article-prev]", "href").as_deref(),
        Some("/papers/b?q=body&sort=oldest")
    );
}

#[wasm_bindgen_test]
fn the_article_view_shows_the_image_with_its_credit_once_even_when_the_body_opens_with_it() {
    let url = "https://example.com/pump.jpg";
    let mut separate = article("a", "A title", "2023-12-14");
    separate.image_url = Some(url.into());
    separate.image_credit = Some("Photo: the maker".into());
    let mut in_body = separate.clone();
    in_body.body_html = format!(r#"<p><img src="{url}" alt=""></p><p>Text</p>"#);

    let (root, _a) = mount(Lang::En, move || {
        view! { <ArticleView file=file_of(&separate) index=no_index() query=Query::default() /> }
    });
    assert_eq!(root.query_selector_all("img").unwrap().length(), 1);
    assert_eq!(texts(&root, "figcaption"), ["Photo: the maker"]);

    let (root, _b) = mount(Lang::En, move || {
        view! { <ArticleView file=file_of(&in_body) index=no_index() query=Query::default() /> }
    });
    assert_eq!(root.query_selector_all("img").unwrap().length(), 1);
    assert!(root.query_selector("figure").unwrap().is_none());
}
