#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (core and SSR), in-browser
# (wasm-bindgen-test in headless Chromium) and end to end (the release build, served on
# 127.0.0.1, driven by playwright-core).
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CLIPPINGS_ROOT"

started=$SECONDS
step() { printf '\n==> %s (at %dm %02ds)\n' "$*" $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)); }

step "formatting"
cargo fmt --all --check

step "lints: clippy on every target, warnings as errors"
cargo clippy --workspace --all-targets -- -D warnings

step "native tests: core, state, server-side rendered components"
# The core's `parallel` feature (what build.rs builds with) is named here, not left to whichever
# workspace member happens to turn it on: tests/parallel.rs needs it, and is skipped without it.
cargo test --workspace --features clippings-core/parallel

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test browser

step "release build on the seeds"
trunk build --release --offline

BBC="$CLIPPINGS_ROOT/../shared/corpora/bbc"
if [ -d "$BBC" ]; then
  step "release build on the BBC corpus ($BBC)"
  CLIPPINGS_SEEDS="$BBC" trunk build --release --offline --dist target/dist-bbc
elif [ "${CI:-}" = true ]; then
  # CI always has ../shared: without it the corpus tests would pass without running.
  step "FAILED: the BBC corpus is not at $BBC"
  exit 1
else
  step "SKIPPED: the BBC corpus is not at $BBC; its tests say so"
  rm -rf target/dist-bbc
fi

# The runner's summary stays the last thing printed (CI reads it).
step "end-to-end tests in Chromium"
node --test --test-concurrency=1 tests/e2e/
