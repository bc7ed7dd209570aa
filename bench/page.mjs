// The benchmark page's module (bench/page.html, driven by scripts/bench.mjs): the batch wasm's
// InventoryJob, the panel module's check() and the reference pipeline on the same list, in the
// same page, on the main thread (no worker: the figures are the work itself).
import initBatch, { InventoryJob } from '/dist/batch/domainguard_wasm.js';
import { init, check } from '/dist/domainguard.js';
import { referenceReport } from '/bench/reference.mjs';
import { corpus } from '/bench/corpus.mjs';

await initBatch({ module_or_path: '/dist/batch/domainguard_bg.wasm' });
await init();
const lists = new Map();
const list = (n) => lists.get(n) ?? lists.set(n, corpus(n)).get(n);

window.bench = {
  // read + check (every row), then the sorted report as JS objects
  domainguard(n, today) {
    const text = list(n);
    const t0 = performance.now();
    const job = new InventoryJob(text, { today, locale: 'de' });
    const total = job.total();
    let done = 0;
    while (done < total) done = job.step(5000);
    const t1 = performance.now();
    const report = job.report();
    const t2 = performance.now();
    job.free();
    if (report.rows.length !== n) throw new Error('incomplete report');
    return { readCheck: t1 - t0, report: t2 - t0 };
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
    for (let i = 0; i < 100; i++) check(caseObject);
    const batches = [];
    for (let b = 0; b < 15; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) check(caseObject);
      batches.push(((performance.now() - t0) * 1000) / 100);
    }
    batches.sort((a, b) => a - b);
    return batches[7];
  },
};
document.documentElement.dataset.benchReady = '';
