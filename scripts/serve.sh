#!/usr/bin/env bash
# Serve the explorer: install what is missing, build the bundle, run `trunk serve`.
#   scripts/serve.sh                  the sample content in content/
#   scripts/serve.sh DIR [DIR...]     your own content folders
#   PORT=9000 scripts/serve.sh        another port (default 8080)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PORT="${PORT:-8080}"
[ "$#" -gt 0 ] || set -- "$ROOT/content"

ensure_wasm_target
ensure_trunk
cargo fetch --locked
ensure_wasm_bindgen
build_bundle "$@"

step "building and serving the explorer (the first build takes about 3 minutes)"
echo "Veille will be at http://127.0.0.1:$PORT/ once Trunk prints 'server listening'." >&2
exec trunk serve --release --offline --locked --port "$PORT"
