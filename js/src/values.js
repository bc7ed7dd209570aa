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

const TRUE_WORDS = new Set(['true', '1', 'on', 'yes', 'ja']);
const FALSE_WORDS = new Set(['false', '0', 'off', 'no', 'nein']);

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

/**
 * The case a guard's form gives: `build()` reads the mapped controls; `targetPath(field)` is the
 * mapped path a finding's field is shown at. `g` is the guard's context (options, mapping, …).
 */
export function caseReader(g) {
  let specCache = null;

  function fieldTypes() {
    const action = g.options.action;
    if (!specCache || specCache.action !== action) {
      let specs = [];
      try {
        specs = fields(action) || [];
      } catch {
        specs = []; // an unknown action: the check itself reports it
      }
      specCache = { action, types: new Map(specs.map((f) => [f.path, f.type])) };
    }
    return specCache.types;
  }

  function build() {
    const { options } = g;
    const types = fieldTypes();
    const constants = clone(options.constants) ?? {};
    const c = constants && typeof constants === 'object' ? constants : {};
    c.action = options.action;
    c.today = currentToday(options);
    c.locale = g.locale();
    c.policy = options.policy ?? c.policy ?? 'default';
    const emptiness = new Map(); // object prefix -> all mapped leaves empty so far
    for (const [path, target] of Object.entries(g.mapping())) {
      const elements = g.resolve(target);
      if (!elements.length) continue;
      const segments = path.split('.');
      const { value, empty } = coerce(readRaw(elements), types.get(path));
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
      if (!isBlank(getPath(options.constants, segments))) continue;
      setPath(c, segments, null);
    }
    return c;
  }

  // The mapped path a finding's field belongs to: itself, else its first mapped descendant
  // (a finding on `evk` goes to the first EVK field), else its nearest mapped ancestor.
  function targetPath(field) {
    if (typeof field !== 'string' || field === '') return null;
    const mapping = g.mapping();
    const paths = Object.keys(mapping);
    const usable = (p) => g.resolve(mapping[p]).length > 0;
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

  return {
    build,
    targetPath,
    /** Forgets the cached field list (the action may have changed). */
    reset() {
      specCache = null;
    },
  };
}
