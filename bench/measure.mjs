// The timing steps every benchmark shares (bench/page.mjs in Chromium, scripts/bench.mjs and
// bench/wasm.mjs in Node), so that the figures they print are measured the same way. No imports:
// the benchmark page loads this file as it is.

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * One inventory through the batch module's `InventoryJob`, as the Web Worker runs it: the
 * constructor reads the CSV (`read`), `step(5000)` until every row is checked (`check`), then
 * `report()` sorts and hands over the report as JS objects (`report`); `times` in ms. Returns
 * the report, so that the caller can check it is complete, and the job, for its files: the
 * caller frees it.
 */
export function runInventory(InventoryJob, text, today) {
  const t0 = performance.now();
  const job = new InventoryJob(text, { today, locale: 'de' });
  const t1 = performance.now();
  const total = job.total();
  let done = 0;
  while (done < total) done = job.step(5000);
  const t2 = performance.now();
  let report;
  try {
    report = job.report();
  } catch (e) {
    job.free();
    throw e;
  }
  const t3 = performance.now();
  const times = { read: t1 - t0, check: t2 - t1, report: t3 - t2, readCheck: t2 - t0, total: t3 - t0 };
  return { times, report, job };
}

/**
 * µs per call of `check(caseObject)`: `per` calls to warm up, then the median of 15 batches of
 * `per` calls.
 */
export function checkMicros(check, caseObject, per) {
  for (let i = 0; i < per; i++) check(caseObject);
  const batches = [];
  for (let b = 0; b < 15; b++) {
    const t0 = performance.now();
    for (let i = 0; i < per; i++) check(caseObject);
    batches.push(((performance.now() - t0) * 1000) / per);
  }
  return median(batches);
}
