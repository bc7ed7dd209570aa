// domainguard – the inventory check in a module Web Worker.
//
// Loads the batch build of the rules (./batch/domainguard_wasm.js and its wasm). Two ways in:
//
// 1. checkInventory() (inventory.js): one message {list, format?, options: {today, locale, policy},
//    chunk?, output?} answered with
//      {type: 'progress', done, total}   after reading the list and after every step of `chunk` rows
//      {type: 'report', report, rows}    the report {today, summary, rows: []} and how many rows follow
//      {type: 'rows', rows}              the rows, most urgent first, in parts of ROWS_PER_MESSAGE
//      {type: 'files', csv, ics}         the report as CSV and iCalendar (Blobs, or text with output 'text')
//    or {type: 'errors', errors} (the list or the options cannot be read) or {type: 'failed', message}.
//
// 2. openInventory() (inventory.js): the report stays here, the page asks for a screenful at a time.
//    Every request is {op, id, ...}; every answer {id, ...} (or {id, failed: message}):
//      {op: 'open', list, format?, options, chunk?}  → {type: 'progress', done, total} messages, then
//                                                      {id, total, today, summary, rows} (the first
//                                                      `first` rows) or {id, errors}
//      {op: 'rows', start, count}                   → {id, rows} in the current order
//      {op: 'sort', column, descending}             → {id, sorted: true|false}
//      {op: 'due'}                                  → {id, due: {missed, next30, later}} (rows by days left)
//      {op: 'load', wasm?}                          → {id, loaded: true}: a worker started ahead
//      {op: 'file', kind: 'csv'|'ics', output?}      → {id, file} (a Blob, or text with output 'text'),
//                                                      in the urgency order whatever the current one
//    The rows stay inside the wasm (InventoryJob's `len`, `sort`, `rowsJson`); only the asked
//    range crosses, as JSON text.
// The rows are checked inside the wasm in steps (one call per step, not per domain); the page
// stays free while this worker works.

import initBatch, { InventoryJob } from './batch/domainguard_wasm.js';

const ROWS_PER_MESSAGE = 5000;

let ready = null;

function load(url) {
  if (!ready) {
    ready = initBatch({ module_or_path: url ?? new URL('./batch/domainguard_bg.wasm', import.meta.url) }).catch((err) => {
      ready = null;
      throw err;
    });
  }
  return ready;
}

const JSON_ERROR = {
  de: 'Die Liste ist kein gültiges JSON.',
  en: 'The list is not valid JSON.',
};

function localeOf(options) {
  return String(options?.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The list as the wasm reads it, or `{errors}` when JSON text does not parse. */
function readList(list, format, options) {
  if (format === 'json' && typeof list === 'string') {
    try {
      return { rows: JSON.parse(list) };
    } catch (err) {
      const text = JSON_ERROR[localeOf(options)];
      return { errors: [{ code: 'INVALID_JSON', field: 'list', message: `${text} ${err.message}`, params: null }] };
    }
  }
  return { rows: list };
}

/** Checks every row in steps of `chunk`, posting progress after each. */
function checkAll(job, chunk) {
  const total = job.total();
  const size = Math.max(1, Math.floor(Number(chunk)) || 2000);
  let done = 0;
  self.postMessage({ type: 'progress', done, total });
  while (done < total) {
    done = job.step(size);
    self.postMessage({ type: 'progress', done, total });
  }
  return total;
}

const FILE_TYPES = { csv: 'text/csv;charset=utf-8', ics: 'text/calendar;charset=utf-8' };

/**
 * The report as CSV or iCalendar: a Blob, or text with output 'text'. The Blob is made of the
 * module's UTF-8 bytes as they are (csvParts/icsParts), not of a JS string encoded again.
 */
function file(job, kind, output) {
  if (output === 'text') return kind === 'csv' ? job.csv() : job.ics();
  return new Blob(kind === 'csv' ? job.csvParts() : job.icsParts(), { type: FILE_TYPES[kind] });
}

function files(job, output) {
  return { csv: file(job, 'csv', output), ics: file(job, 'ics', output) };
}

// --- 1. checkInventory: the whole report to the page ------------------------------------------------

async function runWhole(message) {
  const { list, format, options = {}, chunk = 2000, output = 'blob', wasm } = message ?? {};
  await load(wasm);
  const read = readList(list, format, options);
  if (read.errors) {
    self.postMessage({ type: 'errors', errors: read.errors });
    return;
  }
  const settings = { today: options.today, locale: options.locale ?? 'de', policy: options.policy ?? 'default' };
  const job = new InventoryJob(read.rows, settings);
  try {
    const errors = job.errors();
    if (errors) {
      self.postMessage({ type: 'errors', errors: errors.errors });
      return;
    }
    checkAll(job, chunk);
    const report = job.report();
    const rows = report.rows;
    self.postMessage({ type: 'report', report: { ...report, rows: [] }, rows: rows.length });
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      self.postMessage({ type: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    }
    self.postMessage({ type: 'files', ...files(job, output) });
  } finally {
    job.free();
  }
}

// --- 2. openInventory: the report stays here ------------------------------------------------------

const SEVERITY_RANK = { error: 0, high: 1, medium: 2, low: 3 };

/** The first index in [0, n) where `test` holds (it holds from there on), or n. */
function firstWhere(n, test) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The report inside the wasm: rows leave it only as asked (`rowsJson(start, count)`), sorting is
 * the wasm's (`sort(column, descending)`: stable, ties in the urgency order, rows without a value
 * last). The CSV and the .ics are the report's, in the urgency order, whatever the current one.
 */
class WasmRows {
  constructor(job) {
    this.job = job;
    this.total = job.len();
    const row = (i) => JSON.parse(job.rowsJson(i, 1))[0];
    const n = this.total;
    // The counts without reading every row: in the urgency order the severities come in rank
    // order (error, high, medium, low), and sorted by days left (rows without any last) the
    // bounds of "missed" (< 0), "within 30 days" (0–30) and "later" (> 30) are three binary searches.
    const rank = (i) => SEVERITY_RANK[row(i).severity] ?? 9;
    const bounds = [0, 1, 2, 3].map((k) => firstWhere(n, (i) => rank(i) > k));
    this.summary = { total: n, error: bounds[0], high: bounds[1] - bounds[0], medium: bounds[2] - bounds[1], low: bounds[3] - bounds[2] };
    this.order = ['urgency', false];
    this.dueCounts = null;
  }

  /** Rows by days left (asked after the first screen: it costs a sort of every row). */
  due() {
    if (!this.dueCounts) {
      const { job, total: n } = this;
      job.sort('days_left', false);
      const days = (i) => {
        const d = JSON.parse(job.rowsJson(i, 1))[0].days_left;
        return typeof d === 'number' ? d : Infinity; // rows without a deadline: last, in none of the counts
      };
      const notMissed = firstWhere(n, (i) => days(i) >= 0);
      const after30 = firstWhere(n, (i) => days(i) > 30);
      const none = firstWhere(n, (i) => days(i) === Infinity);
      job.sort(...this.order);
      this.dueCounts = { missed: notMissed, next30: after30 - notMissed, later: none - after30 };
    }
    return this.dueCounts;
  }

  rows(start, count) {
    // clamped here: the wasm takes u32s, and a number past 2^32 would wrap around
    const first = Math.floor(Number(start)) || 0;
    const clamp = (i) => Math.max(0, Math.min(this.total, i));
    const from = clamp(first);
    const to = clamp(first + Math.max(0, Math.floor(Number(count)) || 0));
    return to <= from ? [] : JSON.parse(this.job.rowsJson(from, to - from));
  }

  sort(column, descending) {
    const sorted = this.job.sort(column, descending);
    if (sorted) this.order = [column, descending];
    return sorted;
  }
}

let open = null; // {job, rows: WasmRows}

function close() {
  open?.job.free();
  open = null;
}

async function handle(message) {
  const { op, id } = message;
  switch (op) {
    case 'open': {
      close();
      const { list, format, options = {}, chunk = 2000, first = 0, wasm } = message;
      await load(wasm);
      const read = readList(list, format, options);
      if (read.errors) return { id, errors: read.errors };
      const settings = { today: options.today, locale: options.locale ?? 'de', policy: options.policy ?? 'default' };
      const job = new InventoryJob(read.rows, settings);
      const errors = job.errors();
      if (errors) {
        job.free();
        return { id, errors: errors.errors };
      }
      checkAll(job, chunk);
      const rows = new WasmRows(job);
      open = { job, rows };
      return {
        id,
        total: rows.total,
        today: settings.today ?? null,
        summary: rows.summary,
        rows: rows.rows(0, first),
      };
    }
    case 'rows':
      if (!open) throw new Error('the inventory is closed');
      return { id, rows: open.rows.rows(message.start, message.count) };
    case 'due':
      if (!open) throw new Error('the inventory is closed');
      return { id, due: open.rows.due() };
    case 'load':
      await load(message.wasm);
      return { id, loaded: true };
    case 'sort':
      if (!open) throw new Error('the inventory is closed');
      return { id, sorted: !!open.rows.sort(String(message.column), !!message.descending) };
    case 'file': {
      if (!open) throw new Error('the inventory is closed');
      const { job } = open;
      const kind = message.kind === 'ics' ? 'ics' : 'csv';
      return { id, file: file(job, kind, message.output) };
    }
    case 'close':
      close();
      return { id, closed: true };
    default:
      throw new Error(`unknown request ${String(op)}`);
  }
}

// Requests are answered one after the other, in the order they came.
let queue = Promise.resolve();

self.addEventListener('message', (event) => {
  const message = event.data ?? {};
  if (typeof message.op === 'string') {
    queue = queue.then(() => handle(message)).then(
      (answer) => self.postMessage(answer),
      (err) => self.postMessage({ id: message.id, failed: String(err?.message ?? err) }),
    );
    return;
  }
  runWhole(message).catch((err) => {
    self.postMessage({ type: 'failed', message: String(err?.message ?? err) });
  });
});
