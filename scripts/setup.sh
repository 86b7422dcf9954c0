#!/usr/bin/env bash
# Installs what Clippings needs and is missing, and skips what is already there.
#   scripts/setup.sh          what `trunk serve` needs
#   scripts/setup.sh --test   that, plus Chromium and ChromeDriver for the browser tests
#
# Debian and npm packages download in the background while cargo compiles the two Rust tools
# (downloads wait on the network, compiling on the processor), and each step says how long it
# took on a fresh 2-core machine and how long it took here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CLIPPINGS_ROOT"

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
WITH_TESTS=false
[ "${1:-}" = "--test" ] && WITH_TESTS=true

setup_started=$SECONDS
say() { printf 'setup: %s\n' "$*"; }
took() { local s=$((SECONDS - $1)); printf '%dm %02ds' $((s / 60)) $((s % 60)); }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
logs="$CLIPPINGS_ROOT/target/setup"
mkdir -p "$logs"

if ! command -v cargo >/dev/null; then
  say "Rust is missing: install it with rustup (https://rustup.rs), then run this again"; exit 1
fi

# What the background job installs: Debian's packages, then npm's (npm may be among the former).
debian=()
command -v npm >/dev/null || debian+=(nodejs npm)
if $WITH_TESTS && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  debian+=(chromium chromium-driver)
fi
npm_needed=false
cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null || npm_needed=true

packages() {
  if [ ${#debian[@]} -gt 0 ]; then
    local t=$SECONDS
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debian[@]}"
    echo "Debian packages (${debian[*]}) installed in $(took $t)"
  fi
  if $npm_needed; then
    local t=$SECONDS
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-lock
    echo "npm packages (wasm-opt from binaryen, playwright-core, benchmark peers) installed in $(took $t)"
  fi
}
packages_pid=
if [ ${#debian[@]} -gt 0 ] || $npm_needed; then
  what=""
  [ ${#debian[@]} -gt 0 ] && what="Debian packages (${debian[*]})"
  $npm_needed && what="${what:+$what, then }npm packages"
  say "installing $what in the background (about 1 minute; log: target/setup/packages.log)"
  if [ ${#debian[@]} -gt 0 ] && [ "$(id -u)" != 0 ]; then
    sudo -v # ask for the password now, not in the background
  fi
  packages >"$logs/packages.log" 2>&1 &
  packages_pid=$!
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target (seconds)"; rustup target add wasm32-unknown-unknown
fi
if $WITH_TESTS && ! cargo fmt --version >/dev/null 2>&1; then
  say "adding rustfmt (seconds)"; rustup component add rustfmt
fi
if $WITH_TESTS && ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy (seconds)"; rustup component add clippy
fi
# trunk runs cargo with --offline: have every crate in the local cache first.
t=$SECONDS
cargo fetch --quiet
[ $((SECONDS - t)) -gt 5 ] && say "project crates downloaded in $(took $t)"

# The tools go to their own folder (on PATH through env.sh) so that a trunk or wasm-bindgen
# of another version in ~/.cargo/bin, used by other projects, is left as it is.
if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  # A debug trunk compiles in half the time of a release one (fat LTO, one codegen unit) and
  # builds the page as fast: trunk only drives cargo, wasm-bindgen and wasm-opt. Without debug
  # info it compiles and links faster still.
  say "installing trunk $TRUNK_VERSION, a debug build (about 4 minutes on 2 cores)"
  t=$SECONDS
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls \
    --debug --config profile.dev.debug=false --root "$CLIPPINGS_TOOLS" --quiet
  say "trunk installed in $(took $t)"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # wasm-bindgen works on every Wasm that a build or a browser test makes: a debug build of it
  # runs 5 to 6 times slower there (15 s against 2.8 s on the debug Wasm that every `trunk serve`
  # rebuild makes), while one optimised at level 1 runs as fast as a release build and compiles
  # in 13% less time (129 s against 148 s with the crates downloaded).
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION, optimised at level 1 (about 2.5 minutes on 2 cores)"
  t=$SECONDS
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$CLIPPINGS_TOOLS" \
    --config profile.release.opt-level=1 --quiet
  say "wasm-bindgen-cli installed in $(took $t)"
fi

if [ -n "$packages_pid" ]; then
  if ! wait "$packages_pid"; then
    say "installing packages failed; its log, target/setup/packages.log, ends:"
    tail -n 20 "$logs/packages.log"
    exit 1
  fi
  grep -E ' installed in ' "$logs/packages.log" | sed 's/^/setup: /'
fi
[ $((SECONDS - setup_started)) -gt 5 ] && say "set-up done in $(took $setup_started)"
exit 0
