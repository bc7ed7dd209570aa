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
//                                                      {id, total, today, summary, due, rows} (the first
//                                                      `first` rows) or {id, errors}
//      {op: 'rows', start, count}                   → {id, rows} in the current order
//      {op: 'sort', column, descending}             → {id, sorted: true|false}
//      {op: 'file', kind: 'csv'|'ics', output?}      → {id, file} (a Blob, or text with output 'text'),
//                                                      in the report's order whatever the current one
//    With the batch wasm's `rowsJson`/`sort` (InventoryJob) the rows stay inside the wasm and only
//    the asked range crosses as JSON text; with an older wasm the report is read once as JS objects
//    here and sorted and sliced in this worker (the page gets the same answers either way).
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

/** The report as CSV or iCalendar: a Blob, or text with output 'text'. */
function file(job, kind, output) {
  const text = kind === 'csv' ? job.csv() : job.ics();
  return output === 'text' ? text : new Blob([text], { type: FILE_TYPES[kind] });
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

/** The columns the table sorts by (`urgency` is the report's own order). */
const COLUMNS = new Set(['urgency', 'line', 'domain', 'holder', 'renewal', 'next_action', 'deadline', 'days_left', 'severity']);
const SEVERITY_RANK = { error: 0, high: 1, medium: 2, low: 3 };

/** Counts of rows by how many days are left: missed (< 0), within 30 days (0–30), later (> 30). */
function dueOf(daysLeft, due) {
  if (typeof daysLeft !== 'number') return;
  if (daysLeft < 0) due.missed++;
  else if (daysLeft <= 30) due.next30++;
  else due.later++;
}

/**
 * The report inside the wasm: rows leave it only as asked (`rowsJson(start, count)`), sorting is
 * the wasm's (`sort(column, descending)`).
 */
class WasmRows {
  constructor(job) {
    this.job = job;
    this.order = ['urgency', false];
    this.total = job.len();
    this.today = null;
    this.summary = { total: this.total, error: 0, high: 0, medium: 0, low: 0 };
    this.due = { missed: 0, next30: 0, later: 0 };
    // The counts need every row once; read in parts so no single JSON text is the whole report.
    for (let i = 0; i < this.total; i += 10000) {
      for (const r of JSON.parse(job.rowsJson(i, 10000))) {
        if (r.severity in this.summary) this.summary[r.severity]++;
        dueOf(r.days_left, this.due);
      }
    }
  }

  rows(start, count) {
    return JSON.parse(this.job.rowsJson(start, count));
  }

  sort(column, descending) {
    const sorted = this.job.sort(column, descending);
    if (sorted) this.order = [column, descending];
    return sorted;
  }

  /** Runs `make` with the rows in the report's order (the files' order), then restores the current one. */
  inReportOrder(make) {
    const [column, descending] = this.order;
    if (column === 'urgency' && !descending) return make();
    this.job.sort('urgency', false);
    try {
      return make();
    } finally {
      this.job.sort(column, descending);
    }
  }
}

/** Folds text for sorting: case, accents (ä → a, ß → ss), and numbers by value ("Kunde 9" before "Kunde 10"). */
function fold(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\d+/g, (d) => d.padStart(12, '0'));
}

/** An older batch wasm without `rowsJson`/`sort`: the report read once here, sorted and sliced here. */
class ObjectRows {
  constructor(job) {
    const report = job.report();
    this.report = report;
    this.total = report.rows.length;
    this.today = report.today;
    this.summary = report.summary;
    this.due = { missed: 0, next30: 0, later: 0 };
    for (const r of report.rows) dueOf(r.days_left, this.due);
    this.order = null; // row indexes in the current order (null: the report's)
  }

  inReportOrder(make) {
    return make(); // the wasm's report keeps its order; only this.order changes
  }

  rows(start, count) {
    const from = Math.max(0, Math.min(this.total, Math.floor(start)));
    const to = Math.max(from, Math.min(this.total, from + Math.max(0, Math.floor(count))));
    const out = new Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.report.rows[this.order ? this.order[i] : i];
    return out;
  }

  sort(column, descending) {
    if (!COLUMNS.has(column)) return false;
    if (column === 'urgency') {
      this.order = null;
      if (descending) this.order = Array.from({ length: this.total }, (_, i) => this.total - 1 - i);
      return true;
    }
    const rows = this.report.rows;
    let keys;
    if (column === 'line' || column === 'days_left') keys = rows.map((r) => (typeof r[column] === 'number' ? r[column] : null));
    else if (column === 'severity') keys = rows.map((r) => SEVERITY_RANK[r.severity] ?? 9);
    else if (column === 'renewal' || column === 'deadline') keys = rows.map((r) => r[column] ?? null);
    else keys = rows.map((r) => fold(r[column]));
    const sign = descending ? -1 : 1;
    const order = Array.from(keys, (_, i) => i);
    order.sort((a, b) => {
      const x = keys[a];
      const y = keys[b];
      if (x === y) return a - b; // ties keep the report's (urgency) order
      if (x === null) return 1; // empty values last, either way
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    });
    this.order = order;
    return true;
  }
}

let open = null; // {job, rows: WasmRows | ObjectRows}

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
      const inWasm = typeof job.rowsJson === 'function' && typeof job.sort === 'function' && typeof job.len === 'function';
      const rows = inWasm ? new WasmRows(job) : new ObjectRows(job);
      open = { job, rows };
      return {
        id,
        total: rows.total,
        today: rows.today ?? settings.today ?? null,
        summary: rows.summary,
        due: rows.due,
        inWasm,
        rows: rows.rows(0, first),
      };
    }
    case 'rows':
      if (!open) throw new Error('the inventory is closed');
      return { id, rows: open.rows.rows(message.start, message.count) };
    case 'sort':
      if (!open) throw new Error('the inventory is closed');
      return { id, sorted: !!open.rows.sort(String(message.column), !!message.descending) };
    case 'file': {
      if (!open) throw new Error('the inventory is closed');
      const { job, rows } = open;
      const kind = message.kind === 'ics' ? 'ics' : 'csv';
      return { id, file: rows.inReportOrder(() => file(job, kind, message.output)) };
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
