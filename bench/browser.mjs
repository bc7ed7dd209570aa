#!/usr/bin/env node
// Benchmark of the inventory page in headless Chromium (no asserts on time; prints the figures).
//   node bench/browser.mjs [--runs N] [--rows N]     (defaults 5 and 100000; medians)
// Needs `bash scripts/build-wasm.sh` and Chromium (scripts/setup.sh --all), like the browser tests.
//
// Opens demo/inventory.html, generates the sample list (bench/corpus.mjs) and checks it through
// the Web Worker, as a user would. Per run, from the click on "Liste prüfen":
//   rows   every row checked (the progress bar at its maximum)
//   report the report arrived on the page and its first page is shown
//   files  CSV and .ics written in the worker (the download buttons enabled)
// and the longest pause of a 20 ms heartbeat on the page's main thread during the run.
import { openBrowser, newPage } from '../tests/browser/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Math.max(1, Number(process.argv[i + 1]) || fallback) : fallback;
};
const RUNS = arg('--runs', 5);
const ROWS = arg('--rows', 100000);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const env = await openBrowser();
try {
  const { context, page } = await newPage(env.browser);
  const version = env.browser.version();
  await page.goto(`${env.origin}/demo/inventory.html?today=2026-11-21`);
  await page.waitForSelector('html[data-demo-ready]');
  // the page's own generator makes 100,000 rows; other sizes come from the same corpus
  if (ROWS === 100000) await page.click('#sample');
  else {
    await page.evaluate(async (n) => {
      const { corpus } = await import('/bench/corpus.mjs');
      const ta = document.getElementById('list');
      ta.value = corpus(n);
      ta.dispatchEvent(new Event('input'));
    }, ROWS);
  }
  const results = [];
  for (let r = 0; r <= RUNS; r++) {
    const before = await page.evaluate(() => {
      window.__beats = [];
      window.__hb = setInterval(() => window.__beats.push(performance.now()), 20);
      return window.domainguardInventoryDemo.runs;
    });
    await page.click('#run');
    await page.waitForFunction(
      (n) => window.domainguardInventoryDemo.runs > n && document.documentElement.dataset.inventoryState === 'done',
      before,
      { timeout: 120000 },
    );
    const run = await page.evaluate(() => {
      clearInterval(window.__hb);
      const t = window.domainguardInventoryDemo.timings;
      let gap = 0;
      const b = window.__beats;
      for (let i = 1; i < b.length; i++) gap = Math.max(gap, b[i] - b[i - 1]);
      return { rows: t.rowsDone - t.start, report: t.report - t.start, files: t.files - t.start, gap, total: t.total };
    });
    if (run.total !== ROWS) throw new Error(`bench: checked ${run.total} rows, expected ${ROWS}`);
    if (r > 0) results.push(run); // run 0 warms up (wasm compile, caches)
  }
  await context.close();
  const pick = (k) => median(results.map((x) => x[k]));
  const f = (x) => `${Math.round(x)} ms`;
  console.log(`domainguard inventory page in headless Chromium ${version} (${ROWS.toLocaleString('en-US')} rows, worker steps of 2000, ${RUNS} runs, medians)`);
  console.log(`  all rows checked  ${f(pick('rows'))}  (${Math.round((ROWS / pick('rows')) * 1000).toLocaleString('en-US')} rows/s, from the click)`);
  console.log(`  report on page    ${f(pick('report'))}`);
  console.log(`  CSV + .ics ready  ${f(pick('files'))}`);
  console.log(`  longest main-thread pause during a run: ${f(pick('gap'))} (median; worst ${f(Math.max(...results.map((x) => x.gap)))})`);
} finally {
  await env.close();
}
