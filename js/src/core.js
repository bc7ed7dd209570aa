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
  assertReady();
  return fromWasm(wasm.check(caseObject));
}

/**
 * Checks a form post: the case built from `values` (what the form posts, `{control: text |
 * [texts]}`) by `mapping` (`{fields: {path: control}, constants}`) and `context` (`{today,
 * locale, policy?, constants?}`), and its verdict: `{case, verdict}`, the case with the
 * AuthInfo masked, each finding and error with the `control` it belongs to.
 */
export function checkForm(action, mapping, values, context) {
  assertReady();
  return fromWasm(wasm.checkForm(String(action ?? ''), mapping, values, context));
}

/**
 * The case a form post describes (see checkForm): `{case}` or `{errors}`. The case holds the
 * AuthInfo as typed: hand it only to check()/letterWithAuthinfo(), never to an event or a log.
 */
export function caseFromForm(action, mapping, values, context) {
  assertReady();
  return fromWasm(wasm.caseFromForm(String(action ?? ''), mapping, values, context));
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
