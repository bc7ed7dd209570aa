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
    sortHint:
      'Zum Sortieren auf eine Spaltenüberschrift klicken; ein zweiter Klick kehrt die Reihenfolge um. Die Tabelle zeigt alle Zeilen: im Bericht blättern mit dem Mausrad, der Bildlaufleiste oder den Pfeiltasten.',
    colLine: 'Zeile',
    colDomain: 'Domain',
    colHolder: 'Inhaber',
    colRenewal: 'Verlängerung',
    colAction: 'Nächster Schritt',
    colDeadline: 'Frist',
    colDays: 'Tage',
    colSeverity: 'Dringlichkeit',
    colMessage: 'Hinweis',
    tableLabel: 'Alle Zeilen des Berichts, zum Blättern',
    footer: 'Regeln: domainguard',
    sourceText: (n) => `Zu prüfen: die eingefügte Liste (${n} Zeilen).`,
    listFolded: (n) =>
      `Die eingefügte Liste hat ${n} Zeilen. Sie wird hier nicht angezeigt, damit die Seite flüssig bleibt; geprüft wird sie ganz.`,
    listShow: 'Liste anzeigen',
    sourceFile: (name, n) => `Zu prüfen: die Datei „${name}“ (${n} Zeilen).`,
    sourceSample: (n) => `Zu prüfen: die erzeugte Beispielliste (${n} Domains).`,
    sourceEmpty: 'Noch keine Liste: einfügen, hochladen oder die Beispielliste erzeugen.',
    progress: (done, total) => `${done} von ${total} Domains geprüft`,
    running: (n) => `Prüfe ${n} Domains …`,
    reading: 'Liste wird gelesen …',
    writing: 'Bericht fertig; CSV und Kalender werden erstellt …',
    sorting: 'Sortiere …',
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
    sortHint:
      'Click a column header to sort; a second click reverses the order. The table holds every row: scroll through the report with the mouse wheel, the scroll bar or the arrow keys.',
    colLine: 'Line',
    colDomain: 'Domain',
    colHolder: 'Holder',
    colRenewal: 'Renewal',
    colAction: 'Next step',
    colDeadline: 'Deadline',
    colDays: 'Days',
    colSeverity: 'Severity',
    colMessage: 'Note',
    tableLabel: 'All rows of the report, scrollable',
    footer: 'Rules: domainguard',
    sourceText: (n) => `To check: the pasted list (${n} lines).`,
    listFolded: (n) => `The pasted list has ${n} lines. It is not shown here, so that the page stays smooth; all of it is checked.`,
    listShow: 'Show the list',
    sourceFile: (name, n) => `To check: the file “${name}” (${n} lines).`,
    sourceSample: (n) => `To check: the generated sample list (${n} domains).`,
    sourceEmpty: 'No list yet: paste one, upload one or generate the sample list.',
    progress: (done, total) => `${done} of ${total} domains checked`,
    running: (n) => `Checking ${n} domains …`,
    reading: 'Reading the list …',
    writing: 'Report ready; writing the CSV and the calendar …',
    sorting: 'Sorting …',
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

const SAMPLE_SIZE = 100000;
/** Rows the table shows at once (a screenful), and rows fetched from the worker per request. */
const VISIBLE = 16;
const BLOCK = 200;

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let lang = params.get('lang') === 'en' ? 'en' : 'de';
const t = () => TEXT[lang];
const number = (n) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(n);

const state = {
  source: null, // {kind: 'text'|'file'|'sample', list, format, label, lines}
  running: null, // AbortController of the running check
  inventory: null, // the worker's handle (openInventory): the report stays in the worker
  due: null, // rows by days left {missed, next30, later}, from the worker
  files: null, // {csv, ics} Blobs
  sort: null, // {key, dir}
  order: 'urgency:ascending', // the order the worker's rows are in
  blocks: new Map(), // block number → rows (BLOCK rows each) in the current order
  asked: new Map(), // block number → Promise of its rows
  generation: 0, // bumped when the rows change (new run, new order)
  first: 0, // index of the first row shown
  rowHeight: 0, // px, measured once from the first row shown
  boxHeight: 0, // px, the scroll box: the table with VISIBLE rows, measured once
  runs: 0,
  timings: null,
  listLines: 0, // lines in the textarea
  listShown: false, // the operator asked to see a long pasted list
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

// A pasted list of more than FOLD_LINES lines is folded away: kept in the textarea (and checked
// whole) but not shown, since a textarea of 100,000 lines makes every layout and paint of the page
// walk its text (measured: 35–80 ms of layout and 40–100 ms of paint per frame while a run updates
// the page, even with `contain: strict`). "Show the list" unfolds it until the list is short again.
const FOLD_LINES = 2000;

function showFold() {
  const ta = $('list');
  const fold = state.listLines > FOLD_LINES && !state.listShown;
  const hadFocus = document.activeElement === ta;
  ta.hidden = fold;
  $('list-folded').hidden = !fold;
  if (fold) {
    $('list-folded-text').textContent = t().listFolded(number(state.listLines));
    if (hadFocus) $('list-show').focus(); // the keyboard stays where the list was
  }
}

function listInput() {
  const source = textSource();
  state.listLines = source.lines;
  if (source.lines <= FOLD_LINES) state.listShown = false;
  setSource(source);
  showFold();
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
  state.inventory?.close();
  state.inventory = null;
  state.due = null;
  state.files = null;
  state.sort = null;
  state.order = 'urgency:ascending';
  forgetRows();
  $('download-csv').disabled = true;
  $('download-ics').disabled = true;
  $('list-errors').hidden = true;
  $('list-errors').replaceChildren();
  for (const th of document.querySelectorAll('#report th')) th.removeAttribute('aria-sort');
  showSummary(null);
  renderTable(); // no rows: the box no longer scrolls (its scroll position is not read or set here: that would force a layout)
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
  let handle = null;
  try {
    const opening = inv.openInventory(
      source.list,
      {
        today: $('today').value.trim(),
        locale,
        format: source.format === 'json' ? 'json' : undefined,
        signal: controller.signal,
        chunk: 2000,
        first: BLOCK,
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
    handle = await opening;
    if (state.running !== controller) {
      handle.close();
      return;
    }
    if (handle.errors) {
      showListErrors(handle.errors);
      $('status').textContent = '';
      document.documentElement.dataset.inventoryState = 'errors';
      return;
    }
    // the report: its counts and its first screenful of rows (the rest stays in the worker)
    state.inventory = handle;
    state.blocks.set(0, handle.first);
    showSummary(handle);
    renderTable();
    timings.report = performance.now();
    $('cancel').hidden = true;
    $('status').textContent = t().writing;
    // then the rows by days left for the tiles (a sort of every row in the worker)
    state.due = await handle.due();
    if (state.running !== controller) return;
    showSummary(handle);
    // then the files, in the background (rows asked for meanwhile are answered in between)
    const files = await handle.files();
    if (state.running !== controller) return;
    timings.files = performance.now();
    state.files = files;
    $('download-csv').disabled = false;
    $('download-ics').disabled = false;
    const seconds = ((timings.report - timings.start) / 1000).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    $('status').textContent = t().done(number(handle.total), seconds);
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
      inv.preloadInventory(); // the worker for the next run
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
 * the date of their next step: due within the next 30 days (0 to 30 days left), or later
 * (counted in the worker after the first screen is shown: `due()`).
 */
function tiles(inventory) {
  const { summary } = inventory;
  const due = state.due;
  return { total: summary.total, error: summary.error, high: summary.high, due30: due?.next30, later: due?.later };
}

function showSummary(inventory) {
  const values = inventory ? tiles(inventory) : null;
  for (const div of document.querySelectorAll('#summary > div')) {
    const dd = div.querySelector('dd');
    const value = values ? values[div.dataset.key] : null;
    dd.dataset.value = String(value ?? 0);
    dd.textContent = value === null || value === undefined ? '–' : number(value);
  }
}

// --- the table: a screenful of rows at a time -----------------------------------------------------
//
// The rows stay in the worker; the table holds VISIBLE rows (<tr>s reused, cells set with
// textContent). The table is sticky at the top of its scroll box and a spacer below it gives the
// box the height of all rows, so the scroll bar and the wheel move through the whole report: the
// scroll position says which row is first, and the rows there are asked from the worker in
// blocks of BLOCK (kept until the order changes).

function forgetRows() {
  state.blocks = new Map();
  state.asked = new Map();
  state.generation++;
  state.first = 0;
}

/** Sorts the report in the worker (in the wasm) by a column; a second click reverses it. */
async function sortBy(key) {
  const handle = state.inventory;
  if (!handle) return;
  const dir = state.sort?.key === key && state.sort.dir === 'ascending' ? 'descending' : 'ascending';
  state.sort = { key, dir };
  for (const th of document.querySelectorAll('#report th')) {
    if (th.dataset.key === key) th.setAttribute('aria-sort', dir);
    else th.removeAttribute('aria-sort');
  }
  try {
    await handle.sort(key, dir === 'descending');
  } catch (err) {
    if (state.inventory !== handle) return;
    $('status').textContent = t().failed(String(err?.message ?? err));
    return;
  }
  // a later click or a new run wins
  if (state.inventory !== handle || state.sort?.key !== key || state.sort.dir !== dir) return;
  forgetRows();
  state.order = `${key}:${dir}`;
  $('report-scroll').scrollTop = 0;
  renderTable();
}

/** The rows of one block, from the worker (once per order). */
function askBlock(n) {
  const handle = state.inventory;
  if (!handle || state.blocks.has(n) || state.asked.has(n)) return;
  const generation = state.generation;
  const asked = handle.rows(n * BLOCK, BLOCK).then(
    (rows) => {
      if (state.generation !== generation) return;
      state.asked.delete(n);
      state.blocks.set(n, rows);
      // keep the blocks around the view, drop far ones (a long scroll through 100,000 rows)
      if (state.blocks.size > 40) {
        const here = Math.floor(state.first / BLOCK);
        for (const k of state.blocks.keys()) if (Math.abs(k - here) > 10) state.blocks.delete(k);
      }
      scheduleRender();
    },
    () => {
      if (state.generation === generation) state.asked.delete(n);
    },
  );
  state.asked.set(n, asked);
}

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    renderTable();
  });
}

function firstRowAt(box, total) {
  if (!state.rowHeight || total <= VISIBLE) return 0;
  return Math.max(0, Math.min(total - VISIBLE, Math.round(box.scrollTop / state.rowHeight)));
}

function setCells(tr, r) {
  const cells = tr.children;
  const values = [
    String(r.line),
    r.domain,
    r.holder,
    r.renewal ? dg.formatDate(r.renewal, lang) : '',
    inv.NEXT_ACTIONS[r.next_action]?.[lang] ?? r.next_action,
    r.deadline ? dg.formatDate(r.deadline, lang) : '',
    r.days_left === null || r.days_left === undefined ? '' : String(r.days_left),
    inv.SEVERITIES[r.severity]?.[lang] ?? r.severity,
    r.message,
  ];
  for (let i = 0; i < values.length; i++) cells[i].textContent = values[i] ?? '';
  cells[8].title = r.message ?? '';
  tr.dataset.severity = r.severity;
  tr.dataset.action = r.next_action;
}

const CELL_CLASSES = ['num', 'domain', '', 'date', '', 'date', 'num', 'severity', 'message'];
function newRow() {
  return el('tr', {}, ...CELL_CLASSES.map((c) => el('td', { className: c || undefined })));
}

function renderTable() {
  const body = $('report-rows');
  const box = $('report-scroll');
  const handle = state.inventory;
  const total = handle ? handle.total : 0;
  const first = firstRowAt(box, total);
  state.first = first;
  const count = Math.min(VISIBLE, total - first);
  // the rows of the view, if the worker has sent them
  const rows = [];
  for (let i = first; i < first + count; i++) {
    const block = state.blocks.get(Math.floor(i / BLOCK));
    const r = block?.[i % BLOCK];
    if (!r) break;
    rows.push(r);
  }
  if (count > 0) {
    // ask for the blocks of the view and the ones around it
    const from = Math.floor(first / BLOCK);
    const to = Math.floor((first + count - 1) / BLOCK);
    for (let n = Math.max(0, from - 1); n <= to + 1 && n * BLOCK < total; n++) askBlock(n);
  }
  if (rows.length < count) return; // shown when its block arrives (the old rows stay meanwhile)
  while (body.children.length > count) body.lastElementChild.remove();
  while (body.children.length < count) body.append(newRow());
  for (let i = 0; i < count; i++) {
    const tr = body.children[i];
    setCells(tr, rows[i]);
    tr.setAttribute('aria-rowindex', String(first + i + 2));
  }
  $('report').setAttribute('aria-rowcount', String(total + 1));
  $('report').dataset.order = state.order;
  $('report').dataset.first = String(first);
  // sizes: the box is one screenful high, the spacer makes it scroll through every row
  if (count > 0 && !state.rowHeight) state.rowHeight = body.children[0].getBoundingClientRect().height;
  if (total > VISIBLE && state.rowHeight) {
    if (!state.boxHeight) {
      const frame = box.offsetHeight - box.clientHeight; // its borders
      state.boxHeight = $('report').getBoundingClientRect().height + frame;
    }
    box.style.height = `${state.boxHeight}px`;
    $('report-spacer').style.height = `${(total - VISIBLE) * state.rowHeight}px`;
  } else {
    box.style.height = '';
    $('report-spacer').style.height = '0px';
  }
  $('page-info').textContent = total ? t().pageInfo(number(first + 1), number(first + count), number(total)) : t().noRows;
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
  showFold();
  if (state.inventory) {
    showSummary(state.inventory);
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
  inv.preloadInventory(); // the worker and its wasm, loaded before the first click
  cms = await import('../dist/cms.js');
} catch (err) {
  const box = $('load-error');
  box.textContent = t().loadError;
  box.hidden = false;
  throw err;
}

$('today').value = params.get('today') ?? dg.today();
$('list').value = exampleList($('today').value);
listInput();
applyLanguage();

$('list').addEventListener('input', listInput);
$('list-show').addEventListener('click', () => {
  state.listShown = true;
  showFold();
  $('list').focus();
});
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
$('report-scroll').addEventListener('scroll', scheduleRender, { passive: true });
for (const b of document.querySelectorAll('.lang button')) {
  b.addEventListener('click', () => {
    if (b.dataset.lang === lang) return;
    lang = b.dataset.lang;
    applyLanguage();
    renderReadiness();
    if (state.inventory && !state.running) run(); // the messages come from the rules, in the list's locale
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
