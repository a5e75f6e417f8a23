//! Tests in headless Chromium (`wasm-bindgen-test`): the plain
//! functions the components are built on, and components mounted with a
//! small engine, asserting on the DOM they render.
#![cfg(target_arch = "wasm32")]

mod article;
mod catch_up;
mod components;
mod fixtures;
mod fold;
mod logic;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
