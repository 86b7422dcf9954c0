#!/usr/bin/env bash
# Installs what Clippings needs and is missing, and skips what is already there.
#   scripts/setup.sh          what `trunk serve` needs
#   scripts/setup.sh --test   that, plus Chromium and ChromeDriver for the browser tests
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CLIPPINGS_ROOT"

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=false
apt_install() {
  if ! $apt_updated; then as_root apt-get update -qq; apt_updated=true; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v cargo >/dev/null; then
  say "Rust is missing: install it with rustup (https://rustup.rs), then run this again"; exit 1
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! command -v npm >/dev/null; then
  say "installing Node.js and npm"; apt_install nodejs npm
fi
if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then
  say "installing npm packages (wasm-opt from binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock
fi
if [ "${1:-}" = "--test" ]; then
  if ! cargo fmt --version >/dev/null 2>&1; then
    say "adding rustfmt"; rustup component add rustfmt
  fi
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"; apt_install chromium chromium-driver
  fi
fi
# trunk runs cargo with --offline: have every crate in the local cache first.
cargo fetch --quiet
