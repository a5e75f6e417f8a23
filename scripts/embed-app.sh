#!/usr/bin/env bash
# Embed the app in `veille`: build it with Trunk (release), and the drop-in
# search (the engine's JavaScript package and crates/js/search-ui) into its
# search/ folder, and store the result in crates/cli/app/, each file brotli-compressed, with the hash of
# the sources it was built from; `veille site` writes it into every site
# unless given --dist. Run it after any change to the app (src/, index.html,
# style/, public/, crates/core/src, Cargo.toml, Cargo.lock, ...), then commit
# crates/cli/app/.
#   scripts/embed-app.sh           rebuild and re-record (needs Trunk and wasm-bindgen-cli; installs them)
#   scripts/embed-app.sh --check   exit 1 if the sources changed since the last embedding (no build)
# docs/publishing.md, "The app inside veille".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# What Trunk is given as --public-url; `veille site` puts the site's base
# path in its place in index.html (crates/cli/src/site/app.rs, BASE_PLACEHOLDER).
PLACEHOLDER="/__veille_base__/"
RECORD="$APP_EMBED_DIR/sources.sha256"

if [ "${1:-}" = "--check" ]; then
  want="$(app_sources_hash)"
  have="$(cut -d' ' -f1 "$RECORD" 2>/dev/null || true)"
  if [ "$want" != "$have" ]; then
    echo "The app embedded in veille (crates/cli/app) was built from other sources than these" >&2
    echo "(recorded ${have:-nothing}, now $want). Run scripts/embed-app.sh and commit crates/cli/app." >&2
    exit 1
  fi
  echo "embedded app: up to date with its sources ($want)" >&2
  exit 0
fi
[ "$#" -eq 0 ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

ensure_wasm_target
ensure_trunk
cargo fetch --locked
ensure_wasm_bindgen

hash="$(app_sources_hash)"
DIST="$(mktemp -d)"
trap 'rm -rf "$DIST"' EXIT
step "building the app (trunk build --release) for embedding"
trunk build --release --offline --locked --public-url "$PLACEHOLDER" --dist "$DIST"
# Trunk copies public/, where serve.sh and test.sh put a bundle (public/data):
# content, never part of the app.
rm -rf "${DIST:?}/data"

step "building the drop-in search (crates/js and crates/js/search-ui) into search/"
cargo build --locked --offline --profile wasm-release --target wasm32-unknown-unknown -p veille-js
wasm-bindgen --target web --no-typescript --out-dir "$DIST/search" \
  "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm-release/veille_js.wasm"
cp crates/js/search-ui/veille-search.js "$DIST/search/"

# Only the shell may name the base path: the other files are served as they
# are (their integrity hashes are in the shell).
others="$(grep -rlF -- "$PLACEHOLDER" "$DIST" | grep -vx "$DIST/index.html" || true)"
if [ -n "$others" ]; then
  echo "embed-app.sh: the base path is written into files other than index.html: $others" >&2
  echo "veille site rewrites it in index.html only; keep asset URLs in the shell." >&2
  exit 1
fi
find "$DIST" -name '*.map' -delete   # no source maps in the repository

step "compressing and recording into ${APP_EMBED_DIR#"$ROOT"/}"
mapfile -t files < <(cd "$DIST" && find . -type f | sed 's#^\./##' | LC_ALL=C sort)
# The dev profile compiles the compressor optimized too (Cargo.toml).
cargo run --quiet --locked -p veille-precompress --example brotli_files -- "${files[@]/#/$DIST/}"
rm -rf "$APP_EMBED_DIR/files"
mkdir -p "$APP_EMBED_DIR/files"
for f in "${files[@]}"; do
  mkdir -p "$APP_EMBED_DIR/files/$(dirname "$f")"
  mv "$DIST/$f.br" "$APP_EMBED_DIR/files/$f.br"
done
printf '%s  app sources (scripts/lib.sh, app_sources_hash)\n' "$hash" > "$RECORD"
du -sh "$APP_EMBED_DIR/files" >&2
echo "Embedded the app built from sources $hash. Commit crates/cli/app/." >&2
