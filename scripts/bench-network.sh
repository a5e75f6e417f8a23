#!/usr/bin/env bash
# The network benchmark, one command:
#   scripts/bench-network.sh [--no-publish | --publish-only]
# Publishes two sites with scripts/publish.sh (precompressed siblings
# included): one shaped like the publisher's (content/ plus ../shared/corpus
# when present, topped up with generated articles to about 2,800; else
# 2,800 generated) and one of 10,000 generated articles (crates/synth, seed
# 42); serves each with Debian's nginx and deploy/nginx-veille.conf, the
# configuration the README shows; loads it in headless Chromium throttled
# to "Fast 4G" and "Slow 4G", cold and warm (e2e/bench/network/run.mjs),
# the publishers' image hosts answered by a local stand-in (offsite.mjs);
# runs Lighthouse on the first site's home and article pages, mobile and
# desktop. Prints two tables. --publish-only stops after publishing;
# --no-publish measures the sites already in $BENCH_DIR (to compare builds:
# publish each into its own BENCH_DIR, then measure them). Nothing here
# runs in the test command; the loopback benchmark is scripts/bench-app.sh.
# Environment: BENCH_DIR (default target/bench-network), BENCH_PORT (nginx's
# port, default 8797), REPS, PROFILES, LIGHTHOUSE=0, OFFSITE=0 (see run.mjs).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PUBLISH=1
MEASURE=1
case "${1:-}" in
  --no-publish) PUBLISH=0 ;;
  --publish-only) MEASURE=0 ;;
  -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) echo "bench-network.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
esac
WORK="${BENCH_DIR:-$ROOT/target/bench-network}"
SHARED="${VEILLE_SHARED_DIR:-$ROOT/../shared}"
TARGET_COUNT=2800
export BENCH_PORT="${BENCH_PORT:-8797}"
SITE_URL="http://127.0.0.1:$BENCH_PORT"
mkdir -p "$WORK"

ensure_browser_testing
ensure_nginx
ensure_bench_network_packages

if [ "$PUBLISH" = 1 ]; then
  synth() {  # synth COUNT SEED DIR: generated articles, written once
    [ -d "$3" ] || { step "$1 generated articles (seed $2)"; run_tool veille-synth --count "$1" --seed "$2" --out "$3" >/dev/null; }
  }
  corpus=("$ROOT/content")
  if [ -d "$SHARED/corpus" ]; then
    corpus+=("$SHARED/corpus/medtech" "$SHARED/corpus/starter-vascular/papers")
    real="$(find "${corpus[@]}" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.json' \) | wc -l)"
  else
    echo "note: no ../shared beside this checkout: the publisher-shaped site is generated articles only" >&2
    real=0
  fi
  top_up=$(( TARGET_COUNT > real ? TARGET_COUNT - real : 0 ))
  if [ "$top_up" -gt 0 ]; then
    synth "$top_up" 7 "$WORK/content-topup-$top_up"
    corpus+=("$WORK/content-topup-$top_up")
  fi
  synth 10000 42 "$WORK/content-10000"
  scripts/publish.sh --quiet --base-url "$SITE_URL" --out "$WORK/site-publisher" "${corpus[@]}"
  scripts/publish.sh --quiet --base-url "$SITE_URL" --out "$WORK/site-10000" "$WORK/content-10000"
fi

[ "$MEASURE" = 1 ] || exit 0
step "measuring (nginx, headless Chromium, Lighthouse)"
cd "$ROOT/e2e/bench/network"
node run.mjs "publisher-shaped=$WORK/site-publisher" "generated=$WORK/site-10000"
