#!/usr/bin/env node
// What a panel page loads, as servers send it: the lean wasm of the page's language, the
// wasm-bindgen glue and the domainguard ES module (as assembled in dist/ by scripts/build-wasm.sh;
// a domain page with init({locale: 'de'})), raw, gzip -9 and brotli -11 side by side; the same for
// an English page; the full module (what init() without a locale loads, and a lean page when a
// case needs it) and the inventory page's module; then a breakdown of the page's module (its
// sections, and its largest functions by name from the build before wasm-opt, which keeps the
// name section).
//   node scripts/size.mjs            table + breakdown; exit 1 over a budget, 2 when dist/ is missing
//   node scripts/size.mjs --json     the figures as JSON (scripts/bench.mjs, the tests)
// Budgets, on gzip: the page (all three files) BUDGET and its wasm with the glue WASM_BUDGET, in
// German and in English: issue 12's targets, 70 KB and 60 KB. The full module with its glue
// FULL_BUDGET and the inventory page's module (dist/batch/ wasm + glue) BATCH_BUDGET, each about
// 0.7 % above its size of 2026-12-01, so that neither can grow unseen.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const TARGET = 70 * 1024;
export const WASM_TARGET = 60 * 1024;
export const BUDGET = TARGET;
export const WASM_BUDGET = WASM_TARGET;
// The full module with its glue (85,916 bytes on 2026-12-01, when it was what every panel page loaded).
export const FULL_BUDGET = 86528;
// The inventory page's module (dist/batch/: wasm + glue), built for speed and loaded by that page only.
export const BATCH_BUDGET = 150000;
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
const files = ['domainguard_de_bg.wasm', 'domainguard_wasm.js', 'domainguard.js'];
const enFiles = ['domainguard_en_bg.wasm', 'domainguard_wasm.js', 'domainguard.js'];
const fullFiles = ['domainguard_bg.wasm', 'domainguard_wasm_full.js'];
const batchFiles = ['batch/domainguard_bg.wasm', 'batch/domainguard_wasm.js'];

export const gzip = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;

// --- a small reader of the wasm binary format: sections, code bodies, function names -------
function leb(buf, pos) {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}
const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];

export function wasmParts(buf) {
  const sections = [];
  const bodies = [];
  const names = new Map();
  let imports = 0;
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, start] = leb(buf, pos + 1);
    const end = start + size;
    let name = SECTION[id] ?? `section ${id}`;
    if (id === 0) {
      const [len, p] = leb(buf, start);
      const custom = buf.subarray(p, p + len).toString('utf8');
      name = `custom "${custom}"`;
      if (custom === 'name') {
        let q = p + len;
        while (q < end) {
          const sub = buf[q];
          const [subSize, s] = leb(buf, q + 1);
          if (sub === 1) {
            let [count, r] = leb(buf, s);
            for (let i = 0; i < count; i++) {
              let index;
              let n;
              [index, r] = leb(buf, r);
              [n, r] = leb(buf, r);
              names.set(index, buf.subarray(r, r + n).toString('utf8'));
              r += n;
            }
          }
          q = s + subSize;
        }
      }
    } else if (id === 2) {
      let [count, p] = leb(buf, start);
      for (let i = 0; i < count; i++) {
        let n;
        [n, p] = leb(buf, p);
        p += n;
        [n, p] = leb(buf, p);
        p += n;
        const kind = buf[p++];
        if (kind === 0) {
          imports++;
          [, p] = leb(buf, p);
        } else if (kind === 1 || kind === 2) {
          if (kind === 1) p++;
          const flags = buf[p++];
          [, p] = leb(buf, p);
          if (flags & 1) [, p] = leb(buf, p);
        } else if (kind === 3) p += 2;
        else if (kind === 4) {
          p++;
          [, p] = leb(buf, p);
        }
      }
    } else if (id === 10) {
      let [count, p] = leb(buf, start);
      for (let i = 0; i < count; i++) {
        const [n, q] = leb(buf, p);
        bodies.push({ index: imports + i, size: n + (q - p) });
        p = q + n;
      }
    }
    sections.push({ name, size: end - pos });
    pos = end;
  }
  for (const b of bodies) b.name = names.get(b.index) ?? `function ${b.index}`;
  return { sections, bodies };
}

// Rust symbol names, shortened: `_ZN11domainguard5rules5close3run17h…E` → `domainguard::rules::close::run`
function demangle(name) {
  const m = /^_ZN(.*)17h[0-9a-f]{16}E$/.exec(name);
  if (!m) return name;
  const parts = [];
  let s = m[1];
  while (s.length) {
    const n = /^(\d+)/.exec(s);
    if (!n) break;
    const len = Number(n[1]);
    parts.push(s.slice(n[1].length, n[1].length + len));
    s = s.slice(n[1].length + len);
  }
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$C\$/g, ',').replace(/\.\./g, '::').replace(/\$RF\$/g, '&');
}

// Who a function belongs to: the crate (and for domainguard the module).
function owner(name) {
  const d = demangle(name);
  const inner = /^<(?:&)?([a-z_0-9]+)::(?:([a-z_0-9]+)::)?/.exec(d);
  const plain = /^([a-z_0-9]+)::(?:([a-z_0-9]+)::)?/.exec(d);
  // v0 mangling: `_RNvNtCs…_4core3str…` names its crate after the first `Cs<hash>_`
  const v0 = /^_R.*?C[a-zA-Z0-9]*_(\d+)/.exec(d);
  if (v0) {
    const at = v0.index + v0[0].length;
    return d.slice(at, at + Number(v0[1]));
  }
  const m = inner ?? plain;
  if (!m) return d.startsWith('__wbg') || d.startsWith('__wbindgen') ? 'wasm-bindgen' : 'other';
  return m[1] === 'domainguard' && m[2] ? `domainguard::${m[2]}` : m[1];
}

export function measure() {
  const row = (f) => {
    const bytes = readFileSync(dist + f);
    return { file: `dist/${f}`, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  };
  const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const rows = files.map(row);
  const enRows = enFiles.map(row);
  const fullRows = fullFiles.map(row);
  const batchRows = batchFiles.map(row);
  return {
    rows,
    total: sum(rows),
    wasm: sum(rows.slice(0, 2)),
    enRows,
    enTotal: sum(enRows),
    enWasm: sum(enRows.slice(0, 2)),
    fullRows,
    full: sum(fullRows),
    batchRows,
    batch: sum(batchRows),
  };
}

const main = fileURLToPath(import.meta.url) === process.argv[1];
if (main) {
  const missing = [...files, ...enFiles, ...fullFiles, ...batchFiles].filter((f) => !existsSync(dist + f));
  if (missing.length) {
    console.error(`size: dist/${missing.join(', dist/')} missing; run bash scripts/build-wasm.sh first`);
    process.exit(2);
  }
  const m = measure();
  const { rows, total, wasm, enRows, enTotal, enWasm, fullRows, full, batchRows, batch } = m;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...m, budget: BUDGET, wasmBudget: WASM_BUDGET, fullBudget: FULL_BUDGET, batchBudget: BATCH_BUDGET, target: TARGET, wasmTarget: WASM_TARGET }));
  } else {
    const width = Math.max(...[...rows, ...fullRows, ...batchRows].map((r) => r.file.length), 'inventory page module'.length);
    const line = (name, raw, gz, br) => `${name.padEnd(width)}  ${String(raw).padStart(8)}  ${String(gz).padStart(8)}  ${String(br).padStart(8)}`;
    console.log('a German domain page (init({locale: \'de\'}): the lean module):');
    console.log(line('file', 'raw', 'gzip', 'brotli'));
    for (const r of rows) console.log(line(r.file, r.raw, r.gzip, r.brotli));
    console.log(line('total', total.raw, total.gzip, total.brotli));
    console.log(line('wasm + glue', wasm.raw, wasm.gzip, wasm.brotli));
    console.log('');
    console.log('an English domain page (init({locale: \'en\'})):');
    console.log(line(enRows[0].file, enRows[0].raw, enRows[0].gzip, enRows[0].brotli));
    console.log(line('english total', enTotal.raw, enTotal.gzip, enTotal.brotli));
    console.log(line('english wasm + glue', enWasm.raw, enWasm.gzip, enWasm.brotli));
    console.log('');
    console.log('the full module (init() without a locale; on a lean page when a case needs it):');
    for (const r of fullRows) console.log(line(r.file, r.raw, r.gzip, r.brotli));
    console.log(line('full module', full.raw, full.gzip, full.brotli));
    console.log('');
    console.log('the inventory page only (built for speed; not part of the panel page):');
    for (const r of batchRows) console.log(line(r.file, r.raw, r.gzip, r.brotli));
    console.log(line('inventory page module', batch.raw, batch.gzip, batch.brotli));
    // breakdown of the page's module
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const shipped = readFileSync(`${dist}domainguard_de_bg.wasm`);
    const { sections } = wasmParts(shipped);
    console.log('');
    console.log('dist/domainguard_de_bg.wasm by section (raw):');
    for (const s of sections.sort((a, b) => b.size - a.size)) console.log(`  ${s.name.padEnd(28)} ${String(s.size).padStart(8)}  ${kb(s.size).padStart(9)}`);
    const named = `${root}target/wasm32-unknown-unknown/wasm-release/domainguard.wasm`;
    if (existsSync(named)) {
      // wasm-bindgen's `__wbindgen_describe_*` functions (about 55 KB) tell its CLI the exports'
      // types; the CLI runs and then removes them, so they never ship and are left out here.
      const all = wasmParts(readFileSync(named)).bodies;
      const bodies = all.filter((b) => !b.name.startsWith('__wbindgen_describe'));
      const described = all.length - bodies.length;
      const code = bodies.reduce((t, b) => t + b.size, 0);
      const byOwner = new Map();
      for (const b of bodies) byOwner.set(owner(b.name), (byOwner.get(owner(b.name)) ?? 0) + b.size);
      console.log('');
      console.log(`code by crate/module (the build before wasm-opt, with names: ${kb(code)} of code without its ${described} wasm-bindgen descriptor functions; the shipped module is smaller, the shares are alike):`);
      for (const [o, n] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${o.padEnd(40)} ${String(n).padStart(8)}  ${((100 * n) / code).toFixed(1).padStart(5)} %`);
      console.log('largest functions:');
      for (const b of bodies.sort((a, b) => b.size - a.size).slice(0, 12)) console.log(`  ${String(b.size).padStart(8)}  ${demangle(b.name).slice(0, 100)}`);
    }
    console.log('');
  }
  let failed = false;
  const kb = (n) => (n / 1024).toFixed(1);
  // core's formatting machinery left the panel module on 2026-12-01; one `format!`, `write!` or
  // `to_string` on a number on the panel's paths brings it back (about 1 KB gzip), which the
  // budget alone may not catch. Checked on the build before wasm-opt, whose names show it.
  const named = `${root}target/wasm32-unknown-unknown/wasm-release/domainguard.wasm`;
  if (existsSync(named)) {
    const fmt = wasmParts(readFileSync(named)).bodies.filter((b) => /4core3fmt.*9Formatter|4core3fmt5write/.test(b.name));
    if (fmt.length) {
      console.error(`size: the panel module links core::fmt again (${fmt.map((b) => demangle(b.name)).slice(0, 3).join(', ')}): a format!, write! or to_string on a number on its paths; write numbers with dates::push_uint`);
      failed = true;
    }
  }
  for (const [page, t, w] of [['German', total, wasm], ['English', enTotal, enWasm]]) {
    if (t.gzip > BUDGET) {
      console.error(`size: the ${page} page's gzip total ${t.gzip} bytes (${kb(t.gzip)} KB) exceeds the budget of ${BUDGET} bytes (${kb(BUDGET)} KB)`);
      failed = true;
    }
    if (w.gzip > WASM_BUDGET) {
      console.error(`size: the ${page} page's wasm + glue gzip ${w.gzip} bytes (${kb(w.gzip)} KB) exceeds the budget of ${WASM_BUDGET} bytes (${kb(WASM_BUDGET)} KB)`);
      failed = true;
    }
  }
  if (full.gzip > FULL_BUDGET) {
    console.error(`size: the full module (wasm + glue) gzip ${full.gzip} bytes (${kb(full.gzip)} KB) exceeds the budget of ${FULL_BUDGET} bytes (${kb(FULL_BUDGET)} KB)`);
    failed = true;
  }
  if (batch.gzip > BATCH_BUDGET) {
    console.error(`size: the inventory page's module (dist/batch/ wasm + glue) gzip ${batch.gzip} bytes (${kb(batch.gzip)} KB) exceeds the budget of ${BATCH_BUDGET} bytes (${kb(BATCH_BUDGET)} KB)`);
    failed = true;
  }
  if (failed) process.exit(1);
  if (!process.argv.includes('--json')) {
    console.log(`budget (issue 12's targets): page ${total.gzip} of ${BUDGET} bytes gzip (${kb(total.gzip)} of ${kb(BUDGET)} KB), wasm + glue ${wasm.gzip} of ${WASM_BUDGET}; in English ${enTotal.gzip} and ${enWasm.gzip}; full module ${full.gzip} of ${FULL_BUDGET}; inventory page module ${batch.gzip} of ${BATCH_BUDGET}`);
  }
}
