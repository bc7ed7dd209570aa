// domainguard – the inventory check in a module Web Worker.
//
// Loads the batch build of the rules (./batch/domainguard_wasm.js and its wasm), takes one
// message {list, format?, options: {today, locale, policy}, chunk?, output?} and answers with
//   {type: 'progress', done, total}   after reading the list and after every step of `chunk` rows
//   {type: 'report', report, rows}    the report {today, summary, rows: []} and how many rows follow
//   {type: 'rows', rows}              the rows, most urgent first, in parts of ROWS_PER_MESSAGE (the
//                                     page reads each part in a few ms instead of 100,000 rows at once)
//   {type: 'files', csv, ics}         the report as CSV and iCalendar (Blobs, or text with output 'text')
// or {type: 'errors', errors} (the list or the options cannot be read) or {type: 'failed', message}.
// The rows are checked inside the wasm in steps (one call per step, not per domain); the page
// stays free while this worker works. Started by inventory.js's checkInventory().

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

async function run(message) {
  const { list, format, options = {}, chunk = 2000, output = 'blob', wasm } = message ?? {};
  await load(wasm);
  let rows = list;
  if (format === 'json' && typeof list === 'string') {
    try {
      rows = JSON.parse(list);
    } catch (err) {
      const text = JSON_ERROR[localeOf(options)];
      self.postMessage({
        type: 'errors',
        errors: [{ code: 'INVALID_JSON', field: 'list', message: `${text} ${err.message}`, params: null }],
      });
      return;
    }
  }
  const settings = { today: options.today, locale: options.locale ?? 'de', policy: options.policy ?? 'default' };
  const job = new InventoryJob(rows, settings);
  try {
    const errors = job.errors();
    if (errors) {
      self.postMessage({ type: 'errors', errors: errors.errors });
      return;
    }
    const total = job.total();
    const size = Math.max(1, Math.floor(Number(chunk)) || 2000);
    let done = 0;
    self.postMessage({ type: 'progress', done, total });
    while (done < total) {
      done = job.step(size);
      self.postMessage({ type: 'progress', done, total });
    }
    const report = job.report();
    const rows = report.rows;
    self.postMessage({ type: 'report', report: { ...report, rows: [] }, rows: rows.length });
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      self.postMessage({ type: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    }
    const csv = job.csv();
    const ics = job.ics();
    if (output === 'text') self.postMessage({ type: 'files', csv, ics });
    else {
      self.postMessage({
        type: 'files',
        csv: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        ics: new Blob([ics], { type: 'text/calendar;charset=utf-8' }),
      });
    }
  } finally {
    job.free();
  }
}

self.addEventListener('message', (event) => {
  run(event.data).catch((err) => {
    self.postMessage({ type: 'failed', message: String(err?.message ?? err) });
  });
});
