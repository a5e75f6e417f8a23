#!/usr/bin/env bash
# Run every test layer: install what is missing, then
#   1. formatting and clippy (native and wasm32, warnings are errors)
#   2. native tests of every crate, the app's plain logic included (the CLI's tests on
#      the publisher's real articles run when ../shared is beside the checkout)
#   3. a release build of the app with Trunk, on a bundle of in-repository data (content/,
#      e2e/fixtures/corpus and generated articles), and the published site at / and under
#      /veille/, written by `veille site` alone (the app it carries, no wasm toolchain on
#      its PATH) once scripts/embed-app.sh --check has found that app up to date
#      and the GitHub Actions examples' steps (scripts/test-workflows.sh)
#   4. wasm-bindgen-test component tests in headless Chromium
#   5. end-to-end tests in headless Chromium (playwright-core under node --test),
#      the published sites' on python3 -m http.server included, and the README's
#      nginx configuration on Debian's nginx (e2e/hosting.test.mjs)
# Stops at the first failing layer with a non-zero exit code.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_browser_testing
ensure_nginx
# The bundles and sites below are built by the debug binaries step 2 compiles
# (a few hundred articles), not by a release build of the CLI and all its
# dependencies; publish.sh reads the same variable.
export VEILLE_TOOLS_PROFILE=dev

step "1/5 formatting, lints, and the app embedded in veille matching its sources"
scripts/embed-app.sh --check
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked -p veille-app -p veille-core --target wasm32-unknown-unknown --all-targets -- -D warnings

step "2/5 native tests of every crate (the app's DOM tests run in wasm below)"
[ -d "${VEILLE_SHARED_DIR:-$ROOT/../shared}/corpus" ] \
  || echo "note: no ../shared beside this checkout: the CLI's tests on the publisher's real corpus are skipped, each saying so below" >&2
# --tests: libraries and integration tests; the binaries are thin entry points
# without tests of their own (test = false), so no harness is linked for them.
cargo test --locked --workspace --lib --tests
cargo test --locked -p veille-core --doc   # the core's examples, as its users read them

step "3/5 bundle from content/, e2e/fixtures/corpus and generated articles, and release build of the app"
# The end-to-end tests run on in-repository data only, so a bare clone passes them.
SITE_TMP="$(mktemp -d)"
cleanup() { kill "${SERVER_PID:-}" 2>/dev/null || true; rm -rf "$SITE_TMP"; }
trap cleanup EXIT
build_e2e_bundle "$SITE_TMP/generated"
trunk build --release --offline --locked

step "3/5 the published site, at / and under /veille/ (content/ and e2e/fixtures/site), by veille alone"
SITE_ROOT_PORT="${SITE_ROOT_PORT:-8792}"
SITE_SUB_PORT="${SITE_SUB_PORT:-8793}"
VEILLE_BIN="$(veille_binary)"
without_wasm_toolchain "$VEILLE_BIN" site --quiet --base-url "http://127.0.0.1:$SITE_ROOT_PORT" \
  --out "$SITE_TMP/root" "$ROOT/content" "$ROOT/e2e/fixtures/site"
# Hostile articles (e2e/hostile/payloads.mjs: a sample; VEILLE_HOSTILE=all
# for the whole set), published by veille alone like the sites above.
node e2e/hostile/payloads.mjs "$SITE_TMP/hostile-content"
without_wasm_toolchain "$VEILLE_BIN" site --quiet --out "$SITE_TMP/hostile" \
  --base-url "http://127.0.0.1:8794" "$SITE_TMP/hostile-content"
without_wasm_toolchain "$VEILLE_BIN" site --quiet --base-url "http://127.0.0.1:$SITE_SUB_PORT" --base-path /veille/ \
  --name "Veille cardio" --out "$SITE_TMP/sub/veille" "$ROOT/content" "$ROOT/e2e/fixtures/site"

step "3/5 the GitHub Pages workflow examples, run here as the runner would (examples/github-pages)"
scripts/test-workflows.sh "$VEILLE_BIN"

step "4/5 component tests in headless Chromium (wasm-bindgen-test)"
# No -q: cargo would pass --quiet on to wasm-bindgen-test-runner 0.2.130, which rejects it.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked -p veille-app --target wasm32-unknown-unknown --tests   # --tests: no empty doc-test run (docs/toolchain.md P11)

step "5/5 end-to-end tests in headless Chromium"
E2E_PORT="${E2E_PORT:-8791}"
start_spa_server "$E2E_PORT"
# site.test.mjs serves the published sites itself, with python3 -m http.server;
# hosting.test.mjs serves the root one with nginx, on a free port.
# update.test.mjs publishes with the same veille binary, twice, on nginx.
(cd e2e && BASE_URL="http://127.0.0.1:$E2E_PORT" VEILLE_BIN="$VEILLE_BIN" \
  SITE_ROOT_DIR="$SITE_TMP/root" SITE_ROOT_PORT="$SITE_ROOT_PORT" \
  SITE_SUB_PARENT="$SITE_TMP/sub" SITE_SUB_PORT="$SITE_SUB_PORT" HOSTILE_SITE_DIR="$SITE_TMP/hostile" \
  node --test --test-concurrency=1)
