// The case of a guarded CMS click (`cms_delete`, `cms_update`), read from the button's data
// attributes (or its ancestors'), the options and the integrator's `caseFor`.

import { isElement, clone } from './dom.js';
import { normalizeLocale } from './locale.js';
import { today as zonedToday, localNow } from './time.js';

/** A value given as text, a function, or a form control (its value at the time of the click). */
export function resolveValue(source, ...args) {
  if (typeof source === 'function') return source(...args);
  if (isElement(source)) return 'value' in source ? source.value : source.textContent;
  return source;
}

function blankToNull(v) {
  if (v == null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** `"37"` → 37; anything that is not a whole number stays text (the rules name the field). */
function count(text) {
  const s = blankToNull(text);
  if (s === null) return undefined;
  return /^\d+$/.test(s) ? Number(s) : s;
}

const TRUE_WORDS = new Set(['true', '1', 'on', 'yes', 'ja']);
const FALSE_WORDS = new Set(['false', '0', 'off', 'no', 'nein', '']);
function flag(text) {
  if (text == null) return undefined;
  const w = String(text).trim().toLowerCase();
  if (TRUE_WORDS.has(w)) return true;
  if (FALSE_WORDS.has(w)) return false;
  return String(text);
}

function isPlainObject(x) {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/** `base` with `over` on top; `undefined` in `over` leaves the base value. */
function merge(base, over) {
  const out = isPlainObject(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(over ?? {})) {
    if (v === undefined) continue;
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? merge(out[k], v) : v;
  }
  return out;
}


/** Reads `data-domainguard-NAME` from the button or its nearest ancestor that has it. */
function attr(button, name) {
  const holder = button.closest(`[data-domainguard-${name}]`);
  return holder ? holder.getAttribute(`data-domainguard-${name}`) : null;
}

/** The locale of a click: the option, else the nearest `lang`, else `de`. */
export function localeFor(opts, button) {
  const given = resolveValue(opts.locale, button);
  return normalizeLocale(given ?? button.closest('[lang]')?.getAttribute('lang') ?? 'de');
}

/** The case for a button, from its data attributes, the options and `caseFor`. */
export function caseOf(opts, button, kind, confirmation) {
  const locale = localeFor(opts, button);
  const now = blankToNull(resolveValue(opts.now, button)) ?? localNow(opts.timeZone);
  const today = blankToNull(resolveValue(opts.today, button)) ?? (/^\d{4}-\d{2}-\d{2}/.test(now) ? now.slice(0, 10) : zonedToday(opts.timeZone));
  const created = blankToNull(attr(button, 'backup') ?? resolveValue(opts.backup, button));
  let c = {
    action: kind === 'delete' ? 'cms_delete' : 'cms_update',
    today,
    now,
    locale,
    policy: opts.policy ?? 'default',
    backup: created === null ? null : { created_at: created },
  };
  if (kind === 'delete') {
    const idValue = blankToNull(button.getAttribute('data-domainguard-delete')) ?? blankToNull(attr(button, 'node-id'));
    c.node = {
      id: idValue ?? undefined,
      title: blankToNull(attr(button, 'title')) ?? undefined,
      descendants: count(attr(button, 'descendants')),
      records: count(attr(button, 'records')),
    };
  } else {
    const component = blankToNull(button.getAttribute('data-domainguard-update')) ?? blankToNull(attr(button, 'component')) ?? 'extension';
    c.update = {
      component,
      name: blankToNull(attr(button, 'name')) ?? undefined,
      from_version: blankToNull(attr(button, 'from')) ?? undefined,
      to_version: blankToNull(attr(button, 'to')) ?? undefined,
    };
    c.staging_tested = flag(attr(button, 'staging-tested'));
    const coreVersion = blankToNull(attr(button, 'core-version'));
    const coreEnds = blankToNull(attr(button, 'core-support-ends'));
    if (coreVersion || coreEnds) c.core = { version: coreVersion ?? undefined, support_ends: coreEnds ?? undefined };
    const responsible = blankToNull(attr(button, 'backup-responsibility'));
    if (responsible) c.hosting = { backup_responsibility: responsible };
  }
  c = merge(clone(resolveValue(opts.constants, button, kind)) ?? {}, c);
  if (typeof opts.caseFor === 'function') {
    const custom = opts.caseFor(button, clone(c), kind);
    if (isPlainObject(custom)) c = custom;
  }
  c = clone(c);
  if (confirmation !== undefined) c.confirmation = confirmation;
  return c;
}

