#!/usr/bin/env bash
# How long a publication takes: `veille site` (release build, the app it
# carries) on COUNT generated articles (crates/synth, seed 7), three times:
# a first publication into an empty folder, the same again (nothing
# changed), and again with one more article; prints each wall time and
# what veille site said. Figures go to benchsuite/runs/<date>-<what>/.
#   scripts/bench-publish.sh 2800
#   scripts/bench-publish.sh 100000 /path/with/space   (generated files and sites go there)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
COUNT="${1:?usage: scripts/bench-publish.sh COUNT [WORKDIR]}"
WORK="${2:-$(mktemp -d)}"
mkdir -p "$WORK"
VEILLE="$WORK/veille"
cp "$(VEILLE_TOOLS_PROFILE=release veille_binary)" "$VEILLE"
rm -rf "$WORK/articles" "$WORK/extra" "$WORK/site"
step "generating $COUNT articles into $WORK/articles"
run_tool veille-synth --count "$COUNT" --seed 7 --out "$WORK/articles"
mkdir -p "$WORK/extra"

publish() {
  local what="$1" start end
  start="$(date +%s.%N)"
  "$VEILLE" site "$WORK/articles" "$WORK/extra" --out "$WORK/site" \
    --base-url https://user.github.io --base-path /veille/ --quiet
  end="$(date +%s.%N)"
  printf '%s: %.1f s (load: %s)\n' "$what" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
}
step "publishing $COUNT articles"
publish "first publication, $COUNT articles"
publish "again, nothing changed"
mkdir -p "$WORK/extra/papers"
cat > "$WORK/extra/papers/one-more.md" <<'MD'
---
title: One more article
date: 2040-01-01
tags: [Benchmark]
---
An article added after the first publication.
MD
publish "again, one more article"
