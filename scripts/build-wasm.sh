#!/usr/bin/env bash
# Builds the wasm rules with wasm-pack and assembles dist/, the module a panel drops in:
#   dist/domainguard.js        the ES module (js/domainguard.js and the parts in js/src/ it imports,
#                              bundled by scripts/bundle.mjs with esbuild, then minified)
#   dist/domainguard.d.ts      its TypeScript declarations (from js/domainguard.d.ts)
#   dist/domainguard_wasm.js   the wasm-bindgen glue (pkg/domainguard.js, renamed)
#   dist/domainguard_wasm.d.ts the glue's declarations
#   dist/domainguard_bg.wasm   the WebAssembly module (all the rules, both languages)
#   dist/domainguard_de_bg.wasm, domainguard_en_bg.wasm
#                              the lean modules (one language, no IDNA, no CMS actions, no
#                              inline policies; src/lean.rs): what a domain page loads with
#                              init({locale}), the full module then only when a case needs it
#   dist/domainguard_wasm_full.js  a copy of the glue, for that full module
#   dist/batch/                the inventory build (rules + inventory report + calendar) and its glue,
#                              for the inventory page and its Web Worker
#   dist/node.js, node.d.ts    the Node.js entry of the npm package (wasm read from its own file)
#   dist/core.d.ts             the DOM-free declarations shared by both entries
#   dist/README.md             the integration guide (js/README.md)
#   dist/package.json          the npm package `domainguard` (generated below; `npm pack dist/`)
#   dist/LICENSE-MIT, LICENSE-APACHE
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
  # Cargo profile wasm-release (Cargo.toml): opt-level "z", while the native CLI's release
  # profile is built for speed (opt-level 3). The toolchain is the pinned nightly
  # (scripts/nightly.env): the standard library is rebuilt for size (`optimize_for_size`), a
  # panic is a bare trap (`-Cpanic=immediate-abort`; the rules never panic on input, and a
  # trap is what a panic was in the browser anyway, minus the message machinery), and the
  # module is built without reference types (wasm-bindgen keeps JS values in its JS-side heap;
  # smaller than the externref table's shims). Issue 12 measured: 8.4 KB gzip less.
  # `-Zfmt-debug=none` (no `{:?}` output is user-visible; only tests format with it) and
  # `-Zlocation-detail=none` (no panic locations; a panic is a bare trap anyway): 0.5 KB more.
  . scripts/nightly.env
  rustup toolchain list | grep -q "^$NIGHTLY-" || die "$NIGHTLY missing; run scripts/setup.sh --wasm"
  export RUSTUP_TOOLCHAIN=$NIGHTLY
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Ctarget-feature=-reference-types -Zfmt-debug=none -Zlocation-detail=none"
  build_std=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
  # The inventory page's module (and its worker): the same rules plus inventory and calendar.
  # Its standard library is not built for size: `optimize_for_size` swaps the slice sorts for
  # small, slower ones, and the inventory sorts 100,000 rows (measured in Node, same process:
  # the report's sorts 1.5x slower with it, for 6.9 KB raw less). The panel budget does not
  # cover this module.
  # The crate, too, is built for speed (Cargo profile wasm-batch, opt-level 2, then wasm-opt -O3 instead of -Oz):
  # it checks 100,000 rows, and at opt-level "z" that took 3.6x as long (Cargo.toml says more).
  # Its wasm-opt flags are the panel's (Cargo.toml, package.metadata.wasm-pack) with -O3 for -Oz
  # and without --converge (a repeat of the size passes).
  wasm-pack --quiet build "$root" --target web --profile wasm-batch --no-opt --out-dir pkg-batch -- --features batch -Zbuild-std=std,panic_abort
  panel_opt=$(sed -n '/^\[package.metadata.wasm-pack.profile.custom\]/,/^wasm-opt/s/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')
  [ -n "$panel_opt" ] || die "Cargo.toml: package.metadata.wasm-pack.profile.custom wasm-opt flags not found"
  batch_opt=()
  for flag in $panel_opt; do
    case "$flag" in
      -Oz) batch_opt+=(-O3) ;;
      --converge) ;;
      *) batch_opt+=("$flag") ;;
    esac
  done
  wasm-opt "${batch_opt[@]}" pkg-batch/domainguard_bg.wasm -o pkg-batch/domainguard_bg.opt.wasm
  mv pkg-batch/domainguard_bg.opt.wasm pkg-batch/domainguard_bg.wasm
  # The module every panel page loads. Its named build before wasm-opt
  # (target/wasm32-unknown-unknown/wasm-release/domainguard.wasm, which scripts/size.mjs breaks
  # down by function) is the panel's alone: the batch module builds under wasm-batch/.
  wasm-pack --quiet build "$root" --target web --profile wasm-release --out-dir pkg -- "${build_std[@]}"
  # The lean panel modules, one per language (src/lean.rs: no IDNA, no CMS actions, no inline
  # policy objects, one language's texts): what a domain page loads with init({locale}); they
  # hand what they lack to the full module above. Built last, so the named build before
  # wasm-opt that scripts/size.mjs breaks down is the German one, the module a panel page loads.
  wasm-pack --quiet build "$root" --target web --profile wasm-release --out-dir pkg-en -- "${build_std[@]}" --features lean-en
  wasm-pack --quiet build "$root" --target web --profile wasm-release --out-dir pkg-de -- "${build_std[@]}" --features lean-de
  # One glue serves them all (the same exports and imports): check that it is so.
  for lang in de en; do
    cmp -s pkg/domainguard.js "pkg-$lang/domainguard.js" || die "pkg-$lang/domainguard.js differs from pkg/domainguard.js"
  done
fi

for f in pkg/domainguard.js pkg/domainguard_bg.wasm pkg-batch/domainguard.js pkg-batch/domainguard_bg.wasm \
         pkg-de/domainguard_bg.wasm pkg-en/domainguard_bg.wasm \
         js/domainguard.js js/domainguard.d.ts; do
  [ -f "$f" ] || die "$f missing"
done
[ -x node_modules/.bin/terser ] || die "terser missing; run npm ci (scripts/setup.sh --all)"
[ -x node_modules/.bin/esbuild ] || die "esbuild missing; run npm ci (scripts/setup.sh --all)"

tmp=$(mktemp -d "$root/.dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/batch"
# The shipped JS is bundled and minified (terser: compress + mangle, ES module); js/ and js/src/
# stay the readable source.
minify() { node_modules/.bin/terser "$1" --module --compress passes=2 --mangle --comments false -o "$2"; }
# Every module in js/ ships: domainguard.js (what every panel page loads) and further entry
# points that import it (e.g. a CMS page's click guard, the inventory worker). Each is bundled
# with the modules of js/src/ it uses (scripts/bundle.mjs: entries import each other and the
# wasm glue as separate files, so a page has one wasm instance), then minified.
mkdir "$tmp/bundle"
node scripts/bundle.mjs "$tmp/bundle"
for f in js/*.js; do minify "$tmp/bundle/$(basename "$f")" "$tmp/$(basename "$f")"; done
rm -r "$tmp/bundle"
for f in js/*.d.ts; do cp "$f" "$tmp/"; done
minify pkg/domainguard.js "$tmp/domainguard_wasm.js"
# A second copy of the glue, for the full module on a page that loaded a lean one (core.js
# imports it only then): each glue file holds one wasm instance.
cp "$tmp/domainguard_wasm.js" "$tmp/domainguard_wasm_full.js"
minify pkg-batch/domainguard.js "$tmp/batch/domainguard_wasm.js"
cp js/README.md "$tmp/README.md"
cp pkg/domainguard_bg.wasm "$tmp/domainguard_bg.wasm"
cp pkg-de/domainguard_bg.wasm "$tmp/domainguard_de_bg.wasm"
cp pkg-en/domainguard_bg.wasm "$tmp/domainguard_en_bg.wasm"
cp pkg-batch/domainguard_bg.wasm "$tmp/batch/domainguard_bg.wasm"
[ -f pkg/domainguard.d.ts ] && cp pkg/domainguard.d.ts "$tmp/domainguard_wasm.d.ts"
[ -f pkg-batch/domainguard.d.ts ] && cp pkg-batch/domainguard.d.ts "$tmp/batch/domainguard_wasm.d.ts"
cp LICENSE-MIT LICENSE-APACHE "$tmp/"
# dist/ is the npm package `domainguard` (npm pack dist/): its package.json is generated here
# from Cargo.toml, so the versions cannot drift. The `exports` map: Node gets node.js (the wasm
# read from the package's own file, no fetch) with DOM-free types; browsers and bundlers get
# domainguard.js, which finds its wasm with new URL(..., import.meta.url).
node - "$tmp/package.json" <<'JS'
const { readFileSync, writeFileSync } = require('node:fs');
const toml = readFileSync('Cargo.toml', 'utf8');
const pkg = toml.slice(toml.indexOf('[package]'), toml.indexOf('\n[', toml.indexOf('[package]') + 1));
const field = (name) => {
  const m = pkg.match(new RegExp(`^${name} *= *"([^"]*)"`, 'm'));
  if (!m) throw new Error(`Cargo.toml: [package] ${name} missing`);
  return m[1];
};
const entry = (name) => ({ types: `./${name}.d.ts`, default: `./${name}.js` });
const manifest = {
  name: 'domainguard',
  version: field('version'),
  description: 'domainguard rules (WebAssembly) and form guard for hosting panels: deadlines, findings, documents',
  keywords: ['domain', 'registrar', 'hosting', 'panel', 'webassembly', 'form', 'denic'],
  license: field('license'),
  repository: { type: 'git', url: `git+${field('repository')}.git` },
  homepage: field('homepage'),
  type: 'module',
  main: './domainguard.js',
  types: './domainguard.d.ts',
  exports: {
    '.': {
      node: entry('node'),
      browser: entry('domainguard'),
      default: entry('domainguard'),
    },
    './cms': entry('cms'),
    './inventory': entry('inventory'),
    './inventory-worker.js': './inventory-worker.js',
    './domainguard_bg.wasm': './domainguard_bg.wasm',
    './domainguard_de_bg.wasm': './domainguard_de_bg.wasm',
    './domainguard_en_bg.wasm': './domainguard_en_bg.wasm',
    './batch/domainguard_bg.wasm': './batch/domainguard_bg.wasm',
    './package.json': './package.json',
  },
  files: ['*.js', '*.d.ts', '*.wasm', 'batch/', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  // domainguard.js guards form[data-domainguard] on import (in a browser): not side-effect free.
  sideEffects: true,
  engines: { node: '>=20' },
};
writeFileSync(process.argv.at(-1), JSON.stringify(manifest, null, 2) + '\n');
JS
rm -rf dist
mv "$tmp" dist
chmod 755 dist
trap - EXIT
printf 'build-wasm: dist/ ready (%s)\n' "$(cd dist && ls | tr '\n' ' ')"
