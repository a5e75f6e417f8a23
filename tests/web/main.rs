//! Tests in headless Chromium (`wasm-bindgen-test`) of what needs a DOM:
//! components mounted with a small engine, asserting on the DOM they
//! render. The plain functions and state machines the components are built
//! on are tested natively, beside them (`cargo test -p veille-app --lib`).
#![cfg(target_arch = "wasm32")]
// A test that unwraps fails with the error, which is what it should say.
#![allow(clippy::unwrap_used)]

mod article;
mod catch_up;
mod components;
mod fixtures;
mod fold;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
