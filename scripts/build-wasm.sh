#!/usr/bin/env bash
# Builds the wasm rules with wasm-pack and assembles dist/, the module a panel drops in:
#   dist/domainguard.js        the ES module (from js/domainguard.js)
#   dist/domainguard.d.ts      its TypeScript declarations (from js/domainguard.d.ts)
#   dist/domainguard_wasm.js   the wasm-bindgen glue (pkg/domainguard.js, renamed)
#   dist/domainguard_wasm.d.ts the glue's declarations
#   dist/domainguard_bg.wasm   the WebAssembly module (rules; what every panel page loads)
#   dist/batch/                the inventory build (rules + inventory report + calendar) and its glue,
#                              for the inventory page and its Web Worker
#   dist/README.md             the integration guide (js/README.md)
# Safe to run again; cargo and wasm-opt make a rebuild without changes quick.
#   scripts/build-wasm.sh            wasm-pack build + assemble dist/
#   scripts/build-wasm.sh --dist-only  assemble dist/ from an existing pkg/ (JS-only changes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
die() { printf 'build-wasm: %s\n' "$*" >&2; exit 1; }

dist_only=false
for arg in "$@"; do
  case "$arg" in
    --dist-only) dist_only=true ;;
    *) die "unknown option $arg" ;;
  esac
done

if ! $dist_only; then
  command -v wasm-pack >/dev/null || die "wasm-pack not found; run scripts/setup.sh --wasm"
  # Without wasm-opt on PATH wasm-pack tries to download binaryen from GitHub, which fails here.
  command -v wasm-opt >/dev/null || die "wasm-opt not found; run scripts/setup.sh --wasm (binaryen from npm)"
  # The module every panel page loads: the rules, without the batch exports.
  wasm-pack --quiet build --target web --release --out-dir pkg
  # The inventory page's module (and its worker): the same rules plus inventory and calendar.
  wasm-pack --quiet build --target web --release --out-dir pkg-batch -- --features batch
fi

for f in pkg/domainguard.js pkg/domainguard_bg.wasm pkg-batch/domainguard.js pkg-batch/domainguard_bg.wasm \
         js/domainguard.js js/domainguard.d.ts; do
  [ -f "$f" ] || die "$f missing"
done
[ -x node_modules/.bin/terser ] || die "terser missing; run npm ci (scripts/setup.sh --all)"

tmp=$(mktemp -d "$root/.dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/batch"
# The shipped JS is minified (terser: compress + mangle, ES module); js/domainguard.js stays the
# readable source and is what the tests' stack traces point into via the unminified copy below.
minify() { node_modules/.bin/terser "$1" --module --compress --mangle --comments false -o "$2"; }
# Every module in js/ ships: domainguard.js (what every panel page loads) and further entry
# points that import it (e.g. a CMS page's click guard, the inventory worker).
for f in js/*.js; do minify "$f" "$tmp/$(basename "$f")"; done
for f in js/*.d.ts; do cp "$f" "$tmp/"; done
minify pkg/domainguard.js "$tmp/domainguard_wasm.js"
minify pkg-batch/domainguard.js "$tmp/batch/domainguard_wasm.js"
cp js/README.md "$tmp/README.md"
cp pkg/domainguard_bg.wasm "$tmp/domainguard_bg.wasm"
cp pkg-batch/domainguard_bg.wasm "$tmp/batch/domainguard_bg.wasm"
[ -f pkg/domainguard.d.ts ] && cp pkg/domainguard.d.ts "$tmp/domainguard_wasm.d.ts"
[ -f pkg-batch/domainguard.d.ts ] && cp pkg-batch/domainguard.d.ts "$tmp/batch/domainguard_wasm.d.ts"
version=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)
cat > "$tmp/package.json" <<JSON
{
  "name": "domainguard",
  "version": "$version",
  "description": "domainguard rules (WebAssembly) and form guard for hosting panels",
  "type": "module",
  "main": "domainguard.js",
  "module": "domainguard.js",
  "types": "domainguard.d.ts",
  "sideEffects": true,
  "license": "MIT OR Apache-2.0"
}
JSON
rm -rf dist
mv "$tmp" dist
chmod 755 dist
trap - EXIT
printf 'build-wasm: dist/ ready (%s)\n' "$(cd dist && ls | tr '\n' ' ')"
