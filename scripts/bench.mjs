#!/usr/bin/env node
// The benchmark command of issue 12: every figure of the table, measured in one run as
// the median of 7 interleaved rounds (native, wasm in Node, wasm and the reference pipeline in
// Chromium, the inventory page's worker path, a fresh page's first verdict), each with its
// spread (min–max) and its ratio to a reference measured in the same run; then the README's
// benchmark table is rewritten (between <!-- bench:start --> and <!-- bench:end -->) with the
// machine named.
//   node scripts/bench.mjs [--rounds N] [--rows N] [--no-readme]
// Needs `bash scripts/build-wasm.sh`, cargo (the native round is `benches/rounds.rs`, built in
// the bench profile) and Chromium (as the browser tests).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { corpus } from '../bench/corpus.mjs';
import { median, runInventory, checkMicros } from '../bench/measure.mjs';
import { openBrowser, newPage } from '../tests/browser/helpers.mjs';
import { measure as measureSize } from './size.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Math.max(1, Number(process.argv[i + 1]) || fallback) : fallback;
};
const ROUNDS = arg('--rounds', 7);
const ROWS = arg('--rows', 100000);
const TODAY = '2026-11-21';
const CASE_FILE = `${root}docs/examples/seed-004-close.json`;
const seed004 = JSON.parse(readFileSync(CASE_FILE, 'utf8'));
const load0 = loadavg();
const log = (...a) => console.error(...a);

// --- native: build the round binary once ---------------------------------------------------
log('bench: building the native round (cargo bench --no-run --bench rounds) …');
const build = spawnSync('cargo', ['bench', '--no-run', '--bench', 'rounds', '--message-format=json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
if (build.status !== 0) {
  log(build.stderr);
  process.exit(2);
}
const nativeBin = build.stdout
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l))
  .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'rounds' && m.executable)?.executable;
if (!nativeBin) {
  log('bench: the rounds binary was not found in cargo\'s output');
  process.exit(2);
}
const dir = mkdtempSync(`${tmpdir()}/domainguard-bench-`);
const listFile = `${dir}/list.csv`;
const listText = corpus(ROWS);
writeFileSync(listFile, listText);
const nativeRound = () => {
  const r = spawnSync(nativeBin, [listFile, CASE_FILE, TODAY], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`native round failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
};

// --- wasm in Node: a fresh instance of the batch module per round ---------------------------
const batchWasm = readFileSync(`${root}dist/batch/domainguard_bg.wasm`);
const panelWasm = readFileSync(`${root}dist/domainguard_bg.wasm`);
const leanWasm = readFileSync(`${root}dist/domainguard_de_bg.wasm`);
let instance = 0;
async function nodeRound() {
  instance++;
  const batch = await import(`${root}dist/batch/domainguard_wasm.js?round=${instance}`);
  const exports = batch.initSync({ module: batchWasm });
  const { times, report, job } = runInventory(batch.InventoryJob, listText, TODAY);
  job.free();
  if (report.rows.length !== ROWS) throw new Error('node: incomplete report');
  const memory = exports.memory.buffer.byteLength;
  // check() as an integrator calls it (dist/domainguard.js, as in Chromium): the case crosses
  // as JSON text; the glue's own `check` is the object walk it falls back to
  const panel = await import(`${root}dist/domainguard.js`);
  // as a German domain page: the lean module (bytes: Node fetches no file URLs)
  await panel.init({ locale: 'de', leanUrl: leanWasm, url: panelWasm });
  return { readCheck: times.readCheck, report: times.total, memory, check: checkMicros(panel.check, seed004, 200) };
}

// --- Chromium ---------------------------------------------------------------------------------
const env = await openBrowser();
const { context, page } = await newPage(env.browser);
page.setDefaultTimeout(300000);
await page.goto(`${env.origin}/bench/page.html`);
await page.waitForSelector('html[data-bench-ready]');
const demo = await context.newPage();
demo.setDefaultTimeout(300000);
await demo.goto(`${env.origin}/demo/inventory.html?today=${TODAY}`);
await demo.waitForSelector('html[data-demo-ready]');
await demo.evaluate(async (n) => {
  const { corpus: make } = await import('/bench/corpus.mjs');
  const ta = document.getElementById('list');
  ta.value = make(n);
  ta.dispatchEvent(new Event('input'));
}, ROWS);

async function chromiumRound() {
  const wasm = await page.evaluate(([n, t]) => window.bench.domainguard(n, t), [ROWS, TODAY]);
  const reference = await page.evaluate(([n, t]) => window.bench.reference(n, t), [ROWS, TODAY]);
  const check = await page.evaluate((c) => window.bench.check(c), seed004);
  return { wasm, reference, check };
}

// the inventory page as a user runs it: from the click to the report shown (timings.report in
// demo/inventory.js: the first screen of rows is in the DOM, the rest stays in the worker), and
// to the files (the CSV and .ics Blobs received, the download buttons enabled); the longest gap
// between 20 ms heartbeats on the page's main thread during the whole run
async function workerRound() {
  const before = await demo.evaluate(() => {
    window.__beats = [];
    window.__hb = setInterval(() => window.__beats.push(performance.now()), 20);
    return window.domainguardInventoryDemo.runs;
  });
  await demo.click('#run');
  await demo.waitForFunction(
    (n) => window.domainguardInventoryDemo.runs > n && document.documentElement.dataset.inventoryState === 'done',
    before,
    { timeout: 300000 },
  );
  return demo.evaluate(() => {
    clearInterval(window.__hb);
    const t = window.domainguardInventoryDemo.timings;
    let gap = 0;
    const b = window.__beats;
    for (let i = 1; i < b.length; i++) gap = Math.max(gap, b[i] - b[i - 1]);
    return { report: t.report - t.start, files: t.files - t.start, gap };
  });
}

// a fresh page: from the start of the module's import to the first verdict
async function firstVerdictRound() {
  const fresh = await context.newPage();
  await fresh.goto(`${env.origin}/bench/blank.html`);
  const ms = await fresh.evaluate(async (c) => {
    const t0 = performance.now();
    const m = await import('/dist/domainguard.js');
    await m.init({ locale: 'de' }); // a German domain page: the lean module
    const verdict = m.check(c);
    if (!verdict || verdict.errors) throw new Error('no verdict');
    return performance.now() - t0;
  }, seed004);
  await fresh.close();
  return ms;
}

const rounds = [];
try {
  // one warm-up round of each (compilation tiers, caches), not counted
  nativeRound();
  await nodeRound();
  await chromiumRound();
  await workerRound();
  await firstVerdictRound();
  for (let r = 0; r < ROUNDS; r++) {
    log(`bench: round ${r + 1} of ${ROUNDS} (load ${loadavg()[0].toFixed(1)})`);
    const round = { load: loadavg()[0] };
    round.native = nativeRound();
    round.node = await nodeRound();
    round.chromium = await chromiumRound();
    round.worker = await workerRound();
    round.first = await firstVerdictRound();
    rounds.push(round);
  }
} finally {
  await context.close();
  await env.close();
  rmSync(dir, { recursive: true, force: true });
}

// --- the table --------------------------------------------------------------------------------
const series = (f) => rounds.map(f);
const stat = (f) => {
  const xs = series(f);
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
};
const size = measureSize();
const KB = 1024;
const MB = 1024 * 1024;
const s = {
  chromiumInventory: stat((r) => r.chromium.wasm.readCheck),
  chromiumReport: stat((r) => r.chromium.wasm.report),
  referenceReport: stat((r) => r.chromium.reference.report),
  pipelineRatio: stat((r) => r.chromium.reference.report / r.chromium.wasm.report),
  nativeInventory: stat((r) => r.native.read_check_ms),
  nodeInventory: stat((r) => r.node.readCheck),
  workerReport: stat((r) => r.worker.report),
  workerFiles: stat((r) => r.worker.files),
  workerGap: stat((r) => r.worker.gap),
  nativeAll: stat((r) => r.native.read_check_ms + r.native.sort_ms + r.native.files_ms),
  chromiumCheck: stat((r) => r.chromium.check),
  nodeCheck: stat((r) => r.node.check),
  nativeCheck: stat((r) => r.native.check_us),
  checkRatio: stat((r) => r.chromium.check / r.native.check_us),
  nodeCheckRatio: stat((r) => r.node.check / r.native.check_us),
  first: stat((r) => r.first),
  memory: stat((r) => r.node.memory / MB),
  // the whole run's peak: list, rows, report and the CSV and .ics written a part at a time, as
  // `domainguard inventory --out csv|ics` writes them
  rss: stat((r) => r.native.peak_rss_files_kib / 1024),
};
const fix = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const fig = (st, unit, d = 0) => `${fix(st.median, d)} ${unit} (${fix(st.min, d)}–${fix(st.max, d)})`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const met = (value, target, lowerIsBetter = true) => ((lowerIsBetter ? value <= target : value >= target) ? 'met' : 'not met');
const n = ROWS.toLocaleString('en-US');
const table = [
  ['figure', 'median (min–max)', 'target', '', 'reference (same run)', 'ratio'],
  [`${n}-domain inventory, read + check, wasm in Chromium`, fig(s.chromiumInventory, 'ms'), '≤ 100 ms', met(s.chromiumInventory.median, 100), `native ${fix(s.nativeInventory.median, 1)} ms`, ratio(s.chromiumInventory.median, s.nativeInventory.median)],
  ['same, native', fig(s.nativeInventory, 'ms', 1), '≤ 50 ms', met(s.nativeInventory.median, 50), `wasm in Node ${fix(s.nodeInventory.median)} ms`, ratio(s.nativeInventory.median, s.nodeInventory.median)],
  [`${n} inventory, report visible on the inventory page (worker path)`, fig(s.workerReport, 'ms'), '≤ 300 ms', met(s.workerReport.median, 300), `wasm report in the page, no worker ${fix(s.chromiumReport.median)} ms`, ratio(s.workerReport.median, s.chromiumReport.median)],
  [`${n} inventory, CSV and .ics ready (worker path)`, fig(s.workerFiles, 'ms'), '≤ 500 ms', met(s.workerFiles.median, 500), `native read + check + sort + files ${fix(s.nativeAll.median)} ms`, ratio(s.workerFiles.median, s.nativeAll.median)],
  ['domainguard (wasm) vs tldts + date-fns pipeline, same list, same page (report sorted)', `${fix(s.pipelineRatio.median, 2)}× faster (${fix(s.pipelineRatio.min, 2)}–${fix(s.pipelineRatio.max, 2)})`, '≥ 3× faster', met(s.pipelineRatio.median, 3, false), `pipeline ${fix(s.referenceReport.median)} ms, domainguard ${fix(s.chromiumReport.median)} ms`, ratio(s.referenceReport.median, s.chromiumReport.median)],
  ['one check (seed 004 close), wasm in Chromium (lean German module)', fig(s.chromiumCheck, 'µs', 1), '≤ 15 µs', met(s.chromiumCheck.median, 15), `native ${fix(s.nativeCheck.median, 1)} µs, wasm in Node ${fix(s.nodeCheck.median, 1)} µs`, ratio(s.chromiumCheck.median, s.nativeCheck.median)],
  ['wasm / native, one check (Chromium; Node)', `${fix(s.checkRatio.median, 1)}× (${fix(s.checkRatio.min, 1)}–${fix(s.checkRatio.max, 1)}); ${fix(s.nodeCheckRatio.median, 1)}×`, '≤ 2×', met(s.checkRatio.median, 2), `native ${fix(s.nativeCheck.median, 1)} µs`, `${fix(s.checkRatio.median, 1)}×`],
  ['import → first verdict, fresh page (lean German module), Chromium', fig(s.first, 'ms', 1), '≤ 30 ms', met(s.first.median, 30), `one check in a warm page ${fix(s.chromiumCheck.median / 1000, 2)} ms`, ratio(s.first.median, s.chromiumCheck.median / 1000)],
  ['panel page (wasm + glue + domainguard.js), gzip -9: a German domain page, lean module', `${fix(size.total.gzip / KB, 1)} KB (wasm + glue ${fix(size.wasm.gzip / KB, 1)} KB; English ${fix(size.enTotal.gzip / KB, 1)} / ${fix(size.enWasm.gzip / KB, 1)} KB)`, '≤ 70 KB (≤ 60 KB)', `${met(Math.max(size.total.gzip, size.enTotal.gzip), 70 * KB)}${Math.max(size.wasm.gzip, size.enWasm.gzip) <= 60 * KB ? '' : ' (wasm not met)'}`, `full module + glue ${fix(size.full.gzip / KB, 1)} KB; page brotli -11 ${fix(size.total.brotli / KB, 1)} KB`, ratio(size.total.gzip, size.total.brotli)],
  [`wasm linear memory after a ${n} inventory (Node)`, fig(s.memory, 'MB', 1), '≤ 20 MB', met(s.memory.median, 20), `the list ${fix(listText.length / MB, 1)} MB`, ratio(s.memory.median, listText.length / MB)],
  [`native peak RSS, ${n} inventory (CSV and .ics written too)`, fig(s.rss, 'MB', 1), '≤ 40 MB', met(s.rss.median, 40), `the list ${fix(listText.length / MB, 1)} MB`, ratio(s.rss.median, listText.length / MB)],
  ['longest main-thread pause on the inventory page during a run', fig(s.workerGap, 'ms'), '≤ 50 ms', met(s.workerGap.median, 50), '20 ms heartbeat', ratio(s.workerGap.median, 20)],
];
const md = [
  `| ${table[0].join(' | ')} |`,
  '|---|---:|---:|---|---|---:|',
  ...table.slice(1).map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const cpu = cpus();
const browserVersion = env.browser.version();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${fix(totalmem() / 1024 ** 3, 1)} GB; Node ${process.version}, Chromium ${browserVersion}; load average (1 min) ${load0[0].toFixed(1)} at the start, ${fix(Math.min(...series((r) => r.load)), 1)}–${fix(Math.max(...series((r) => r.load)), 1)} during the rounds`;
const when = new Date().toISOString().slice(0, 10);
const block = `Measured by \`node scripts/bench.mjs\` on ${when}: ${machine}. Medians of ${ROUNDS} interleaved rounds (min–max in brackets); each ratio is to the reference measured in the same run.\n\n${md}`;
console.log(block);
if (!process.argv.includes('--no-readme')) {
  const readme = `${root}README.md`;
  const text = readFileSync(readme, 'utf8');
  const re = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
  if (re.test(text)) {
    writeFileSync(readme, text.replace(re, `<!-- bench:start -->\n${block}\n<!-- bench:end -->`));
    log('bench: README.md benchmark table rewritten');
  } else log('bench: README.md has no <!-- bench:start --> … <!-- bench:end --> markers; not rewritten');
}
