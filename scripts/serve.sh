#!/usr/bin/env bash
# Installs what is missing, then serves the explorer on the embedded seeds with live rebuilds.
# Extra arguments go to `trunk serve` (e.g. --port 9000). CLIPPINGS_SEEDS=<folder> embeds another folder.
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$CLIPPINGS_ROOT"
# trunk watches the repo; a collection outside it is watched too, so that new files appear.
watch=()
if [ -n "${CLIPPINGS_SEEDS:-}" ]; then
  watch=(--watch . --watch "$CLIPPINGS_SEEDS")
fi
exec trunk serve --offline "${watch[@]}" "$@"
