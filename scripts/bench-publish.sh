#!/usr/bin/env bash
# How long a publication takes: `veille site` (release build, the app it
# carries) on COUNT generated articles (crates/synth, seed 7), three times:
# a first publication into an empty folder, the same again (nothing
# changed), and again with one more article; prints each wall time and
# what veille site said. Figures go to benchsuite/runs/<date>-<what>/.
#   scripts/bench-publish.sh 2800
#   scripts/bench-publish.sh 100000 /path/with/space   (generated files and sites go there)
# VEILLE_BIN=path uses that binary instead of building one; PUBLISH_ARGS
# adds arguments to each `veille site` (e.g. --no-precompress). After the
# last run it counts the files that run rewrote, by folder.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
COUNT="${1:?usage: scripts/bench-publish.sh COUNT [WORKDIR]}"
WORK="${2:-$(mktemp -d)}"
mkdir -p "$WORK"
VEILLE="$WORK/veille"
cp "${VEILLE_BIN:-$(VEILLE_TOOLS_PROFILE=release veille_binary)}" "$VEILLE"
rm -rf "$WORK/extra" "$WORK/site"
if [[ ! -f "$WORK/articles/.count-$COUNT" ]]; then
  rm -rf "$WORK/articles"
  step "generating $COUNT articles into $WORK/articles"
  run_tool veille-synth --count "$COUNT" --seed 7 --out "$WORK/articles"
  touch "$WORK/articles/.count-$COUNT"
fi
mkdir -p "$WORK/extra"
read -r -a EXTRA_ARGS <<< "${PUBLISH_ARGS:-}"

publish() {
  local what="$1" start end
  start="$(date +%s.%N)"
  LAST_START="$start"
  "$VEILLE" site "$WORK/articles" "$WORK/extra" --out "$WORK/site" \
    --base-url https://user.github.io --base-path /veille/ --quiet "${EXTRA_ARGS[@]}"
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
# What the last run rewrote: files newer than the stamp taken before it.
touch -d "@$(cut -d. -f1 <<< "$LAST_START")" "$WORK/stamp"
step "files the last run rewrote, by folder"
(cd "$WORK/site" && find . -type f -newer "$WORK/stamp" | sed -E 's|^\./||; s|/[^/]*$||' | sort | uniq -c | sort -rn | head -20) >&2
