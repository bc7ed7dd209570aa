// The wasm rules: loading the module once, and the DOM-free API over it (the same JSON as the
// native CLI).

// The wasm-bindgen glue sits next to the shipped domainguard.js (dist/domainguard_wasm.js);
// scripts/bundle.mjs keeps this import as it is written, relative to the bundle.
import wasmInit, * as wasm from './domainguard_wasm.js';
import { normalizeLocale } from './locale.js';

// ---------------------------------------------------------------------------------------------
// Loading

let initPromise = null;
let loaded = false;
// The glue whose module answers: the one imported above, or, once a page that loaded a lean
// module (init({locale})) met a case it lacks, the full module's (a second copy of the glue).
let rules = wasm;
// While a lean module answers: its language ('de' | 'en'); null for the full module.
let lean = null;
let fullSource;
let fullPromise = null;

/**
 * Loads and instantiates the wasm module. Idempotent: the first call starts the load, every
 * later (or concurrent) call gets the same promise. A failed load may be retried.
 *
 * With `locale` ('de' or 'en'), a domain page loads the lean module of that language (about
 * 60 KB instead of 84 KB gzip: no internationalised domain names, no CMS actions, no inline
 * policy objects, no other language). When a case needs one of these, the full module loads
 * then (from `url`), and check() throws an error with `code: 'NEEDS_FULL_MODULE'` and a
 * `ready` promise until it is there; attach() shows "loading" and holds the submit meanwhile.
 * @param {{url?: string|URL, module?: any, locale?: string, leanUrl?: string|URL}} [options]
 */
export function init(options = {}) {
  if (loaded) return initPromise ?? (initPromise = Promise.resolve());
  if (!initPromise) {
    fullSource = options.module ?? options.url ?? new URL('./domainguard_bg.wasm', import.meta.url);
    const language = options.locale == null || options.module ? null : normalizeLocale(options.locale);
    // Literal URLs, so that bundlers find and copy both lean modules.
    const source = !language
      ? fullSource
      : (options.leanUrl ??
        (language === 'en'
          ? new URL('./domainguard_en_bg.wasm', import.meta.url)
          : new URL('./domainguard_de_bg.wasm', import.meta.url)));
    initPromise = Promise.resolve()
      .then(() => wasmInit({ module_or_path: source }))
      .then(
        () => {
          loaded = true;
          lean = language;
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

/** The language of the lean module that answers ('de' | 'en'), or null for the full module. */
export function leanModule() {
  return lean;
}

function assertReady() {
  if (!loaded) throw new Error('domainguard: the wasm module is not loaded yet; await init() first');
}

// The full module, for a page that loaded a lean one: loaded once, on the first case that needs it.
function loadFull() {
  if (!fullPromise) {
    fullPromise = import('./domainguard_wasm_full.js')
      .then((glue) => glue.default({ module_or_path: fullSource }).then(() => glue))
      .then(
        (glue) => {
          rules = glue;
          lean = null;
        },
        (err) => {
          fullPromise = null;
          throw err;
        },
      );
  }
  return fullPromise;
}

const LACKS = {
  idna: 'an internationalised domain name',
  locale: 'the other language',
  cms: 'a CMS action',
  policy: 'an inline policy object',
};

// What a lean module answers when a call needs what it leaves out.
function lacks(out) {
  return lean !== null && out !== null && typeof out === 'object' && typeof out.needs_full_module === 'string'
    ? out.needs_full_module
    : null;
}

// Calls an export of the module that answers; a lean module's "needs the full module" becomes
// an error that starts loading it.
function call(name, ...args) {
  assertReady();
  const out = rules[name](...args);
  const what = lacks(out);
  if (what) {
    const ready = loadFull();
    ready.catch(() => {}); // the caller may not wait: no unhandled rejection
    const err = new Error(
      `domainguard: ${LACKS[what] ?? what} needs the full rules module, which is loading now; await ready(case) and call again`,
    );
    err.code = 'NEEDS_FULL_MODULE';
    err.lacks = what;
    err.ready = ready;
    throw err;
  }
  return out;
}

/**
 * Resolves once check(caseObject) answers without loading anything: after init(), and on a page
 * with a lean module, after the full module has loaded if the case needs it.
 */
export async function ready(caseObject) {
  await init();
  if (caseObject !== undefined && lacks(rules.check(caseObject))) await loadFull();
}

// The wasm hands results over as values it built from its JSON text with JSON.parse (or as the
// text itself): plain objects and arrays, nothing to convert.
function fromWasm(value) {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/**
 * Checks one case; returns the verdict or the input error object – the same JSON as
 * `domainguard check`. Requires init() to have finished.
 */
export function check(caseObject) {
  return fromWasm(call('check', caseObject));
}

/**
 * Checks a form post: the case built from `values` (what the form posts, `{control: text |
 * [texts]}`) by `mapping` (`{fields: {path: control}, constants}`) and `context` (`{today,
 * locale, policy?, constants?}`), and its verdict: `{case, verdict}`, the case with the
 * AuthInfo masked, each finding and error with the `control` it belongs to.
 */
export function checkForm(action, mapping, values, context) {
  return fromWasm(call('checkForm', String(action ?? ''), mapping, values, context));
}

/**
 * The case a form post describes (see checkForm): `{case}` or `{errors}`. The case holds the
 * AuthInfo as typed: hand it only to check()/letterWithAuthinfo(), never to an event or a log.
 */
export function caseFromForm(action, mapping, values, context) {
  return fromWasm(call('caseFromForm', String(action ?? ''), mapping, values, context));
}

/** What a verdict's holder letter holds where the AuthInfo goes (the code never is in a verdict). */
export const AUTHINFO_PLACEHOLDER = '[[AUTHINFO]]';

/**
 * The holder's letter of a case with the AuthInfo written in, or null when the case gives no
 * letter (invalid, blocked, or none for the action). The one result that carries the code:
 * call it only when the operator asks for the letter, never put it into an event or a log.
 */
export function letterWithAuthinfo(caseObject) {
  const letter = call('letter_with_authinfo', caseObject);
  return typeof letter === 'string' ? letter : null;
}

/** The case fields of an action: [{path, type, required, values?}]. */
export function fields(action) {
  return fromWasm(call('fields', action));
}

/** The built-in policy profiles: [{id, name}]. */
export function policies() {
  return fromWasm(call('policies'));
}

/** The rules crate's version. */
export function version() {
  return String(call('version'));
}

/**
 * Checks an AuthInfo against the registry's format of a TLD (or a domain's TLD):
 * {valid, reason, positions, message}. The code itself is never part of the result.
 */
export function checkAuthinfo(tld, code, locale) {
  return fromWasm(call('check_authinfo', String(tld ?? ''), String(code ?? ''), normalizeLocale(locale)));
}

/**
 * Generates an AuthInfo for a TLD (or a domain) from crypto.getRandomValues: {code} or {errors}.
 * Never log or display the code anywhere but the field it goes into.
 */
export function generateAuthinfo(tld) {
  return fromWasm(call('generate_authinfo', String(tld ?? ''), globalThis.crypto.getRandomValues(new Uint8Array(1024))));
}
