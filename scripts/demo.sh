#!/usr/bin/env bash
# The main job: builds the wasm module and serves the training page on localhost.
#   bash scripts/demo.sh [PORT]     (default 8080; 0 picks a free port)
# Installs what it needs first (idempotent: skips what is there).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh --wasm
bash scripts/build-wasm.sh
exec node scripts/serve.mjs "${1:-${PORT:-8080}}"
