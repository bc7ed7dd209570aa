#!/usr/bin/env bash
# The npm package as an integrator gets it: `npm pack` of dist/, the tarball installed in a
# scratch project (tests/pack/consumer/, its own exact-pinned devDependencies and lock file),
# then tests/pack/*.test.mjs: Node ESM, Vite, esbuild and webpack builds in headless Chromium,
# tsc --strict (Node without the DOM lib, and a browser project), publint.
# Idempotent: the consumer's `npm ci` runs only when its lock file changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
consumer=tests/pack/consumer
die() { printf 'tests/pack: %s\n' "$*" >&2; exit 1; }
[ -f dist/package.json ] || die "dist/ missing: run bash scripts/build-wasm.sh first"

stamp="$consumer/node_modules/.domainguard-lock"
if cmp -s "$consumer/package-lock.json" "$stamp"; then
  printf 'tests/pack: consumer devDependencies present\n'
else
  (cd "$consumer" && npm ci --no-fund --no-audit --loglevel=error)
  cp "$consumer/package-lock.json" "$stamp"
fi

mkdir -p build/pack
rm -f build/pack/domainguard-*.tgz
tarball=$(cd dist && npm pack --silent --pack-destination "$root/build/pack")
printf 'tests/pack: packed build/pack/%s\n' "$tarball"
# --no-save: the tarball changes with every build; the consumer's lock file stays as committed.
(cd "$consumer" && npm install --no-save --no-fund --no-audit --loglevel=error "$root/build/pack/$tarball")

node --test tests/pack/
