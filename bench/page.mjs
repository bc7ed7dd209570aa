// The benchmark page's module (bench/page.html, driven by scripts/bench.mjs): the batch wasm's
// InventoryJob, the panel module's check() and the reference pipeline on the same list, in the
// same page, on the main thread (no worker: the figures are the work itself).
import initBatch, { InventoryJob } from '/dist/batch/domainguard_wasm.js';
import { init, check } from '/dist/domainguard.js';
import { referenceReport } from '/bench/reference.mjs';
import { corpus } from '/bench/corpus.mjs';
import { runInventory, checkMicros } from '/bench/measure.mjs';

await initBatch({ module_or_path: '/dist/batch/domainguard_bg.wasm' });
// as a German domain page loads it: the lean module (seed 004 is a German .de close)
await init({ locale: 'de' });
const lists = new Map();
const list = (n) => lists.get(n) ?? lists.set(n, corpus(n)).get(n);

window.bench = {
  // read + check (every row), then the sorted report as JS objects
  domainguard(n, today) {
    const { times, report, job } = runInventory(InventoryJob, list(n), today);
    job.free();
    if (report.rows.length !== n) throw new Error('incomplete report');
    return { readCheck: times.readCheck, report: times.total };
  },
  reference(n, today) {
    const text = list(n);
    const t0 = performance.now();
    const report = referenceReport(text, today);
    const t1 = performance.now();
    if (report.rows.length !== n) throw new Error('incomplete reference report');
    return { report: t1 - t0 };
  },
  // µs per check(): the median of 15 batches of 100
  check(caseObject) {
    return checkMicros(check, caseObject, 100);
  },
};
document.documentElement.dataset.benchReady = '';
