// domainguard training page: a reseller's whole domain list checked at once (seed 004's
// "Bestandsliste"), in a Web Worker (dist/inventory.js), with a progress bar, the report as a
// sortable table and downloads as CSV and iCalendar. The account's readiness banner (seed 002)
// on top. All text reaches the page through textContent.

import { renderNav } from './common.js';
import { demoAccount, addDays } from './account.js';
import { corpus } from '../bench/corpus.mjs';

const TEXT = {
  de: {
    panel: 'Reseller-Panel (Schulung)',
    title: 'Bestandsliste prüfen',
    intro:
      'Die ganze Domainliste eines Resellers auf einmal: für jede Domain der nächste Schritt, seine Frist und wie dringend er ist. Die Prüfung läuft in einem Web Worker; auch 100.000 Domains halten die Seite nicht an.',
    navLabel: 'Übungsseiten',
    navClose: 'Domain kündigen',
    navInventory: 'Bestandsliste prüfen',
    navCms: 'CMS: Löschen und Updates',
    today: 'Heute (Stichtag)',
    datePlaceholder: 'JJJJ-MM-TT',
    inputTitle: 'Liste',
    columns:
      'Spalten: domain, registered, renewal, holder, invoice_unpaid (ja/nein), intent (keep, close oder transfer). CSV mit Kopfzeile, durch Komma oder Semikolon getrennt, oder ein JSON-Array.',
    pasteLabel: 'Liste einfügen',
    fileLabel: 'oder eine Datei hochladen (.csv, .json)',
    sample: 'Beispielliste mit 100.000 Domains erzeugen',
    run: 'Liste prüfen',
    cancel: 'Abbrechen',
    resultTitle: 'Ergebnis',
    progressLabel: 'Fortschritt',
    sumTotal: 'Domains',
    sumError: 'Fehlerhafte Zeilen',
    sumHigh: 'Dringend',
    sumDue30: 'In den nächsten 30 Tagen',
    sumLater: 'Später',
    downloadCsv: 'Als CSV herunterladen',
    downloadIcs: 'Fristen als Kalender (.ics)',
    reportTitle: 'Bericht',
    sortHint: 'Zum Sortieren auf eine Spaltenüberschrift klicken; ein zweiter Klick kehrt die Reihenfolge um.',
    colLine: 'Zeile',
    colDomain: 'Domain',
    colHolder: 'Inhaber',
    colRenewal: 'Verlängerung',
    colAction: 'Nächster Schritt',
    colDeadline: 'Frist',
    colDays: 'Tage',
    colSeverity: 'Dringlichkeit',
    colMessage: 'Hinweis',
    pagerLabel: 'Seiten des Berichts',
    prev: 'Zurück',
    next: 'Weiter',
    footer: 'Regeln: domainguard',
    sourceText: (n) => `Zu prüfen: die eingefügte Liste (${n} Zeilen).`,
    sourceFile: (name, n) => `Zu prüfen: die Datei „${name}“ (${n} Zeilen).`,
    sourceSample: (n) => `Zu prüfen: die erzeugte Beispielliste (${n} Domains).`,
    sourceEmpty: 'Noch keine Liste: einfügen, hochladen oder die Beispielliste erzeugen.',
    progress: (done, total) => `${done} von ${total} Domains geprüft`,
    running: (n) => `Prüfe ${n} Domains …`,
    reading: 'Liste wird gelesen …',
    writing: 'Bericht fertig; CSV und Kalender werden erstellt …',
    done: (n, s) => `Fertig: ${n} Domains in ${s} s geprüft.`,
    aborted: 'Abgebrochen.',
    failed: (m) => `Die Prüfung ist fehlgeschlagen: ${m}`,
    listErrors: 'Die Liste kann so nicht gelesen werden:',
    pageInfo: (from, to, total) => `Zeilen ${from}–${to} von ${total}`,
    noRows: 'Keine Zeilen.',
    loadError:
      'Das Prüfmodul fehlt oder lädt nicht (dist/inventory.js). Bitte zuerst „bash scripts/build-wasm.sh“ ausführen und die Seite über „node scripts/serve.mjs“ öffnen.',
  },
  en: {
    panel: 'Reseller panel (training)',
    title: 'Checking the domain list',
    intro:
      'A reseller’s whole domain list at once: for every domain the next step, its deadline and how urgent it is. The check runs in a Web Worker; even 100,000 domains do not stop the page.',
    navLabel: 'Practice pages',
    navClose: 'Terminate a domain',
    navInventory: 'Check the domain list',
    navCms: 'CMS: delete and update',
    today: 'Today (reference date)',
    datePlaceholder: 'YYYY-MM-DD',
    inputTitle: 'List',
    columns:
      'Columns: domain, registered, renewal, holder, invoice_unpaid (yes/no), intent (keep, close or transfer). CSV with a header row, comma or semicolon separated, or a JSON array.',
    pasteLabel: 'Paste a list',
    fileLabel: 'or upload a file (.csv, .json)',
    sample: 'Generate a sample list of 100,000 domains',
    run: 'Check the list',
    cancel: 'Cancel',
    resultTitle: 'Result',
    progressLabel: 'Progress',
    sumTotal: 'Domains',
    sumError: 'Unreadable rows',
    sumHigh: 'Urgent',
    sumDue30: 'Within 30 days',
    sumLater: 'Later',
    downloadCsv: 'Download as CSV',
    downloadIcs: 'Deadlines as a calendar (.ics)',
    reportTitle: 'Report',
    sortHint: 'Click a column header to sort; a second click reverses the order.',
    colLine: 'Line',
    colDomain: 'Domain',
    colHolder: 'Holder',
    colRenewal: 'Renewal',
    colAction: 'Next step',
    colDeadline: 'Deadline',
    colDays: 'Days',
    colSeverity: 'Severity',
    colMessage: 'Note',
    pagerLabel: 'Report pages',
    prev: 'Previous',
    next: 'Next',
    footer: 'Rules: domainguard',
    sourceText: (n) => `To check: the pasted list (${n} lines).`,
    sourceFile: (name, n) => `To check: the file “${name}” (${n} lines).`,
    sourceSample: (n) => `To check: the generated sample list (${n} domains).`,
    sourceEmpty: 'No list yet: paste one, upload one or generate the sample list.',
    progress: (done, total) => `${done} of ${total} domains checked`,
    running: (n) => `Checking ${n} domains …`,
    reading: 'Reading the list …',
    writing: 'Report ready; writing the CSV and the calendar …',
    done: (n, s) => `Done: ${n} domains checked in ${s} s.`,
    aborted: 'Cancelled.',
    failed: (m) => `The check failed: ${m}`,
    listErrors: 'The list cannot be read like this:',
    pageInfo: (from, to, total) => `Rows ${from}–${to} of ${total}`,
    noRows: 'No rows.',
    loadError:
      'The check module is missing or does not load (dist/inventory.js). Run “bash scripts/build-wasm.sh” first and open the page via “node scripts/serve.mjs”.',
  },
};

const PAGE_SIZE = 100;
const SAMPLE_SIZE = 100000;

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let lang = params.get('lang') === 'en' ? 'en' : 'de';
const t = () => TEXT[lang];
const number = (n) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(n);

const state = {
  source: null, // {kind: 'text'|'file'|'sample', list, format, label, lines}
  running: null, // AbortController of the running check
  report: null,
  files: null, // {csv, ics} Blobs
  order: null, // row indexes in display order
  sort: null, // {key, dir}
  keyCache: new Map(),
  page: 0,
  runs: 0,
  timings: null,
};
window.domainguardInventoryDemo = state;

let dg;
let inv;
let cms;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'className') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children);
  return node;
}

// --- the list to check -------------------------------------------------------------------------------

/** A small list with each kind of row, its dates relative to `today` (so it tells the same story any day). */
function exampleList(today) {
  const registered = (inDays, years) => {
    let d = addDays(today, inDays);
    if (d.endsWith('-02-29')) d = d.replace(/-02-29$/, '-02-28');
    return `${Number(d.slice(0, 4)) - years}${d.slice(4)}`;
  };
  return [
    'domain;registered;renewal;holder;invoice_unpaid;intent',
    `beispiel.de;${registered(60, 21)};;Max Mustermann;nein;close`,
    `bäckerei-sonnenschein.de;${registered(9, 14)};;Bäckerei Sonnenschein;ja;`,
    `praxis-dr-meier.de;${registered(24, 10)};;Dr. Anna Meier;ja;keep`,
    `kanzlei-beispiel.com;${registered(40, 7)};;Kanzlei Beispiel;nein;transfer`,
    `verein-beispiel.de;${registered(120, 16)};;Verein Beispiel e. V.;nein;`,
    `hotel-am-see.de;${registered(10, 12)};;Hotel am See;nein;close`,
    `agentur-nord.at;${registered(25, 5)};;Agentur Nord;nein;keep`,
    'shop-muster.de;2021-02-30;;Muster GmbH;nein;',
    '',
  ].join('\n');
}

function looksLikeJson(text) {
  return /^\s*[[{]/.test(text);
}

function countLines(text) {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') || text === '' ? n : n + 1;
}

function setSource(source) {
  state.source = source;
  showSource();
}

function showSource() {
  const s = state.source;
  const out = $('source');
  if (!s || (s.kind === 'text' && s.list.trim() === '')) out.textContent = t().sourceEmpty;
  else if (s.kind === 'text') out.textContent = t().sourceText(number(s.lines));
  else if (s.kind === 'file') out.textContent = t().sourceFile(s.label, number(s.lines));
  else out.textContent = t().sourceSample(number(s.lines));
  $('run').disabled = !s || s.list.trim() === '' || !!state.running;
}

function textSource() {
  const text = $('list').value;
  return { kind: 'text', list: text, format: looksLikeJson(text) ? 'json' : 'csv', label: '', lines: countLines(text.trim()) };
}

// --- the check ---------------------------------------------------------------------------------------

function setProgress(done, total) {
  const bar = $('progress');
  bar.max = Math.max(total, 1);
  bar.value = total === 0 ? 1 : done;
  $('progress-text').textContent = t().progress(number(done), number(total));
}

function resetResult() {
  state.report = null;
  state.files = null;
  state.order = null;
  state.sort = null;
  state.keyCache = new Map();
  state.page = 0;
  $('download-csv').disabled = true;
  $('download-ics').disabled = true;
  $('list-errors').hidden = true;
  $('list-errors').replaceChildren();
  for (const th of document.querySelectorAll('#report th')) th.removeAttribute('aria-sort');
  showSummary(null);
  renderTable();
}

async function run() {
  const source = state.source;
  if (!source || source.list.trim() === '' || !inv) return;
  state.running?.abort();
  const controller = new AbortController();
  state.running = controller;
  state.runs++;
  resetResult();
  const timings = { start: performance.now(), firstProgress: null, rowsDone: null, report: null, files: null, total: null };
  state.timings = timings;
  $('progress').value = 0;
  $('progress').max = 1;
  $('progress-text').textContent = '';
  $('status').textContent = t().reading;
  $('cancel').hidden = false;
  $('run').disabled = true;
  document.documentElement.dataset.inventoryState = 'running';
  const locale = lang;
  try {
    const result = await inv.checkInventory(
      source.list,
      {
        today: $('today').value.trim(),
        locale,
        format: source.format === 'json' ? 'json' : undefined,
        signal: controller.signal,
        chunk: 2000,
        onReport(report) {
          timings.report = performance.now();
          state.report = report;
          state.order = null;
          showSummary(report);
          renderTable();
          $('status').textContent = t().writing;
        },
      },
      ({ done, total }) => {
        if (timings.firstProgress === null) {
          timings.firstProgress = performance.now();
          timings.total = total;
          $('status').textContent = t().running(number(total));
        }
        if (done === total) timings.rowsDone = performance.now();
        setProgress(done, total);
      },
    );
    if (state.running !== controller) return;
    if (result.errors) {
      showListErrors(result.errors);
      $('status').textContent = '';
      document.documentElement.dataset.inventoryState = 'errors';
      return;
    }
    timings.files = performance.now();
    state.files = { csv: result.csv, ics: result.ics };
    $('download-csv').disabled = false;
    $('download-ics').disabled = false;
    const seconds = ((timings.report - timings.start) / 1000).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    $('status').textContent = t().done(number(result.report.summary.total), seconds);
    document.documentElement.dataset.inventoryState = 'done';
  } catch (err) {
    if (state.running !== controller) return;
    if (err?.name === 'AbortError') {
      $('status').textContent = t().aborted;
      document.documentElement.dataset.inventoryState = 'aborted';
    } else {
      $('status').textContent = t().failed(String(err?.message ?? err));
      document.documentElement.dataset.inventoryState = 'failed';
      console.error('demo: inventory check failed', err);
    }
  } finally {
    if (state.running === controller) {
      state.running = null;
      $('cancel').hidden = true;
      showSource();
    }
  }
}

function showListErrors(errors) {
  const box = $('list-errors');
  box.replaceChildren(el('p', { text: t().listErrors }), ...errors.map((e) => el('p', { className: 'list-error', 'data-code': e.code, text: e.message })));
  box.hidden = false;
}

/**
 * The tiles: all rows, unreadable rows and urgent rows (the rules' severities), then the rows by
 * the date of their next step: due within the next 30 days (0 to 30 days left), or later.
 */
function tiles(report) {
  let due30 = 0;
  let later = 0;
  for (const r of report.rows) {
    if (typeof r.days_left !== 'number') continue;
    if (r.days_left >= 0 && r.days_left <= 30) due30++;
    else if (r.days_left > 30) later++;
  }
  return { total: report.summary.total, error: report.summary.error, high: report.summary.high, due30, later };
}

function showSummary(report) {
  const values = report ? tiles(report) : null;
  for (const div of document.querySelectorAll('#summary > div')) {
    const dd = div.querySelector('dd');
    const value = values ? values[div.dataset.key] : null;
    dd.dataset.value = String(value ?? 0);
    dd.textContent = value === null || value === undefined ? '–' : number(value);
  }
}

// --- the table ----------------------------------------------------------------------------------------

const SEVERITY_RANK = { error: 0, high: 1, medium: 2, low: 3 };

/** Folds text for sorting: case, accents (ä → a, ß → ss), and numbers by value ("Kunde 9" before "Kunde 10"). */
function fold(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\d+/g, (d) => d.padStart(12, '0'));
}

function sortKeys(key) {
  const cacheKey = key === 'next_action' ? `${key}:${lang}` : key;
  if (state.keyCache.has(cacheKey)) return state.keyCache.get(cacheKey);
  const rows = state.report.rows;
  let keys;
  switch (key) {
    case 'line':
    case 'days_left':
      keys = rows.map((r) => (typeof r[key] === 'number' ? r[key] : null));
      break;
    case 'severity':
      keys = rows.map((r) => SEVERITY_RANK[r.severity] ?? 9);
      break;
    case 'renewal':
    case 'deadline':
      keys = rows.map((r) => r[key] ?? null);
      break;
    case 'next_action':
      keys = rows.map((r) => fold(inv.NEXT_ACTIONS[r.next_action]?.[lang] ?? r.next_action));
      break;
    default:
      keys = rows.map((r) => fold(r[key]));
  }
  state.keyCache.set(cacheKey, keys);
  return keys;
}

function sortBy(key) {
  if (!state.report) return;
  const dir = state.sort?.key === key && state.sort.dir === 'ascending' ? 'descending' : 'ascending';
  const keys = sortKeys(key);
  const sign = dir === 'ascending' ? 1 : -1;
  const order = Array.from(keys, (_, i) => i);
  order.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x === y) return a - b;
    if (x === null) return 1; // empty values last, either way
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  });
  state.order = order;
  state.sort = { key, dir };
  state.page = 0;
  for (const th of document.querySelectorAll('#report th')) {
    if (th.dataset.key === key) th.setAttribute('aria-sort', dir);
    else th.removeAttribute('aria-sort');
  }
  renderTable();
}

function cell(text, className) {
  return el('td', { className, text: text ?? '' });
}

function renderTable() {
  const body = $('report-rows');
  const report = state.report;
  const total = report ? report.rows.length : 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  state.page = Math.min(state.page, pages - 1);
  const from = state.page * PAGE_SIZE;
  const to = Math.min(total, from + PAGE_SIZE);
  const rows = [];
  for (let i = from; i < to; i++) {
    const r = report.rows[state.order ? state.order[i] : i];
    rows.push(
      el(
        'tr',
        { 'data-severity': r.severity, 'data-action': r.next_action },
        cell(String(r.line), 'num'),
        cell(r.domain, 'domain'),
        cell(r.holder),
        cell(r.renewal ? dg.formatDate(r.renewal, lang) : '', 'date'),
        cell(inv.NEXT_ACTIONS[r.next_action]?.[lang] ?? r.next_action),
        cell(r.deadline ? dg.formatDate(r.deadline, lang) : '', 'date'),
        cell(r.days_left === null || r.days_left === undefined ? '' : String(r.days_left), 'num'),
        cell(inv.SEVERITIES[r.severity]?.[lang] ?? r.severity, 'severity'),
        cell(r.message, 'message'),
      ),
    );
  }
  body.replaceChildren(...rows);
  $('page-info').textContent = total ? t().pageInfo(number(from + 1), number(to), number(total)) : t().noRows;
  $('prev').disabled = state.page === 0;
  $('next').disabled = state.page >= pages - 1;
}

// --- downloads ----------------------------------------------------------------------------------------

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// --- language, readiness ------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = lang;
  renderNav(lang);
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = TEXT[lang][node.dataset.i18n];
    if (typeof text === 'string') node.textContent = text;
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', TEXT[lang][node.dataset.i18nLabel]);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.setAttribute('placeholder', TEXT[lang][node.dataset.i18nPlaceholder]);
  for (const b of document.querySelectorAll('.lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  showSource();
  if (state.report) {
    showSummary(state.report);
    renderTable();
    const p = $('progress');
    $('progress-text').textContent = t().progress(number(p.value), number(p.max));
  }
}

function renderReadiness() {
  if (!cms) return null;
  const today = /^\d{4}-\d{2}-\d{2}$/.test($('today').value.trim()) ? $('today').value.trim() : dg.today();
  state.readiness = cms.showReadiness($('readiness'), demoAccount(today), { locale: lang, today });
  return state.readiness;
}

// --- wiring -------------------------------------------------------------------------------------------

try {
  dg = await import('../dist/domainguard.js');
  inv = await import('../dist/inventory.js');
  cms = await import('../dist/cms.js');
} catch (err) {
  const box = $('load-error');
  box.textContent = t().loadError;
  box.hidden = false;
  throw err;
}

$('today').value = params.get('today') ?? dg.today();
$('list').value = exampleList($('today').value);
setSource(textSource());
applyLanguage();

$('list').addEventListener('input', () => setSource(textSource()));
$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (!file) return;
  const text = await file.text();
  const json = /\.json$/i.test(file.name) || looksLikeJson(text);
  setSource({ kind: 'file', list: text, format: json ? 'json' : 'csv', label: file.name, lines: countLines(text.trim()) });
});
$('sample').addEventListener('click', () => {
  setSource({ kind: 'sample', list: corpus(SAMPLE_SIZE), format: 'csv', label: '', lines: SAMPLE_SIZE });
});
$('run').addEventListener('click', () => run());
$('cancel').addEventListener('click', () => state.running?.abort());
$('download-csv').addEventListener('click', () => state.files && download(state.files.csv, 'domainguard-inventar.csv'));
$('download-ics').addEventListener('click', () => state.files && download(state.files.ics, 'domainguard-inventar.ics'));
for (const button of document.querySelectorAll('#report th .sort')) {
  button.addEventListener('click', () => sortBy(button.closest('th').dataset.key));
}
$('prev').addEventListener('click', () => {
  state.page = Math.max(0, state.page - 1);
  renderTable();
});
$('next').addEventListener('click', () => {
  state.page += 1;
  renderTable();
});
for (const b of document.querySelectorAll('.lang button')) {
  b.addEventListener('click', () => {
    if (b.dataset.lang === lang) return;
    lang = b.dataset.lang;
    applyLanguage();
    renderReadiness();
    if (state.report && !state.running) run(); // the messages come from the rules, in the list's locale
  });
}
$('today').addEventListener('change', () => renderReadiness());

try {
  await dg.init();
  $('version').textContent = dg.version();
  await renderReadiness();
} catch (err) {
  const box = $('load-error');
  box.textContent = t().loadError;
  box.hidden = false;
  throw err;
}
document.documentElement.dataset.demoReady = '';
if (params.has('run')) run();
