// domainguard – browser layer over the domainguard rules (WebAssembly).
//
// Loads the wasm once, checks cases (same JSON as the native CLI) and guards existing panel
// forms: findings next to the fields, a summary live region, and no submit while anything blocks.
// Dependency-free ES module. All text reaches the page through textContent only.
//
// This file is the source; scripts/build-wasm.sh copies it to dist/domainguard.js next to the
// wasm-bindgen glue (dist/domainguard_wasm.js) and the module (dist/domainguard_bg.wasm).

import wasmInit, * as wasm from './domainguard_wasm.js';

// ---------------------------------------------------------------------------------------------
// Loading

let initPromise = null;
let loaded = false;

/**
 * Loads and instantiates the wasm module. Idempotent: the first call starts the load, every
 * later (or concurrent) call gets the same promise. A failed load may be retried.
 * @param {{url?: string|URL, module?: any}} [options]
 */
export function init(options = {}) {
  if (loaded) return initPromise ?? (initPromise = Promise.resolve());
  if (!initPromise) {
    const source =
      options.module ?? options.url ?? new URL('./domainguard_bg.wasm', import.meta.url);
    initPromise = Promise.resolve()
      .then(() => wasmInit({ module_or_path: source }))
      .then(
        () => {
          loaded = true;
        },
        (err) => {
          initPromise = null;
          throw err;
        },
      );
  }
  return initPromise;
}

/**
 * Instantiates the wasm synchronously from its bytes or a compiled module (Node, workers).
 * @param {{module: BufferSource | WebAssembly.Module}} options
 */
export function initSync(options) {
  if (!loaded) {
    const module = options && 'module' in options ? options.module : options;
    wasm.initSync({ module });
    loaded = true;
  }
  initPromise = Promise.resolve();
}

/** True once the wasm module is instantiated. */
export function isReady() {
  return loaded;
}

function assertReady() {
  if (!loaded) throw new Error('domainguard: the wasm module is not loaded yet; await init() first');
}

// serde-wasm-bindgen may hand out Maps for maps; the contract is plain JSON.
function toPlain(value) {
  if (value instanceof Map) {
    const out = {};
    for (const [k, v] of value) out[k] = toPlain(v);
    return out;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const out = {};
    for (const k of Object.keys(value)) out[k] = toPlain(value[k]);
    return out;
  }
  return value;
}

function fromWasm(value) {
  return toPlain(typeof value === 'string' ? JSON.parse(value) : value);
}

/**
 * Checks one case; returns the verdict or the input error object – the same JSON as
 * `domainguard check`. Requires init() to have finished.
 */
export function check(caseObject) {
  assertReady();
  return fromWasm(wasm.check(caseObject));
}

/** What a verdict's holder letter holds where the AuthInfo goes (the code never is in a verdict). */
export const AUTHINFO_PLACEHOLDER = '[[AUTHINFO]]';

/**
 * The holder's letter of a case with the AuthInfo written in, or null when the case gives no
 * letter (invalid, blocked, or none for the action). The one result that carries the code:
 * call it only when the operator asks for the letter, never put it into an event or a log.
 */
export function letterWithAuthinfo(caseObject) {
  assertReady();
  const letter = wasm.letter_with_authinfo(caseObject);
  return typeof letter === 'string' ? letter : null;
}

/** The case fields of an action: [{path, type, required, values?}]. */
export function fields(action) {
  assertReady();
  return fromWasm(wasm.fields(action));
}

/** The built-in policy profiles: [{id, name}]. */
export function policies() {
  assertReady();
  return fromWasm(wasm.policies());
}

/** The rules crate's version. */
export function version() {
  assertReady();
  return String(wasm.version());
}

/**
 * Checks an AuthInfo against the registry's format of a TLD (or a domain's TLD):
 * {valid, reason, positions, message}. The code itself is never part of the result.
 */
export function checkAuthinfo(tld, code, locale) {
  assertReady();
  return fromWasm(wasm.check_authinfo(String(tld ?? ''), String(code ?? ''), normalizeLocale(locale)));
}

/**
 * Generates an AuthInfo for a TLD (or a domain) from crypto.getRandomValues: {code} or {errors}.
 * Never log or display the code anywhere but the field it goes into.
 */
export function generateAuthinfo(tld) {
  assertReady();
  return fromWasm(wasm.generate_authinfo(String(tld ?? ''), globalThis.crypto.getRandomValues(new Uint8Array(1024))));
}

/** Today's calendar date (YYYY-MM-DD) in a time zone, Europe/Berlin by default. */
export function today(timeZone = 'Europe/Berlin', now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// ---------------------------------------------------------------------------------------------
// UI strings (German first, English second)

const STRINGS = {
  de: {
    block: 'Blockiert',
    warn: 'Warnung',
    info: 'Hinweis',
    loading: 'Prüfung wird geladen …',
    blocked: 'Blockiert: So kann der Auftrag nicht abgeschickt werden. Bitte die markierten Angaben korrigieren.',
    warnings: 'Zulässig, aber mit Warnungen. Bitte lesen und bestätigen.',
    ok: 'Keine Einwände: Der Auftrag kann abgeschickt werden.',
    failed: 'Die Prüfung konnte nicht geladen werden. Der Server prüft den Auftrag beim Absenden.',
    failedClosed: 'Die Prüfung konnte nicht geladen werden. Absenden ist erst nach erfolgreicher Prüfung möglich.',
    internal: 'Interner Fehler der Prüfung',
    ack: 'Ich habe die Warnungen gelesen und möchte trotzdem fortfahren.',
    deadlines: 'Fristen',
    show: 'AuthInfo anzeigen',
    generate: 'Generieren',
    locked: 'Gesperrt',
    paste: 'Einfügen gesperrt',
    copy: 'Kopieren gesperrt',
    held: 'Die AuthInfo bleibt zurückgehalten, solange die Prüfung blockiert (z. B. die Checkliste offen ist): kein Einfügen, Kopieren, Anzeigen oder Generieren.',
    invalid: 'AuthInfo ungültig',
    valid: 'Das Format der AuthInfo stimmt.',
    deadline: {
      renewal: 'Nächste Verlängerung',
      notice_deadline: 'Kündigung muss beim Registrar sein bis',
      close_date: 'Schließung zum',
      undo_until: 'Rückgängig machbar bis',
      rgp_until: 'Wiederherstellung (RGP) möglich bis',
      authinfo_expires: 'AuthInfo ungültig ab',
      ack_deadline: 'ACK/NACK-Frist bis',
      transfer_safe_until: 'Transfer ohne erneute Berechnung bis',
      transfer_lock_until: 'Transfersperre bis',
    },
  },
  en: {
    block: 'Blocked',
    warn: 'Warning',
    info: 'Note',
    loading: 'Loading the check …',
    blocked: 'Blocked: the order cannot be sent like this. Please correct the marked entries.',
    warnings: 'Allowed, with warnings. Please read and confirm them.',
    ok: 'No objections: the order can be sent.',
    failed: 'The check could not be loaded. The server checks the order when it is sent.',
    failedClosed: 'The check could not be loaded. Sending is possible only after a successful check.',
    internal: 'Internal error of the check',
    ack: 'I have read the warnings and want to proceed anyway.',
    deadlines: 'Deadlines',
    show: 'Show AuthInfo',
    generate: 'Generate',
    locked: 'Locked',
    paste: 'Pasting blocked',
    copy: 'Copying blocked',
    held: 'The AuthInfo is held back while the check blocks (e.g. the checklist is open): no pasting, copying, showing or generating.',
    invalid: 'AuthInfo invalid',
    valid: 'The AuthInfo has the right format.',
    deadline: {
      renewal: 'Next renewal',
      notice_deadline: 'Notice must reach the registrar by',
      close_date: 'Close date',
      undo_until: 'Can be undone until',
      rgp_until: 'Redemption (RGP) possible until',
      authinfo_expires: 'AuthInfo invalid from',
      ack_deadline: 'ACK/NACK deadline',
      transfer_safe_until: 'Transfer without a new renewal charge until',
      transfer_lock_until: 'Transfer lock until',
    },
  },
};

/** The order in which deadlines are listed. */
export const DEADLINE_KEYS = Object.freeze([
  'notice_deadline',
  'undo_until',
  'close_date',
  'transfer_safe_until',
  'renewal',
  'rgp_until',
  'authinfo_expires',
  'ack_deadline',
  'transfer_lock_until',
]);

/** Normalises a locale tag (`de-DE`, `en_GB`, …) to `de` or `en`; anything else is `de`. */
export function normalizeLocale(tag) {
  const lang = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return lang === 'en' ? 'en' : 'de';
}

/** UI text of the guard for a locale (for panels that want to reuse the labels). */
export function uiStrings(locale) {
  return STRINGS[normalizeLocale(locale)];
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes an ISO date the way the rules' messages do: 14.03.2009 (de), 14 March 2009 (en). */
export function formatDate(iso, locale) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return String(iso);
  return normalizeLocale(locale) === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
}

// ---------------------------------------------------------------------------------------------
// Case building from a form

const SEVERITY_RANK = { block: 0, warn: 1, info: 2 };
const AUTHINFO = 'authinfo.code';
const TRUE_WORDS = new Set(['true', '1', 'on', 'yes', 'ja']);
const FALSE_WORDS = new Set(['false', '0', 'off', 'no', 'nein']);

function isElement(x) {
  return !!x && typeof x === 'object' && x.nodeType === 1;
}

/** Reads what the user entered, never writing anything back. */
function readRaw(elements) {
  const first = elements[0];
  if (first.type === 'radio') {
    const on = elements.find((e) => e.checked);
    return { kind: 'text', value: on ? on.value : '' };
  }
  if (first.type === 'checkbox') {
    if (elements.length > 1) {
      return { kind: 'list', value: elements.filter((e) => e.checked).map((e) => e.value) };
    }
    return { kind: 'check', checked: first.checked, value: first.value };
  }
  if (first.tagName === 'SELECT' && first.multiple) {
    return { kind: 'list', value: Array.from(first.selectedOptions, (o) => o.value) };
  }
  const value = 'value' in first ? first.value : first.textContent;
  return { kind: 'text', value: value == null ? '' : String(value) };
}

// Day first, as German users (and TYPO3's d-m-Y) write dates: 4.4.2005, 04.04.2005, 04-04-2005.
const DAY_FIRST_DATE = /^(\d{1,2})([.-])(\d{1,2})\2(\d{4})$/;

/** Turns a raw form value into a case value: {value} or {empty: true} (field omitted). */
function coerce(raw, type) {
  if (raw.kind === 'list') {
    return raw.value.length ? { value: raw.value } : { empty: true };
  }
  if (raw.kind === 'check') {
    if (type === 'bool' || type === undefined) return raw.checked ? { value: true } : { value: false, empty: true };
    return raw.checked ? coerce({ kind: 'text', value: raw.value }, type) : { empty: true };
  }
  const text = raw.value;
  const trimmed = text.trim();
  if (trimmed === '') return { empty: true };
  switch (type) {
    case 'bool': {
      const word = trimmed.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false, empty: true };
      return { value: text }; // the rules report the wrong type, naming the field
    }
    case 'int':
      return /^[+-]?\d+$/.test(trimmed) ? { value: Number(trimmed) } : { value: text };
    case 'string_list':
      return { value: trimmed.split(/[\s,;]+/).filter(Boolean) };
    case 'date': {
      const m = DAY_FIRST_DATE.exec(trimmed);
      if (m) return { value: `${m[4]}-${m[3].padStart(2, '0')}-${m[1].padStart(2, '0')}` };
      return { value: trimmed };
    }
    case 'enum':
    case 'int_or_string':
      return { value: trimmed };
    default:
      return { value: text };
  }
}

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function getPath(obj, segments) {
  let cur = obj;
  for (const s of segments) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = cur[s];
  }
  return cur;
}

function setPath(obj, segments, value) {
  let cur = obj;
  for (let i = 0; i < segments.length - 1; i++) {
    const s = segments[i];
    if (cur[s] == null || typeof cur[s] !== 'object' || Array.isArray(cur[s])) cur[s] = {};
    cur = cur[s];
  }
  cur[segments[segments.length - 1]] = value;
}

function isBlank(value) {
  if (value == null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Default styles (a constructed stylesheet: no <style> element, CSP style-src does not apply)

let sheet = null;
let sheetUsers = 0;
const STYLE_TEXT = `
:where(.domainguard-message,.domainguard-authinfo){margin:.25em 0 .5em;font-size:.9em}
:where(.domainguard-reveal,.domainguard-generate){margin-left:.25em}
:where(.domainguard-item.domainguard-block){color:#a4000f}
:where(.domainguard-item.domainguard-warn){color:#7a4b00}
:where(.domainguard-item.domainguard-info){color:#1f4f7a}
:where(.domainguard-severity){font-weight:bold}
:where(.domainguard-summary){border:1px solid #bbb;border-left-width:.4em;padding:.5em .75em;margin:.75em 0}
:where(.domainguard-summary[data-state=blocked]){border-color:#a4000f}
:where(.domainguard-summary[data-state=warnings]){border-color:#b36b00}
:where(.domainguard-summary[data-state=ok]){border-color:#2e7d32}
:where(.domainguard-summary-title){font-weight:bold;margin:0 0 .25em}
:where(.domainguard-summary-list){margin:.25em 0;padding-left:1.25em}
:where(.domainguard-deadlines){display:grid;grid-template-columns:auto 1fr;gap:.1em .75em;margin:.5em 0}
:where(.domainguard-deadlines dd){margin:0}
:where(.domainguard-ack){display:block;margin-top:.5em;font-weight:bold}
.domainguard-summary [hidden]{display:none!important}
`;

// Hides or shows one of the guard's own parts whatever the panel's CSS says (`label {display:
// inline-block}` would beat the `hidden` attribute): the attribute for the accessibility tree,
// plus an inline `display: none !important` (CSSOM, so a CSP without 'unsafe-inline' allows it).
function setHidden(el, hidden) {
  el.hidden = hidden;
  if (hidden) el.style.setProperty('display', 'none', 'important');
  else el.style.removeProperty('display');
}

function useStyles(doc) {
  const view = doc.defaultView;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return false;
  try {
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(STYLE_TEXT);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    sheetUsers++;
    return true;
  } catch {
    return false;
  }
}

function releaseStyles(doc) {
  sheetUsers--;
  if (sheetUsers <= 0 && sheet) {
    sheetUsers = 0;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

// ---------------------------------------------------------------------------------------------
// aria attributes on fields. Several guards (or several paths of one guard) may describe the
// same element; each holds a claim, and the attributes are recomputed from the claims. Tokens
// the panel put into aria-describedby stay; its own aria-invalid comes back with the last claim.

const claimsOf = new WeakMap(); // element -> { invalid, describedby, claims: Map(key -> {id, invalid}) }
const OUR_TOKEN = /^domainguard-\d+-msg-\d+$/;

function applyClaims(el) {
  const record = claimsOf.get(el);
  const base = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && !OUR_TOKEN.test(t));
  if (!record || record.claims.size === 0) {
    const original = record ? record.describedby : null;
    const originalBase = (original ?? '').split(/\s+/).filter(Boolean);
    if (base.join(' ') === originalBase.join(' ')) {
      if (original === null) el.removeAttribute('aria-describedby');
      else el.setAttribute('aria-describedby', original);
    } else el.setAttribute('aria-describedby', base.join(' '));
    if (record) {
      if (record.invalid === null) el.removeAttribute('aria-invalid');
      else el.setAttribute('aria-invalid', record.invalid);
      claimsOf.delete(el);
    }
    return;
  }
  const tokens = [...base];
  let invalid = false;
  for (const c of record.claims.values()) {
    if (!tokens.includes(c.id)) tokens.push(c.id);
    invalid = invalid || c.invalid;
  }
  el.setAttribute('aria-describedby', tokens.join(' '));
  if (invalid) el.setAttribute('aria-invalid', 'true');
  else if (record.invalid === null) el.removeAttribute('aria-invalid');
  else el.setAttribute('aria-invalid', record.invalid);
}

function claim(el, key, id, invalid) {
  let record = claimsOf.get(el);
  if (!record) {
    record = { invalid: el.getAttribute('aria-invalid'), describedby: el.getAttribute('aria-describedby'), claims: new Map() };
    claimsOf.set(el, record);
  }
  record.claims.set(key, { id, invalid });
  applyClaims(el);
}

function unclaim(el, key) {
  const record = claimsOf.get(el);
  if (!record || !record.claims.delete(key)) return;
  applyClaims(el);
}

// ---------------------------------------------------------------------------------------------
// attach()

const guards = new WeakMap();
let guardCount = 0;

function resolveForm(form) {
  const el = typeof form === 'string' ? document.querySelector(form) : form;
  if (!el || el.tagName !== 'FORM') throw new TypeError('domainguard.attach: expected a <form> element or a selector for one');
  return el;
}

/**
 * Guards a form. See domainguard.d.ts for the options.
 * @returns the guard's handle
 */
export function attach(formOrSelector, options = {}) {
  const form = resolveForm(formOrSelector);
  guards.get(form)?.detach();
  const handle = createGuard(form, options);
  guards.set(form, handle);
  return handle;
}

/** The handle of the guard attached to a form, if any. */
export function guardOf(form) {
  return guards.get(form) ?? null;
}

function createGuard(form, initialOptions) {
  const doc = form.ownerDocument;
  const view = doc.defaultView;
  const id = `domainguard-${++guardCount}`;
  let options = { ...initialOptions };
  if (!options.action) throw new TypeError('domainguard.attach: options.action is required');

  const listeners = [];
  const messages = new Map(); // case path -> { box, key }
  let messageCount = 0;
  let last = null; // { key, result }
  let timer = 0;
  let ackSignature = null;
  let detached = false;
  let loadError = null;
  let pendingSubmitter;
  let summaryKey = '';
  let fieldSpecCache = null;
  const styled = options.styles === false ? false : useStyles(doc);

  const on = (target, type, fn, capture = false) => {
    target.addEventListener(type, fn, capture);
    listeners.push([target, type, fn, capture]);
  };
  const make = (tag, className, text) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const locale = () => normalizeLocale(options.locale ?? form.closest('[lang]')?.getAttribute('lang') ?? 'de');
  const t = () => STRINGS[locale()];

  // --- summary ------------------------------------------------------------------------------
  const summary = make('div', 'domainguard-summary');
  summary.id = `${id}-summary`;
  summary.dataset.state = 'loading';
  const status = make('div', 'domainguard-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const title = make('p', 'domainguard-summary-title', t().loading);
  const list = make('ul', 'domainguard-summary-list');
  setHidden(list, true);
  status.append(title, list);
  const deadlineBox = make('dl', 'domainguard-deadlines');
  setHidden(deadlineBox, true);
  const ackLabel = make('label', 'domainguard-ack');
  const ackBox = make('input', 'domainguard-ack-input');
  ackBox.type = 'checkbox'; // no name: never part of the submitted form data
  ackBox.id = `${id}-ack`;
  const ackText = make('span', 'domainguard-ack-text', t().ack);
  ackLabel.append(ackBox, ' ', ackText);
  setHidden(ackLabel, true);
  summary.append(status, deadlineBox, ackLabel);
  placeSummary();

  function placeSummary() {
    let host = options.summary;
    if (typeof host === 'string') host = doc.querySelector(host);
    if (isElement(host)) {
      host.append(summary);
      return;
    }
    const submit = form.querySelector('button[type=submit], button:not([type]), input[type=submit], input[type=image]');
    if (submit) submit.before(summary);
    else form.append(summary);
  }

  // --- fields --------------------------------------------------------------------------------
  function mapping() {
    const m = options.fields ?? {};
    const f = options.authinfo && options.authinfo.field;
    return f && !m[AUTHINFO] ? { ...m, [AUTHINFO]: f } : m;
  }

  function resolveElements(target) {
    let found = [];
    if (isElement(target)) found = [target];
    else if (target && typeof target === 'object' && typeof target.length === 'number') {
      found = Array.from(target).filter(isElement);
    } else if (typeof target === 'string' && target !== '') {
      const named = form.elements.namedItem(target);
      if (named) found = isElement(named) ? [named] : Array.from(named);
      else if (doc.getElementsByName(target).length) found = Array.from(doc.getElementsByName(target));
      else if (doc.getElementById(target)) found = [doc.getElementById(target)];
    }
    // <input type=hidden value=0> + <input type=checkbox value=1> under one name (TYPO3,
    // Symfony, Rails): the checkbox is the field.
    if (found.length > 1 && found.some((el) => el.type === 'checkbox' || el.type === 'radio')) {
      found = found.filter((el) => el.type !== 'hidden');
    }
    return found;
  }

  function fieldSpecs() {
    if (!fieldSpecCache || fieldSpecCache.action !== options.action) {
      let specs = [];
      try {
        specs = fields(options.action) || [];
      } catch {
        specs = []; // an unknown action: the check itself reports it
      }
      fieldSpecCache = { action: options.action, types: new Map(specs.map((f) => [f.path, f.type])) };
    }
    return fieldSpecCache.types;
  }

  function currentToday() {
    const value = options.today;
    if (typeof value === 'function') return value();
    if (typeof value === 'string' && value !== '') return value;
    return today(options.timeZone ?? 'Europe/Berlin');
  }

  function buildCase() {
    const types = fieldSpecs();
    const constants = clone(options.constants) ?? {};
    const c = constants && typeof constants === 'object' ? constants : {};
    c.action = options.action;
    c.today = currentToday();
    c.locale = locale();
    c.policy = options.policy ?? c.policy ?? 'default';
    const emptiness = new Map(); // object prefix -> all mapped leaves empty so far
    for (const [path, target] of Object.entries(mapping())) {
      const elements = resolveElements(target);
      if (!elements.length) continue;
      const segments = path.split('.');
      const type = types.get(path);
      const { value, empty } = coerce(readRaw(elements), type);
      if (value !== undefined) setPath(c, segments, value);
      for (let i = 1; i < segments.length; i++) {
        const prefix = segments.slice(0, i).join('.');
        emptiness.set(prefix, (emptiness.get(prefix) ?? true) && !!empty);
      }
    }
    // An object whose mapped fields are all empty or unchecked is sent as null (e.g. no EVK).
    const prefixes = [...emptiness.keys()].sort((a, b) => b.split('.').length - a.split('.').length);
    for (const prefix of prefixes) {
      if (!emptiness.get(prefix)) continue;
      const segments = prefix.split('.');
      const fromConstants = getPath(options.constants, segments);
      if (!isBlank(fromConstants)) continue;
      setPath(c, segments, null);
    }
    return c;
  }

  // The mapped path a finding's field belongs to: itself, else its first mapped descendant
  // (a finding on `evk` goes to the first EVK field), else its nearest mapped ancestor.
  function targetPath(field) {
    if (typeof field !== 'string' || field === '') return null;
    const paths = Object.keys(mapping());
    const usable = (p) => resolveElements(mapping()[p]).length > 0;
    const norm = field.replace(/\[(\d+)\]/g, '.$1');
    if (paths.includes(norm) && usable(norm)) return norm;
    const child = paths.find((p) => p.startsWith(`${norm}.`) && usable(p));
    if (child) return child;
    const segments = norm.split('.');
    for (let i = segments.length - 1; i > 0; i--) {
      const prefix = segments.slice(0, i).join('.');
      if (paths.includes(prefix) && usable(prefix)) return prefix;
    }
    return null;
  }

  // --- rendering -----------------------------------------------------------------------------
  function itemsOf(result) {
    if (result && Array.isArray(result.errors)) {
      return result.errors.map((e) => ({ ...e, severity: 'block' }));
    }
    // The rules order findings already: blocks, warnings, information, each in rule order.
    return result && Array.isArray(result.findings) ? result.findings : [];
  }

  function stateOf(result) {
    if (!result) return 'loading';
    if (Array.isArray(result.errors)) return 'blocked';
    if (result.allowed === false || itemsOf(result).some((f) => f.severity === 'block')) return 'blocked';
    return itemsOf(result).some((f) => f.severity === 'warn') ? 'warnings' : 'ok';
  }

  function itemNode(tag, item) {
    const node = make(tag, `domainguard-item domainguard-${SEVERITY_RANK[item.severity] === undefined ? 'info' : item.severity}`);
    if (item.code) node.dataset.code = item.code;
    node.append(make('span', 'domainguard-severity', item.label ?? t()[item.severity] ?? t().info), ': ', make('span', 'domainguard-text', String(item.message ?? item.code ?? '')));
    return node;
  }

  function anchorOf(elements) {
    const lastEl = elements[elements.length - 1];
    if (ai && lastEl === ai.input) return ai.status;
    const label = lastEl.parentElement?.tagName === 'LABEL' ? lastEl.parentElement : null;
    if (label) return label;
    const next = lastEl.nextElementSibling;
    if ((lastEl.type === 'checkbox' || lastEl.type === 'radio') && next?.tagName === 'LABEL' && next.htmlFor === lastEl.id) return next;
    return lastEl;
  }

  function renderFields(items) {
    const byPath = new Map();
    for (const item of items) {
      if (ai && item.code === 'AUTHINFO_INVALID') continue; // shown by the AuthInfo field itself
      const path = targetPath(item.field);
      if (!path) continue;
      if (!byPath.has(path)) byPath.set(path, []);
      byPath.get(path).push(item);
    }
    for (const [path, entry] of [...messages]) {
      if (!byPath.has(path)) {
        entry.box.remove();
        for (const el of entry.elements) unclaim(el, `${id}|${path}`);
        messages.delete(path);
      }
    }
    for (const [path, pathItems] of byPath) {
      const elements = resolveElements(mapping()[path]);
      const key = JSON.stringify([locale(), pathItems.map((i) => [i.severity, i.code, i.message])]);
      let entry = messages.get(path);
      if (!entry) {
        const box = make('div', 'domainguard-message');
        box.id = `${id}-msg-${++messageCount}`;
        box.dataset.domainguardFor = path;
        if (form.id) box.dataset.domainguardForm = form.id;
        entry = { box, key: '', elements: [] };
        messages.set(path, entry);
      }
      for (const el of entry.elements) if (!elements.includes(el)) unclaim(el, `${id}|${path}`);
      entry.elements = elements;
      if (entry.key !== key) {
        entry.box.replaceChildren(...pathItems.map((i) => itemNode('div', i)));
        entry.key = key;
      }
      // right after the field (after other guards' messages for the same field, if any)
      let spot = anchorOf(elements);
      while (spot.nextElementSibling !== entry.box && spot.nextElementSibling?.classList.contains('domainguard-message')) {
        spot = spot.nextElementSibling;
      }
      if (spot.nextElementSibling !== entry.box) spot.after(entry.box);
      const blocking = pathItems.some((i) => i.severity === 'block');
      for (const el of elements) claim(el, `${id}|${path}`, entry.box.id, blocking);
    }
  }

  function renderSummary(result, state, items) {
    summary.dataset.state = state;
    const strings = t();
    const deadlines = result && !result.errors && result.deadlines ? result.deadlines : {};
    const shownDeadlines = options.deadlines === false ? [] : DEADLINE_KEYS.filter((k) => typeof deadlines[k] === 'string');
    const key = JSON.stringify([locale(), state, items.map((i) => [i.severity, i.code, i.message]), shownDeadlines.map((k) => deadlines[k])]);
    if (key !== summaryKey) {
      summaryKey = key;
      title.textContent =
        state === 'blocked' ? strings.blocked : state === 'warnings' ? strings.warnings : state === 'ok' ? strings.ok : strings.loading;
      list.replaceChildren(...items.map((i) => itemNode('li', i)));
      setHidden(list, items.length === 0);
      const rows = [];
      for (const k of shownDeadlines) {
        const dt = make('dt', 'domainguard-deadline-label', strings.deadline[k] ?? k);
        const dd = make('dd', 'domainguard-deadline');
        dd.dataset.deadline = k;
        const time = make('time', '', formatDate(deadlines[k], locale()));
        time.dateTime = deadlines[k];
        dd.append(time);
        rows.push(dt, dd);
      }
      deadlineBox.replaceChildren(...rows);
      setHidden(deadlineBox, rows.length === 0);
      deadlineBox.setAttribute('aria-label', strings.deadlines);
      ackText.textContent = strings.ack;
    }
    // The acknowledgement belongs to one set of warnings; new or changed warnings reset it.
    if (state === 'warnings') {
      const signature = JSON.stringify(items.filter((i) => i.severity === 'warn').map((i) => [i.code, i.field, i.message]));
      if (signature !== ackSignature) {
        ackBox.checked = false;
        ackSignature = signature;
      }
      setHidden(ackLabel, false);
    } else {
      ackBox.checked = false;
      ackSignature = null;
      setHidden(ackLabel, true);
    }
  }

  function render(result) {
    const items = itemsOf(result);
    const state = stateOf(result);
    renderFields(items);
    renderSummary(result, state, items);
    if (!result.errors) answers = result.answers ?? null; // across input errors: the last ones
    limit(mapping().answer, answers && answers.permitted);
    limit(mapping().reason, answers && answers.refusal_reasons.map((r) => r.code), answers && answers.refusal_reasons);
    updateAuthinfo();
  }

  function renderLoadFailure() {
    summary.dataset.state = options.failClosed ? 'blocked' : 'failed';
    title.textContent = options.failClosed ? t().failedClosed : t().failed;
    summaryKey = '';
  }

  // --- checking ------------------------------------------------------------------------------
  function runCheck(force = false) {
    if (detached || !loaded) return last ? last.result : null;
    clearTimeout(timer);
    timer = 0;
    let result;
    let key;
    let c;
    try {
      c = buildCase();
      key = JSON.stringify(c);
      if (!force && last && last.key === key) return last.result;
      result = check(c);
    } catch (err) {
      result = {
        errors: [{ code: 'INTERNAL', field: null, message: `${t().internal}: ${err && err.message ? err.message : err}`, params: {} }],
      };
    }
    last = { key, result, c };
    render(result);
    form.dispatchEvent(new view.CustomEvent('domainguard:verdict', { detail: result, bubbles: true }));
    return result;
  }

  function schedule() {
    if (detached) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = 0;
      runCheck();
    }, options.debounce ?? 120);
  }

  function isOurs(node) {
    return node === ackBox || summary.contains(node);
  }

  function onEdit(event) {
    if (isOurs(event.target)) return;
    schedule();
  }

  function onAck() {
    // Acknowledge only what is current: check now; changed warnings reset the box.
    runCheck();
  }

  function refuse(event, reason, result) {
    event.preventDefault();
    event.stopImmediatePropagation();
    form.dispatchEvent(new view.CustomEvent('domainguard:blocked', { detail: { reason, verdict: result }, bubbles: true }));
  }

  function focusFirstProblem() {
    const invalid = [...messages.values()]
      .map((entry) => entry.elements[0])
      .filter((el) => el && el.getAttribute('aria-invalid') === 'true')
      .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    if (invalid.length) {
      invalid[0].focus?.();
      return;
    }
    status.setAttribute('tabindex', '-1');
    status.focus?.();
  }

  function onSubmit(event) {
    if (detached) return;
    if (!loaded) {
      if (loadError && !options.failClosed) return; // the server re-checks; do not trap the user
      refuse(event, 'loading', null);
      if (!loadError) {
        pendingSubmitter = event.submitter ?? null;
        ready.then(() => {
          const result = runCheck(true);
          if (!detached && stateOf(result) === 'ok') {
            const submitter = pendingSubmitter && pendingSubmitter.isConnected ? pendingSubmitter : undefined;
            pendingSubmitter = undefined;
            if (submitter) form.requestSubmit(submitter);
            else form.requestSubmit();
          }
        });
      }
      return;
    }
    const result = runCheck();
    const state = stateOf(result);
    if (state === 'blocked') {
      refuse(event, 'block', result);
      focusFirstProblem();
    } else if (state === 'warnings' && !ackBox.checked) {
      refuse(event, 'unacknowledged', result);
      ackBox.focus();
    }
    // allowed: the real submit goes through untouched
  }

  // --- answer forms (transfer_request) ----------------------------------------------------------
  // Answers (radios or options mapped to `answer`) the verdict does not permit are disabled,
  // options also hidden; the `reason` select gets the permitted refusal reasons. Values stay;
  // text and hidden inputs are left alone (the rules check what they hold).
  const touched = new Map(); // radio or option -> [disabled, hidden] as the panel had them
  const added = new Set(); // reason options the guard added
  let answers = null;

  function limit(target, allowed, reasons) {
    for (const el of resolveElements(target)) {
      const select = el.tagName === 'SELECT';
      if (select && reasons) {
        for (const r of reasons) {
          let o = [...el.options].find((x) => x.value === r.code);
          if (!o) {
            o = make('option');
            o.value = r.code;
            el.append(o);
            added.add(o);
          }
          if (added.has(o)) o.textContent = r.label;
        }
      }
      for (const c of select ? el.options : /radio|checkbox/.test(el.type) ? [el] : []) {
        if (c.value === '') continue; // a placeholder
        if (!touched.has(c)) touched.set(c, [c.disabled, c.hidden]);
        const [disabled, hidden] = touched.get(c);
        const off = !!allowed && !allowed.includes(c.value);
        c.disabled = disabled || off;
        if (select) c.hidden = hidden || off;
      }
    }
  }

  // --- the AuthInfo field --------------------------------------------------------------------
  // Masked, with a reveal toggle and an optional generate button; checked as typed. While
  // anything but the code itself blocks, nothing goes in or out: no paste or drop, no copy or
  // cut, no reveal, no generate (and no submit, as always). The code is never put into any
  // text, attribute, event or log: only the field's value holds it.
  let ai = null;
  let aiKey = '';
  const aiTld = () => options.authinfo.tld || getPath(last && last.c, ['domain', 'name']) || '';

  function setupAuthinfo() {
    const a = options.authinfo;
    const input = a && resolveElements(a.field ?? mapping()[AUTHINFO])[0];
    if (!input) return;
    const button = (className) => {
      const b = make('button', className);
      b.type = 'button';
      return b;
    };
    ai = { input, type: input.getAttribute('type'), autocomplete: input.getAttribute('autocomplete'), reveal: button('domainguard-reveal'), status: make('div', 'domainguard-authinfo'), attempt: '' };
    ai.gen = a.generate ? button('domainguard-generate') : null;
    input.type = 'password';
    input.setAttribute('autocomplete', 'off'); // no browser keeps or offers the code
    ai.reveal.setAttribute('aria-pressed', 'false');
    if (input.id) ai.reveal.setAttribute('aria-controls', input.id);
    ai.status.id = `${id}-msg-0`; // the field messages count from 1
    ai.status.setAttribute('role', 'status');
    ai.status.setAttribute('aria-live', 'polite');
    input.after(...[ai.reveal, ai.gen, ai.status].filter(Boolean));
    const stop = (what) => (event) => {
      if (timer) runCheck(); // decide on the form as it is now
      if (!ai.locked) return;
      event.preventDefault();
      ai.attempt = what;
      updateAuthinfo();
    };
    on(input, 'paste', stop('paste'));
    on(input, 'drop', stop('paste'));
    on(input, 'copy', stop('copy'));
    on(input, 'cut', stop('copy'));
    on(input, 'input', updateAuthinfo);
    on(ai.reveal, 'click', () => {
      if (ai.locked) return;
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      ai.reveal.setAttribute('aria-pressed', String(show));
      form.dispatchEvent(new view.CustomEvent('domainguard:reveal', { detail: { revealed: show }, bubbles: true }));
    });
    if (ai.gen) {
      on(ai.gen, 'click', () => {
        if (ai.locked) return;
        const r = generateAuthinfo(aiTld());
        if (!r.code) return;
        input.value = r.code;
        for (const type of ['input', 'change']) input.dispatchEvent(new view.Event(type, { bubbles: true }));
      });
    }
    updateAuthinfo();
  }

  function updateAuthinfo() {
    if (!ai) return;
    const strings = t();
    const result = last && last.result;
    const locked = !result || itemsOf(result).some((i) => i.severity === 'block' && i.field !== AUTHINFO);
    if (!locked) ai.attempt = '';
    if (locked && ai.input.type !== 'password') {
      ai.input.type = 'password';
      ai.reveal.setAttribute('aria-pressed', 'false');
    }
    ai.locked = locked;
    ai.reveal.disabled = locked;
    ai.reveal.textContent = strings.show;
    if (ai.gen) {
      ai.gen.disabled = locked;
      ai.gen.textContent = strings.generate;
    }
    const items = locked ? [{ severity: 'block', code: 'AUTHINFO_LOCKED', label: strings[ai.attempt] ?? strings.locked, message: strings.held }] : [];
    if (loaded && ai.input.value.trim()) {
      const r = checkAuthinfo(aiTld(), ai.input.value, locale());
      items.push(r.valid ? { severity: 'info', code: 'AUTHINFO_VALID', message: strings.valid } : { severity: 'block', code: 'AUTHINFO_INVALID', label: strings.invalid, message: r.message });
    }
    const key = JSON.stringify(items);
    if (key !== aiKey) {
      aiKey = key;
      ai.status.replaceChildren(...items.map((i) => itemNode('div', i)));
    }
    if (items.length) claim(ai.input, `${id}|ai`, ai.status.id, items.some((i) => i.code === 'AUTHINFO_INVALID'));
    else unclaim(ai.input, `${id}|ai`);
  }

  setupAuthinfo();
  on(form, 'input', onEdit);
  on(form, 'change', onEdit);
  on(form, 'submit', onSubmit, true);
  on(ackBox, 'change', onAck);
  // mapped fields outside the form (no bubbling to it) are watched directly
  const outside = new Set();
  function watchOutside() {
    for (const target of Object.values(mapping())) {
      for (const el of resolveElements(target)) {
        if (!form.contains(el) && !outside.has(el)) {
          outside.add(el);
          on(el, 'input', onEdit);
          on(el, 'change', onEdit);
        }
      }
    }
  }
  watchOutside();

  const ready = init(options.wasm).then(
    () => {
      if (!detached) runCheck(true);
    },
    (err) => {
      loadError = err;
      if (!detached) renderLoadFailure();
      if (view.console) view.console.error('domainguard: could not load the wasm module', err);
    },
  );

  const handle = {
    form,
    ready,
    get verdict() {
      return last ? last.result : null;
    },
    /** The case of the last check (a copy), the AuthInfo masked as [[AUTHINFO]]. */
    get case() {
      if (!last || !last.key) return null;
      const c = JSON.parse(last.key);
      const a = c && c.authinfo;
      if (typeof a === 'string' && a !== '') c.authinfo = AUTHINFO_PLACEHOLDER;
      else if (a && typeof a === 'object' && a.code != null && a.code !== '') a.code = AUTHINFO_PLACEHOLDER;
      return c;
    },
    /**
     * The holder's letter for "copy/print letter": with the AuthInfo written in only while the
     * operator has revealed the code and nothing blocks; else the verdict's letter (with
     * [[AUTHINFO]] where the code goes), or null when the last check gave none.
     */
    letter() {
      const result = last && last.result;
      const plain = result && !result.errors && result.documents ? result.documents.holder_letter : null;
      if (typeof plain !== 'string') return null;
      const revealed = ai && !ai.locked && ai.input.type === 'text';
      return (revealed && last.c && letterWithAuthinfo(last.c)) || plain;
    },
    get acknowledged() {
      return ackBox.checked;
    },
    /** Checks now (after loading) and returns the result. */
    async check() {
      await ready;
      return runCheck(true);
    },
    /** Changes options (locale, policy, today, constants, fields, …) and re-checks. */
    setOptions(patch = {}) {
      if (detached) return;
      options = { ...options, ...patch };
      fieldSpecCache = null;
      summaryKey = '';
      for (const entry of messages.values()) entry.key = '';
      if ('summary' in patch) placeSummary();
      watchOutside();
      if (loaded) runCheck(true);
      else if (!loadError) title.textContent = t().loading;
    },
    detach() {
      if (detached) return;
      detached = true;
      clearTimeout(timer);
      for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
      listeners.length = 0;
      for (const [path, entry] of messages) {
        entry.box.remove();
        for (const el of entry.elements) unclaim(el, `${id}|${path}`);
      }
      messages.clear();
      summary.remove();
      for (const [c, [disabled, hidden]] of touched) {
        c.disabled = disabled;
        c.hidden = hidden;
      }
      for (const o of added) o.remove();
      if (ai) {
        unclaim(ai.input, `${id}|ai`);
        ai.reveal.remove();
        ai.gen?.remove();
        ai.status.remove();
        if (ai.type === null) ai.input.removeAttribute('type');
        else ai.input.setAttribute('type', ai.type);
        if (ai.autocomplete === null) ai.input.removeAttribute('autocomplete');
        else ai.input.setAttribute('autocomplete', ai.autocomplete);
      }
      if (styled) releaseStyles(doc);
      if (guards.get(form) === handle) guards.delete(form);
    },
  };
  return handle;
}

// ---------------------------------------------------------------------------------------------
// Declarative use: <form data-domainguard="close" data-domainguard-locale="de" …>

function optionsFromAttributes(form) {
  const fieldMap = {};
  const candidates = new Set([...form.querySelectorAll('[data-domainguard-field]')]);
  for (const el of form.elements) if (el.hasAttribute('data-domainguard-field')) candidates.add(el);
  for (const el of candidates) {
    const path = el.getAttribute('data-domainguard-field');
    if (!path) continue;
    (fieldMap[path] ??= []).push(el);
  }
  const d = form.dataset;
  const options = { action: d.domainguard, fields: fieldMap };
  if (d.domainguardLocale) options.locale = d.domainguardLocale;
  if (d.domainguardPolicy) options.policy = d.domainguardPolicy;
  if (d.domainguardToday) options.today = d.domainguardToday;
  if (d.domainguardSummary) options.summary = d.domainguardSummary;
  if (d.domainguardConstants) options.constants = JSON.parse(d.domainguardConstants);
  const ai = form.querySelector('[data-domainguard-authinfo]');
  if (ai) options.authinfo = { field: ai, generate: ai.dataset.domainguardAuthinfo === 'generate', tld: ai.dataset.domainguardTld };
  return options;
}

/**
 * Guards every `form[data-domainguard]` in root (and root itself) that is not guarded yet.
 * @returns the new handles
 */
export function autoAttach(root = document) {
  const forms = [];
  if (root.matches?.('form[data-domainguard]')) forms.push(root);
  if (root.querySelectorAll) forms.push(...root.querySelectorAll('form[data-domainguard]'));
  const handles = [];
  for (const form of forms) {
    if (guards.has(form)) continue;
    try {
      handles.push(attach(form, optionsFromAttributes(form)));
    } catch (err) {
      console.error('domainguard: could not guard', form, err);
    }
  }
  return handles;
}

if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => autoAttach(document), { once: true });
  } else {
    setTimeout(() => autoAttach(document), 0);
  }
}
