// Reading the form: which controls a case path is mapped to, and what the user entered in them.
// Nothing is ever written back into a control.

import { isElement, clone } from './dom.js';
import { fields } from './core.js';
import { today } from './time.js';

/** The case path of the AuthInfo, the one secret a guarded form holds. */
export const AUTHINFO = 'authinfo.code';

/**
 * The elements a mapping target names: an element, a list of elements, or a name (as in
 * `form.elements`, else in the document), else an id.
 */
export function resolveElements(form, target) {
  const doc = form.ownerDocument;
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

/** Reads what the user entered, never writing anything back. */
export function readRaw(elements) {
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

/** The date the rules take as today: the option (a date or a function), else today in the time zone. */
export function currentToday(options) {
  const value = options.today;
  if (typeof value === 'function') return value();
  if (typeof value === 'string' && value !== '') return value;
  return today(options.timeZone ?? 'Europe/Berlin');
}

/** Case fields the page decides (its options), never a form control; a mapped one is read here. */
export const PAGE_FIELDS = new Set(['action', 'today', 'locale', 'policy']);

/**
 * What the controls post, as a form submits it: a text, a list of texts (checkbox groups,
 * `<select multiple>`), or undefined (no radio chosen, unchecked single checkbox, empty list).
 * Disabled controls are read too: the guard disables answers the rules do not permit, and a
 * chosen one must still be checked (and refused by the rules) rather than vanish.
 */
export function postedValue(elements) {
  const raw = readRaw(elements);
  if (raw.kind === 'list') return raw.value.length ? raw.value : undefined;
  if (raw.kind === 'check') return raw.checked ? raw.value : undefined;
  if (elements[0].type === 'radio' && raw.value === '') return undefined;
  return raw.value;
}

function isPlainObject(x) {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/**
 * The form of a guard as the wasm form layer (`checkForm`, `caseFromForm`) reads it:
 * `post()` gives `{mapping, values, context}`. Each mapped case path is its own control name,
 * so a finding's `control` is the path whose elements show it. `g` is the guard's context.
 */
export function formReader(g) {
  let typeCache = null;

  function types() {
    const action = g.options_.action;
    if (!typeCache || typeCache.action !== action) {
      let specs = [];
      try {
        specs = fields(action) || [];
      } catch {
        specs = []; // an unknown action: the check itself reports it
      }
      typeCache = { action, types: new Map(specs.map((f) => [f.path, f.type])) };
    }
    return typeCache.types;
  }

  function post() {
    const { options_: options } = g;
    const context = { today: currentToday(options), locale: g.locale_() };
    if (options.policy !== undefined) context.policy = options.policy;
    const mapped = {};
    const values = {};
    for (const [path, target] of Object.entries(g.mapping_())) {
      const elements = g.resolve_(target);
      if (!elements.length) continue;
      const value = postedValue(elements);
      if (PAGE_FIELDS.has(path)) {
        // e.g. the training page's "today" input: the page's value, when one is given
        if (typeof value === 'string' && value.trim() !== '') context[path] = value.trim();
        continue;
      }
      // A single checkbox is a yes/no whatever its value (unless its field is not one).
      const type = types().get(path);
      const box = elements.length === 1 && elements[0].type === 'checkbox' && (type === 'bool' || type === undefined);
      mapped[path] = box ? { control: path, format: 'checkbox' } : path;
      if (value !== undefined) values[path] = value;
    }
    const constants = isPlainObject(options.constants) ? clone(options.constants) : {};
    return { mapping: { fields: mapped, constants }, values, context };
  }

  return {
    post_: post,
    /** Forgets the cached field list (the action may have changed). */
    reset_() {
      typeCache = null;
    },
  };
}
