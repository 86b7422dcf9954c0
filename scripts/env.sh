# Sourced by the other scripts: the tools that setup.sh installs, first on PATH.
CLIPPINGS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# trunk and the wasm-bindgen CLI, at the versions this project pins, kept apart from a user's own
# ~/.cargo/bin and shared by every clone of the repo on the machine.
CLIPPINGS_TOOLS="${CLIPPINGS_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/clippings/tools}"
export PATH="$CLIPPINGS_ROOT/node_modules/.bin:$CLIPPINGS_TOOLS/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
