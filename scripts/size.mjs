#!/usr/bin/env node
// Prints raw and gzip sizes of what a page loads: the wasm, the wasm-bindgen glue and the
// domainguard ES module (as assembled in dist/ by scripts/build-wasm.sh), and their total.
// Exits 1 when the gzip total exceeds the budget (121 KB = 123904 bytes), 2 when dist/ is missing.
// The budget was 100 KB until issue 9's rules (TLD classes, EPP statuses, Transfer Policy
// versions, close_undo, CMS ranges: about 12 KB gzip) outgrew it; 116 KB until issue 11's IDNA2008
// rules and tables (8.9 KB gzip measured) outgrew that; issue 12 is to cut it to 70 KB.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BUDGET = 123904;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = ['domainguard_bg.wasm', 'domainguard_wasm.js', 'domainguard.js'];

const missing = files.filter((f) => !existsSync(dist + f));
if (missing.length) {
  console.error(`size: dist/${missing.join(', dist/')} missing; run bash scripts/build-wasm.sh first`);
  process.exit(2);
}

const rows = files.map((f) => {
  const bytes = readFileSync(dist + f);
  return { file: `dist/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
const width = Math.max(...rows.map((r) => r.file.length), 'total'.length);
const line = (name, raw, gzip) => `${name.padEnd(width)}  ${String(raw).padStart(8)}  ${String(gzip).padStart(8)}`;
console.log(line('file', 'raw', 'gzip'));
for (const r of rows) console.log(line(r.file, r.raw, r.gzip));
console.log(line('total', total.raw, total.gzip));
const kb = (n) => (n / 1024).toFixed(1);
if (total.gzip > BUDGET) {
  console.error(`size: gzip total ${total.gzip} bytes (${kb(total.gzip)} KB) exceeds the budget of ${BUDGET} bytes (${kb(BUDGET)} KB)`);
  process.exit(1);
}
console.log(`budget: ${total.gzip} of ${BUDGET} bytes gzip (${kb(total.gzip)} of ${kb(BUDGET)} KB)`);
