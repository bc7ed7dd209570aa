#!/usr/bin/env node
// Bundles each entry module in js/ (domainguard.js, cms.js, …) with the parts it imports from
// js/src/ into one ES module: node scripts/bundle.mjs OUTDIR. Called by scripts/build-wasm.sh,
// which minifies the result into dist/.
//
// What stays an import (external): another entry module (cms.js imports ./domainguard.js, so a
// page that loads both has one wasm instance and one set of guards), and the wasm-bindgen glue
// (./domainguard_wasm.js, ./batch/domainguard_wasm.js), which is not in js/ but next to the
// bundles in dist/; such an import is written relative to the bundle.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const js = resolve(root, 'js');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/bundle.mjs OUTDIR');
  process.exit(64);
}
const entries = readdirSync(js).filter((f) => f.endsWith('.js'));
// Properties whose names end in `_` (e.g. the form guard's shared context `g.last_`) are internal:
// never part of the public API, the wasm's JSON or the DOM, so esbuild gives them short names.
// One cache for all entries, so that an internal name is the same short name in every bundle.
let mangleCache = {};

for (const entry of entries) {
  const self = resolve(js, entry);
  const siblings = {
    name: 'siblings',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = resolve(args.resolveDir, args.path);
        if (dirname(target) === js && target !== self && existsSync(target)) return { path: `./${basename(target)}`, external: true };
        if (!existsSync(target)) return { path: args.path, external: true }; // the glue, next to the bundle
        return undefined;
      });
    },
  };
  const result = await build({
    entryPoints: [self],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: resolve(out, entry),
    external: ['node:*'],
    plugins: [siblings],
    legalComments: 'none',
    mangleProps: /^[A-Za-z][A-Za-z0-9]*_$/,
    mangleCache,
    logLevel: 'warning',
  });
  mangleCache = result.mangleCache;
}
