# Shared by serve.sh and test.sh: idempotent, pinned installs and small helpers.
# Each ensure_* function checks first and installs only what is missing.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
TRUNK_VERSION="0.21.14"   # 0.22 needs rustc >= 1.96.1 (docs/toolchain.md §1)

# Prints a step's title with the time since the script started.
step() { printf '\n\033[1m==> [%4ss] %s\033[0m\n' "$SECONDS" "$*" >&2; }

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || { step "installing the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    step "installing trunk $TRUNK_VERSION (about 13 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local v; v="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $v" ]; then
    step "installing wasm-bindgen-cli $v (about 5 minutes, once)"
    # No --locked: its lock file pins a webpki-roots the registry lacks (docs/toolchain.md P1).
    cargo install wasm-bindgen-cli --version "$v" --force
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "installing Debian's chromium and chromium-driver"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

# Debian's nginx and its brotli static module, for e2e/hosting.test.mjs and
# the network benchmark (both run it as the current user, from a temporary
# prefix). The module has one version in bookworm; nginx takes bookworm's
# security updates.
NGINX_BROTLI_VERSION="1.0.0~rc-3"
ensure_nginx() {
  if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    step "installing Debian's nginx and libnginx-mod-http-brotli-static $NGINX_BROTLI_VERSION"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      nginx "libnginx-mod-http-brotli-static=$NGINX_BROTLI_VERSION" >/dev/null
  fi
}

# The network benchmark's Lighthouse (e2e/bench/network/package-lock.json).
ensure_bench_network_packages() {
  npm_ci_when_changed "$ROOT/e2e/bench/network" "the network benchmark's node packages (Lighthouse)"
}

# `npm ci` in DIR unless its node_modules was installed from the same
# package-lock.json (a copy kept beside it: npm's own node_modules/.package-lock.json
# is written in another form and never equals it).
npm_ci_when_changed() {
  local dir="$1" what="$2"
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.veille-installed-lock.json" 2>/dev/null; then
    step "installing $what from ${dir#"$ROOT"/}/package-lock.json"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.veille-installed-lock.json"
  fi
}

ensure_e2e_packages() {
  npm_ci_when_changed "$ROOT/e2e" "the end-to-end tests' node packages"
}

# Everything the browser tests and benchmarks need: the wasm target, Chromium
# and its driver, Trunk, the crates, wasm-bindgen-cli, the node packages.
ensure_browser_testing() {
  ensure_wasm_target
  ensure_chromium
  ensure_trunk
  cargo fetch --locked
  ensure_wasm_bindgen
  ensure_e2e_packages
}

# The cargo profile the native tools (veille, veille-synth) run in: release
# for users' content; scripts/test.sh sets dev, whose binaries its native
# tests have just built, instead of compiling every dependency again
# optimized for a few hundred articles.
VEILLE_TOOLS_PROFILE="${VEILLE_TOOLS_PROFILE:-release}"

# Runs one of the workspace's native binaries: run_tool PACKAGE ARGS...
run_tool() {
  local package="$1"; shift
  cargo run --quiet --profile "$VEILLE_TOOLS_PROFILE" --locked -p "$package" -- "$@"
}

# Builds the bundle the app serves (public/data) from the given folders.
build_bundle() {
  step "building the bundle from: $*"
  run_tool veille-cli build "$@" --out "$ROOT/public/data"
}

# The generated articles the end-to-end tests count on (pages, result
# positions, many results): a fixed seed and count, so that their figures
# are stable. Change them and the counts in e2e/*.test.mjs change too.
E2E_SYNTH_SEED=42
E2E_SYNTH_COUNT=750

# Builds the end-to-end tests' bundle (public/data) from in-repository data
# only: the seeds in content/, the hand-written e2e/fixtures/corpus and
# $E2E_SYNTH_COUNT articles of crates/synth written into the folder $1
# (created; the caller removes it).
build_e2e_bundle() {
  local generated="$1"
  step "generating $E2E_SYNTH_COUNT articles (seed $E2E_SYNTH_SEED) into $generated"
  run_tool veille-synth --count "$E2E_SYNTH_COUNT" --seed "$E2E_SYNTH_SEED" --out "$generated"
  build_bundle "$ROOT/content" "$ROOT/e2e/fixtures/corpus" "$generated"
}

# Serves dist/ with an index.html fallback for client-side routes; sets SERVER_PID.
start_spa_server() {
  local port="$1"
  python3 "$ROOT/scripts/spa_server.py" "$ROOT/dist" "$port" >/dev/null 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.1
  done
  echo "the static server did not start on port $port" >&2
  return 1
}

# The app `veille` carries (crates/cli/app, written by scripts/embed-app.sh):
# everything the Trunk release build reads, and the drop-in search (the
# engine's JavaScript package, crates/js, and crates/js/search-ui). A change to any of these files
# needs a new embedding; `scripts/embed-app.sh --check` says so.
APP_EMBED_DIR="$ROOT/crates/cli/app"
APP_SOURCES=(index.html Trunk.toml Cargo.toml Cargo.lock build.rs rust-toolchain.toml
  src public style crates/core/Cargo.toml crates/core/src
  crates/js/Cargo.toml crates/js/src crates/js/js crates/js/search-ui)

# The SHA-256 of the app's sources: of the list "hash  path" of every file
# under APP_SOURCES that git tracks or would track (untracked but not
# ignored), in byte order; without git, every file under them.
app_sources_hash() {
  (
    cd "$ROOT"
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
      git ls-files -z --cached --others --exclude-standard -- "${APP_SOURCES[@]}"
    else
      find "${APP_SOURCES[@]}" -type f -print0
    fi | LC_ALL=C sort -zu | while IFS= read -r -d '' f; do
      [ -f "$f" ] && sha256sum -- "$f"   # a tracked file deleted in the work tree is skipped
    done | sha256sum | cut -d' ' -f1
  )
}

# Builds the `veille` binary in VEILLE_TOOLS_PROFILE and prints its path.
veille_binary() {
  cargo build --quiet --profile "$VEILLE_TOOLS_PROFILE" --locked -p veille-cli --bin veille
  local dir="$VEILLE_TOOLS_PROFILE"; [ "$dir" = dev ] && dir=debug
  printf '%s/%s/veille\n' "${CARGO_TARGET_DIR:-$ROOT/target}" "$dir"
}

# Runs a command with a PATH that holds no wasm toolchain (no trunk, no
# wasm-bindgen, no cargo): as on a machine that only installed `veille`.
without_wasm_toolchain() {
  local path=/usr/local/bin:/usr/bin:/bin
  if PATH="$path" command -v trunk >/dev/null || PATH="$path" command -v wasm-bindgen >/dev/null; then
    echo "without_wasm_toolchain: trunk or wasm-bindgen is in $path" >&2
    return 1
  fi
  env PATH="$path" "$@"
}

# PyYAML, for scripts/run-workflow.py (Debian's python3-yaml).
ensure_python_yaml() {
  if ! python3 -c 'import yaml' 2>/dev/null; then
    step "installing Debian's python3-yaml"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-yaml >/dev/null
  fi
}
