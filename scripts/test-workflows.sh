#!/usr/bin/env bash
# Runs the GitHub Actions examples (examples/github-pages/*.yml) here with
# scripts/run-workflow.py, the way the runner would, on a stand-in content
# repository (the articles of content/papers and e2e/fixtures/site under
# src/content/papers; for the Astro example, a stand-in Astro project), with
# a warm cache holding the given veille; then checks what was deployed.
#   scripts/test-workflows.sh [VEILLE_BIN]     (default: builds it)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_python_yaml
VEILLE_BIN="${1:-$(veille_binary)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
REPO="owner/cardio-watch"
EXAMPLES="$ROOT/examples/github-pages"

# The content repository as checked out: articles under src/content/papers.
content_repo() {
  local dir="$1"
  mkdir -p "$dir/src/content/papers"
  cp "$ROOT"/content/papers/*.md "$ROOT"/e2e/fixtures/site/notes/*.md "$dir/src/content/papers/"
}

# fail MESSAGE: the deployed site is not what the workflow should give.
fail() { echo "test-workflows: $*" >&2; exit 1; }
# has_app DIR BASE: a Veille site under BASE (/cardio-watch/ ...) in DIR.
has_app() {
  local dir="$1" base="$2"
  [ -f "$dir/index.html" ] && [ -f "$dir/data/index.bin" ] && [ -f "$dir/.nojekyll" ] \
    || fail "$dir: no Veille site (index.html, data/index.bin, .nojekyll)"
  # The loader is a file of its own (the Content-Security-Policy allows no
  # inline script), named in the page and importing the app, both under BASE.
  local start
  start="$(grep -o "src=\"${base}veille-start-[0-9a-f]*\.js\"" "$dir/index.html" | head -n 1 | sed 's/^src="//; s/"$//')"
  [ -n "$start" ] || fail "$dir/index.html: no loader under $base"
  grep -qF "import('${base}veille-app-" "$dir/${start#"$base"}" || fail "$dir/${start#"$base"}: the app is not under $base"
  ls "$dir"/veille-app-*_bg.wasm >/dev/null || fail "$dir: no wasm"
  [ -f "$dir/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients/index.html" ] \
    || fail "$dir: no page for an article"
  grep -q "https://owner.github.io${base}papers/" "$dir/sitemap.xml" || fail "$dir/sitemap.xml: not under https://owner.github.io$base"
}

step "workflow example: veille-pages.yml (a content repository on GitHub Pages)"
content_repo "$WORK/content-repo"
python3 scripts/run-workflow.py "$EXAMPLES/veille-pages.yml" --checkout "$WORK/content-repo" \
  --veille "$VEILLE_BIN" --repository "$REPO" --deploy "$WORK/pages"
has_app "$WORK/pages" /cardio-watch/

step "workflow example: astro-explorer.yml (an Astro site, the explorer at /explorer/)"
content_repo "$WORK/astro-repo"
cp "$EXAMPLES"/astro-stand-in/{package.json,package-lock.json,build.mjs} "$WORK/astro-repo/"
python3 scripts/run-workflow.py "$EXAMPLES/astro-explorer.yml" --checkout "$WORK/astro-repo" \
  --veille "$VEILLE_BIN" --repository "$REPO" --deploy "$WORK/astro-pages"
grep -q 'href="/cardio-watch/explorer/"' "$WORK/astro-pages/index.html" || fail "the Astro site's page is missing"
has_app "$WORK/astro-pages/explorer" /cardio-watch/explorer/
echo "test-workflows: both examples deployed what they should" >&2
