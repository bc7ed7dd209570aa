// domainguard – the inventory check (seed 004's "Bestandsliste") from a page: a whole domain
// list checked in a module Web Worker (inventory-worker.js, with the batch build of the rules),
// with progress, so a 100,000-domain list does not stop the page.
//
// This file is the source; scripts/build-wasm.sh minifies it to dist/inventory.js next to
// dist/inventory-worker.js and dist/batch/. The worker must come from the page's origin.

import { today as zonedToday } from './domainguard.js';

function abortError() {
  return typeof DOMException === 'function'
    ? new DOMException('The inventory check was aborted.', 'AbortError')
    : Object.assign(new Error('The inventory check was aborted.'), { name: 'AbortError' });
}

/**
 * The options both entries share, with their defaults: the rules' `{today, locale, policy}`
 * (today: today in `timeZone`, default Europe/Berlin), `chunk` (rows per step) and `format`.
 */
function listOptions(options) {
  const { today = zonedToday(options.timeZone), locale = 'de', policy = 'default', chunk = 2000, format } = options;
  return { rules: { today, locale, policy }, chunk, format };
}

/**
 * Checks a domain list in a Web Worker.
 *
 * @param list CSV text (header row; comma or semicolon), an array of row objects (e.g. from
 *   JSON.parse) or `{domains: [...]}`; JSON text with `options.format = 'json'` (parsed in the worker)
 * @param options `{today, locale, policy}` for the rules (today: default today in Europe/Berlin),
 *   and `chunk` (rows per step, default 2000), `format`, `output` ('blob' default, or 'text'),
 *   `signal` (AbortSignal), `onReport(report)` (called as soon as the report is there, before
 *   the files), `workerUrl`, `wasmUrl`
 * @param onProgress called with `{done, total}` after reading and after every step
 * @returns Promise of `{report, csv, ics}` (csv/ics Blobs, or text), or `{errors}` when the list
 *   or the options cannot be read. Rejects when the worker fails or the signal aborts.
 */
export function checkInventory(list, options = {}, onProgress) {
  const { output = 'blob', signal, onReport, workerUrl, wasmUrl } = options;
  const { rules, chunk, format } = listOptions(options);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = takeWorker(workerUrl, wasmUrl);
    let report = null;
    let expectedRows = 0;
    let finished = false;
    const finish = (fn, value) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      fn(value);
    };
    const onAbort = () => finish(reject, abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event) => {
      const m = event.data ?? {};
      switch (m.type) {
        case 'progress':
          if (typeof onProgress === 'function') onProgress({ done: m.done, total: m.total });
          break;
        case 'report':
          report = m.report;
          expectedRows = m.rows ?? report.rows.length;
          if (report.rows.length >= expectedRows && typeof onReport === 'function') onReport(report);
          break;
        case 'rows':
          // the rows come in parts, so that no single message holds the page up
          for (const row of m.rows) report.rows.push(row);
          if (report.rows.length >= expectedRows && typeof onReport === 'function') onReport(report);
          break;
        case 'files':
          finish(resolve, { report, csv: m.csv, ics: m.ics });
          break;
        case 'errors':
          finish(resolve, { errors: m.errors });
          break;
        case 'failed':
          finish(reject, new Error(`domainguard inventory: ${m.message}`));
          break;
        default:
          break;
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      finish(reject, new Error(`domainguard inventory: the worker failed${event.message ? `: ${event.message}` : ''}`));
    });
    worker.addEventListener('messageerror', () => finish(reject, new Error('domainguard inventory: a message could not be read')));
    worker.postMessage({
      list,
      format,
      options: rules,
      chunk,
      output,
      wasm: wasmUrl === undefined ? undefined : String(wasmUrl),
    });
  });
}

let spare = null; // {worker, key}: a worker started ahead by preloadInventory()

const spareKey = (workerUrl, wasmUrl) => `${workerUrl ?? ''}\n${wasmUrl ?? ''}`;

/**
 * Starts an inventory worker ahead and loads its wasm, so that the next checkInventory() or
 * openInventory() with the same `workerUrl`/`wasmUrl` starts checking at once. Optional.
 */
export function preloadInventory({ workerUrl, wasmUrl } = {}) {
  const key = spareKey(workerUrl, wasmUrl);
  if (spare?.key === key) return;
  spare?.worker.terminate();
  const worker = startWorker(workerUrl);
  worker.postMessage({ op: 'load', id: 0, wasm: wasmUrl === undefined ? undefined : String(wasmUrl) });
  spare = { worker, key };
}

/** The worker started ahead for these URLs, or a new one. */
function takeWorker(workerUrl, wasmUrl) {
  if (spare?.key === spareKey(workerUrl, wasmUrl)) {
    const { worker } = spare;
    spare = null;
    return worker;
  }
  return startWorker(workerUrl);
}

function startWorker(workerUrl) {
  // Written exactly in the form bundlers recognise (Vite, webpack, Parcel): they then build
  // the worker, its glue and its wasm as files of their own. esbuild leaves it alone: the
  // worker and batch/ are then copied next to the bundle (js/README.md, esbuild).
  return workerUrl === undefined
    ? new Worker(new URL('./inventory-worker.js', import.meta.url), { type: 'module' })
    : new Worker(workerUrl, { type: 'module' });
}

/**
 * Checks a domain list in a Web Worker and keeps the report there: the page asks for the rows
 * it shows (a screenful at a time), sorting is done in the worker (in the wasm), and the CSV and
 * .ics are written there when asked for.
 *
 * @param list as for checkInventory
 * @param options `{today, timeZone, locale, policy}` for the rules, and `chunk`, `format`,
 *   `signal` (aborts the check; once the handle is there, `close()` ends the worker), `first`
 *   (rows to fetch with the handle, default 0), `workerUrl`, `wasmUrl`
 * @param onProgress called with `{done, total}` after reading and after every step
 * @returns Promise of a handle `{total, today, summary, errors, first, rows(start, count),
 *   sort(column, descending), due(), files({output}), close()}`; with `errors` (the list or the options
 *   cannot be read) the handle is closed and `total` is 0. Rejects when the worker fails or the
 *   signal aborts.
 */
export function openInventory(list, options = {}, onProgress) {
  const { first = 0, signal, workerUrl, wasmUrl } = options;
  const { rules, chunk, format } = listOptions(options);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = takeWorker(workerUrl, wasmUrl);
    const pending = new Map(); // request id → {resolve, reject}
    let nextId = 1;
    let closed = null; // the error every later request gets
    const shut = (err) => {
      if (closed) return;
      closed = err;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    const onAbort = () => shut(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const request = (message, transfer) => {
      if (closed) return Promise.reject(closed);
      const id = nextId++;
      return new Promise((res, rej) => {
        pending.set(id, { resolve: res, reject: rej });
        worker.postMessage({ ...message, id }, transfer ?? []);
      });
    };
    worker.addEventListener('message', (event) => {
      const m = event.data ?? {};
      if (m.type === 'progress') {
        if (typeof onProgress === 'function' && !closed) onProgress({ done: m.done, total: m.total });
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (typeof m.failed === 'string') p.reject(new Error(`domainguard inventory: ${m.failed}`));
      else p.resolve(m);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      shut(new Error(`domainguard inventory: the worker failed${event.message ? `: ${event.message}` : ''}`));
    });
    worker.addEventListener('messageerror', () => shut(new Error('domainguard inventory: a message could not be read')));

    const closedError = () => new Error('domainguard inventory: the inventory is closed');
    request({
      op: 'open',
      list,
      format,
      options: rules,
      chunk,
      first: Math.max(0, Math.floor(Number(first)) || 0),
      wasm: wasmUrl === undefined ? undefined : String(wasmUrl),
    }).then((m) => {
      if (m.errors) {
        shut(closedError());
        const no = () => Promise.reject(closedError());
        resolve({ total: 0, today: rules.today, summary: null, errors: m.errors, first: [], rows: no, sort: no, due: no, files: no, close() {} });
        return;
      }
      // after the check, the signal no longer aborts anything: close() ends the worker
      signal?.removeEventListener('abort', onAbort);
      resolve({
        total: m.total,
        today: m.today,
        summary: m.summary,
        errors: null,
        first: m.rows,
        rows: (start, count) => request({ op: 'rows', start: Number(start) || 0, count: Number(count) || 0 }).then((a) => a.rows),
        sort: (column, descending = false) =>
          request({ op: 'sort', column: String(column), descending: !!descending }).then((a) => {
            if (!a.sorted) throw new Error(`domainguard inventory: cannot sort by ${String(column)}`);
          }),
        due: () => request({ op: 'due' }).then((a) => a.due),
        // two requests, one after the other: rows asked for meanwhile are answered in between
        files: async ({ output = 'blob' } = {}) => {
          const csv = (await request({ op: 'file', kind: 'csv', output })).file;
          const ics = (await request({ op: 'file', kind: 'ics', output })).file;
          return { csv, ics };
        },
        close: () => shut(closedError()),
      });
    }, (err) => {
      shut(err);
      reject(err);
    });
  });
}

/** The report's next actions, with their German and English labels (for tables). */
export const NEXT_ACTIONS = Object.freeze({
  FIX_ROW: { de: 'Zeile korrigieren', en: 'Fix the row' },
  RENEWAL_AT_RISK: { de: 'Verlängerung gefährdet', en: 'Renewal at risk' },
  CLOSE_NOTICE_MISSED: { de: 'Kündigungsfrist verpasst', en: 'Notice deadline missed' },
  SEND_CLOSE_NOTICE: { de: 'Schließung melden', en: 'Send the close notice' },
  TRANSFER_TOO_LATE: { de: 'Transfer zu spät', en: 'Transfer too late' },
  AUTHINFO_EXPIRED: { de: 'AuthInfo abgelaufen', en: 'AuthInfo expired' },
  COMPLETE_TRANSFER: { de: 'Transfer abschließen', en: 'Complete the transfer' },
  RENEWAL: { de: 'Verlängerung', en: 'Renewal' },
});

/** The severities of report rows, most urgent first, with their labels. */
export const SEVERITIES = Object.freeze({
  error: { rank: 0, de: 'Fehler', en: 'error' },
  high: { rank: 1, de: 'hoch', en: 'high' },
  medium: { rank: 2, de: 'mittel', en: 'medium' },
  low: { rank: 3, de: 'niedrig', en: 'low' },
});
