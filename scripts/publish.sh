#!/usr/bin/env bash
# Publish: write a deployable folder with `veille site` (app, bundle, one
# page per article, 404.html, sitemap.xml, robots.txt, Atom feeds), with the
# app veille carries (crates/cli/app) when it matches the sources, else with
# a fresh Trunk build for the site's base path (a work tree whose app changed
# since scripts/embed-app.sh last ran).
#   scripts/publish.sh                                    content/ for http://127.0.0.1:8000/ into _site/
#   scripts/publish.sh --base-url https://user.github.io --base-path /veille/ ~/my-site/content
#   scripts/publish.sh --out /srv/www/veille --base-url https://example.org DIR [DIR...]
# Other options are passed to `veille site`: --bundle FILE (instead of
# folders), --name TEXT, --description TEXT, --drafts, --strict, --quiet.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

BASE_URL="http://127.0.0.1:8000"
BASE_PATH="/"
OUT="$ROOT/_site"
PASS=()
DIRS=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --base-url) BASE_URL="$2"; shift 2 ;;
    --base-path) BASE_PATH="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --bundle|--name|--description|--max-year) PASS+=("$1" "$2"); shift 2 ;;
    --drafts|--strict|--quiet|-q) PASS+=("$1"); shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "publish.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) DIRS+=("$(cd "$1" && pwd)"); shift ;;
  esac
done
case " ${PASS[*]:-} " in *" --bundle "*) ;; *) [ "${#DIRS[@]}" -gt 0 ] || DIRS=("$ROOT/content") ;; esac

# Trunk's --public-url: the base path with a slash at both ends ("/" or "/veille/").
PUBLIC_URL="/$(printf '%s' "$BASE_PATH" | sed 's#^/*##; s#/*$##')/"
PUBLIC_URL="${PUBLIC_URL//\/\//\/}"
DIST_ARGS=()
if ! scripts/embed-app.sh --check 2>/dev/null; then
  DIST="$ROOT/target/publish-dist"
  ensure_wasm_target
  ensure_trunk
  cargo fetch --locked
  ensure_wasm_bindgen
  step "the app changed since scripts/embed-app.sh: building it for $PUBLIC_URL"
  trunk build --release --offline --locked --public-url "$PUBLIC_URL" --dist "$DIST"
  DIST_ARGS=(--dist "$DIST")
fi

step "writing the site to $OUT"
run_tool veille-cli site ${DIST_ARGS[@]+"${DIST_ARGS[@]}"} --out "$OUT" \
  --base-url "$BASE_URL" --base-path "$PUBLIC_URL" ${PASS[@]+"${PASS[@]}"} ${DIRS[@]+"${DIRS[@]}"}

if [ "$PUBLIC_URL" = "/" ]; then
  echo "Try it: python3 -m http.server --bind 127.0.0.1 8000 -d '$OUT'  (then http://127.0.0.1:8000/)" >&2
else
  echo "Deploy the contents of $OUT at ${PUBLIC_URL}; to try it locally, serve a folder that holds it as ${PUBLIC_URL%/}." >&2
fi
