#!/usr/bin/env bash
# The explorer's browser benchmark, one command:
#   scripts/bench-app.sh [SIZE...]        (default: 2787 100000)
# For each size, writes that many synthetic articles (crates/synth, seed 42),
# builds them with `veille build`, serves the release app with them, and
# measures in headless Chromium: navigation to first results painted, and
# keystroke to updated results painted (p50/p95), in Chrome as shipped and
# without its navigation predictor, typed at a steady pace and with a
# person's irregular gaps, plus the page's memory.
# Prints one table. Nothing here runs in the test command.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(2787 100000)
WORK="${BENCH_DIR:-$ROOT/target/bench-app}"
PORT="${BENCH_PORT:-8795}"

ensure_browser_testing

step "release builds of the CLI, the generator and the app"
cargo build --quiet --release --locked -p veille-cli -p veille-synth
trunk build --release --offline --locked

rows=()
for n in "${SIZES[@]}"; do
  site="$WORK/site-$n"
  if [ ! -d "$WORK/content-$n" ]; then
    step "$n synthetic articles"
    "$ROOT/target/release/veille-synth" --count "$n" --seed 42 --out "$WORK/content-$n"
  fi
  # Built every time (seconds at 100k), so the data always matches this
  # build's index format.
  step "bundle of $n articles"
  rm -rf "$WORK/data-$n"
  "$ROOT/target/release/veille" build "$WORK/content-$n" --out "$WORK/data-$n" --quiet
  rm -rf "$site" && mkdir -p "$site"
  cp -r "$ROOT/dist/." "$site/"
  rm -rf "$site/data" && ln -s "$WORK/data-$n" "$site/data"
  step "measuring at $n articles"
  python3 "$ROOT/scripts/spa_server.py" "$site" "$PORT" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
  rows+=("$(cd e2e && node bench/app.mjs "http://127.0.0.1:$PORT" "$n")")
  kill "$server"
  wait "$server" 2>/dev/null || true
done

printf '\nExplorer in headless Chromium (%s cores, load %s)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-9s | %-23s | %-18s | %-37s | %-22s | %-22s | %-22s | %-20s | %-22s | %s\n' "articles" "index.bin" "first results p50 (max)" "link to a search" "keystroke→results painted p50 / p95 (n)" "same, predictor off **" "every link watched *****" "irregular gaps ****" "in the DOM p50 / p95" "presented p50 / p95 *" "page memory (wasm)"
for row in "${rows[@]}"; do
  ROW="$row" python3 - "$WORK" <<'PY'
import json, os, sys
r = json.loads(os.environ["ROW"])
data = os.path.join(sys.argv[1], f"data-{r['label']}")
pres = lambda ms: "<16" if ms < 16 else f"{ms:3.0f}"
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(data) for f in fs if f in ("index.bin", "index-rest.bin"))
print(f"{r['label']:<9} {size/1e6:6.1f} MB | {r['first_p50']:8.0f} ms ({r['first_max']:.0f})      | {r['search_p50']:8.0f} ms        | "
      f"{r['key_p50']:6.1f} / {r['key_p95']:6.1f} ms ({r['key_n']}, max {r['key_max']:.0f})    | "
      f"{r['own_p50']:5.1f} / {r['own_p95']:5.1f} ms (max {r['own_max']:.0f}) | "
      f"{r['all_p50']:5.1f} / {r['all_p95']:5.1f} ms (max {r['all_max']:.0f}) | "
      f"{r['irr_p50']:5.1f} / {r['irr_p95']:5.1f} ms (max {r['irr_max']:.0f}) | "
      f"{r['key_dom_p50']:5.1f} / {r['key_dom_p95']:5.1f} ms      | "
      f"{pres(r['key_presented_p50'])} / {pres(r['key_presented_p95'])} ms        | "
      f"{r['memory_mb']:.0f} MB ({r['wasm_mb']:.0f})   [machine: {r['speed_before_ms']:.1f} / {r['speed_after_ms']:.1f} ms ***]")
PY
done
echo "* presented: when the frame reached the screen, from the Event Timing API (Chromium reports it in 8 ms steps, and only from 16 ms)"
echo "** the same typing in a browser without Chrome's navigation predictor, whose sampled links make some keystrokes wait for the next display tick (docs/explorer.md)"
echo "*** a fixed loop of JavaScript arithmetic timed in Node before and after the measurements, while no browser runs: the machine's speed at the time (lower is faster)"
echo "**** the same typing in Chrome as shipped, with the irregular gaps of a person typing (log-normal, median 190 ms) instead of a steady 120 ms"
echo "***** the same typing in a browser whose navigation predictor watches every link: the state of the loads (about three in five) in which Chrome's draw of one link in a hundred watches one"
