#!/usr/bin/env node
// Benchmark of the wasm builds in Node (no asserts on time; prints the figures).
//   node bench/wasm.mjs [--runs N]      (default 5; medians are printed)
// Needs `bash scripts/build-wasm.sh` (dist/ and dist/batch/).
//
// 1. The inventory through the batch module's InventoryJob, as the Web Worker runs it:
//    10,000 and 100,000 rows of bench/corpus.mjs, `step(5000)` until done, then report(),
//    csv() and ics(). "read" is the constructor (CSV parsed into rows inside the wasm), "check"
//    the steps, "report" the sort and the report as JS objects; rows/s counts read + check + report.
// 2. check() of the panel module on seed 004's close case (docs/examples/seed-004-close.json).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpus } from './corpus.mjs';
import { median, runInventory } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;
const TODAY = '2026-11-21';

for (const f of ['dist/batch/domainguard_wasm.js', 'dist/batch/domainguard_bg.wasm', 'dist/domainguard.js', 'dist/domainguard_bg.wasm']) {
  if (!existsSync(root + f)) {
    console.error(`bench: ${f} is missing; run \`bash scripts/build-wasm.sh\` first`);
    process.exit(2);
  }
}

const batch = await import(`${root}dist/batch/domainguard_wasm.js`);
batch.initSync({ module: readFileSync(`${root}dist/batch/domainguard_bg.wasm`) });
const panel = await import(`${root}dist/domainguard.js`);
panel.initSync({ module: readFileSync(`${root}dist/domainguard_bg.wasm`) });

const ms = (x) => x.toFixed(1).padStart(8);
const fmt = (n) => Math.round(n).toLocaleString('en-US');

function inventoryRun(list, n) {
  const { times, report, job } = runInventory(batch.InventoryJob, list, TODAY);
  try {
    const t3 = performance.now();
    const csv = job.csv();
    const t4 = performance.now();
    const ics = job.ics();
    const t5 = performance.now();
    if (report.summary.total !== n) throw new Error('bench: report incomplete');
    return { ...times, csv: t4 - t3, ics: t5 - t4, bytes: { csv: csv.length, ics: ics.length } };
  } finally {
    job.free();
  }
}

console.log(`domainguard wasm benchmark (Node ${process.version}, ${RUNS} runs, medians)`);
console.log('');
console.log('inventory (batch module, InventoryJob, steps of 5000)');
console.log(`${'rows'.padStart(8)} ${'read ms'.padStart(8)} ${'check ms'.padStart(8)} ${'report ms'.padStart(9)} ${'total ms'.padStart(8)} ${'rows/s'.padStart(10)} ${'csv ms'.padStart(8)} ${'ics ms'.padStart(8)}`);
for (const n of [10000, 100000]) {
  const list = corpus(n);
  inventoryRun(list, n); // warm-up (compilation tiers, allocator growth)
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(inventoryRun(list, n));
  const pick = (k) => median(runs.map((r) => r[k]));
  const total = median(runs.map((r) => r.read + r.check + r.report));
  console.log(
    `${String(n).padStart(8)} ${ms(pick('read'))} ${ms(pick('check'))} ${ms(pick('report')).padStart(9)} ${ms(total)} ${fmt((n / total) * 1000).padStart(10)} ${ms(pick('csv'))} ${ms(pick('ics'))}`,
  );
  if (n === 100000) {
    console.log(`         (100,000 rows: CSV ${(runs[0].bytes.csv / 1e6).toFixed(1)} M characters, .ics ${(runs[0].bytes.ics / 1e6).toFixed(1)} M characters)`);
  }
}

console.log('');
const seed004 = JSON.parse(readFileSync(`${root}docs/examples/seed-004-close.json`, 'utf8'));
const verdict = panel.check(seed004);
if (!verdict.allowed) throw new Error('bench: seed 004 should be allowed');
const ITER = 20000;
for (let i = 0; i < 2000; i++) panel.check(seed004); // warm-up
const rates = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  for (let i = 0; i < ITER; i++) panel.check(seed004);
  rates.push((ITER / (performance.now() - t0)) * 1000);
}
const rate = median(rates);
console.log(`check() on seed 004 (panel module): ${fmt(rate)} checks/s (${(1e6 / rate).toFixed(1)} µs per check, median of ${RUNS} × ${ITER})`);
