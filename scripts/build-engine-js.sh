#!/usr/bin/env bash
# Builds Veille's engine as a JavaScript package (ES module + wasm) into
# crates/js/pkg: `bash scripts/build-engine-js.sh`.
# Needs the wasm32-unknown-unknown target and the wasm-bindgen CLI of the
# exact version in Cargo.lock (docs/toolchain.md §1, P1).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --profile wasm-release --target wasm32-unknown-unknown -p veille-js
wasm-bindgen --target web --out-dir crates/js/pkg \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/veille_js.wasm"
ls -l crates/js/pkg
