//! Keeps the wasm's `target_features` section through `strip = true`.
//!
//! The release profile strips the app's wasm (`strip = true`, which drops
//! the 209 KB `name` section; docs/toolchain.md P5, P6), and wasm-ld's
//! `--strip-all` drops `target_features` with it, so wasm-bindgen warned
//! "the `target_features` custom section is missing" on every `trunk serve`
//! and publish. `--keep-section=target_features` keeps that one section
//! (a few dozen bytes); only the app's own wasm link is affected.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bins=--keep-section=target_features");
    }
}
