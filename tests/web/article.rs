//! The article page's lead image.

use std::sync::Arc;

use leptos::prelude::*;
use veille_app::components::ArticleView;
use veille_app::i18n::Lang;
use veille_core::{Article, Query};
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
    let engine = engine_of(vec![broken.clone(), fine.clone()]);
    let (root, _h) = mount(Lang::En, move || {
        view! {
            <ArticleView engine=Arc::clone(&engine) article=broken.clone() doc=0 query=Query::default() />
            <ArticleView engine=Arc::clone(&engine) article=fine.clone() doc=1 query=Query::default() />
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
