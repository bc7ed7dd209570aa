// The case of a guarded CMS click (`cms_delete`, `cms_update`): the button's data attributes
// (or its ancestors') posted as form values to the rules' form layer (wasm `caseFromForm`,
// which reads yes/no words, counts and empty objects as it does for every form), the options
// as its context, then the integrator's `caseFor`.

import { caseFromForm } from '../domainguard.js';
import { isElement, clone } from './dom.js';
import { normalizeLocale } from './locale.js';
import { today as zonedToday, localNow } from './time.js';

/** A value given as text, a function, or a form control (its value at the time of the click). */
export function resolveValue(source, ...args) {
  if (typeof source === 'function') return source(...args);
  if (isElement(source)) return 'value' in source ? source.value : source.textContent;
  return source;
}

/** The text of `v`, or null when it is absent or blank (to fall back to the next source). */
function given(v) {
  if (v == null) return null;
  const s = String(v);
  return s.trim() === '' ? null : s;
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

/** What a button posts: `{case path: text}`, in the case's order (absent attributes left out). */
function post(opts, button, kind) {
  const backup = attr(button, 'backup') ?? resolveValue(opts.backup, button);
  if (kind === 'delete') {
    return {
      'backup.created_at': backup,
      'node.id': given(button.getAttribute('data-domainguard-delete')) ?? attr(button, 'node-id'),
      'node.title': attr(button, 'title'),
      'node.descendants': attr(button, 'descendants'),
      'node.records': attr(button, 'records'),
    };
  }
  return {
    'backup.created_at': backup,
    'update.component': given(button.getAttribute('data-domainguard-update')) ?? given(attr(button, 'component')) ?? 'extension',
    'update.name': attr(button, 'name'),
    'update.from_version': attr(button, 'from'),
    'update.to_version': attr(button, 'to'),
    staging_tested: attr(button, 'staging-tested'),
    'core.version': attr(button, 'core-version'),
    'core.support_ends': attr(button, 'core-support-ends'),
    'hosting.backup_responsibility': attr(button, 'backup-responsibility'),
  };
}

function isPlainObject(x) {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/**
 * The case for a button, from its data attributes, the options and `caseFor`: `{case}`, or
 * `{errors}` when the form layer cannot read them. Requires the rules to be loaded.
 */
export function caseOf(opts, button, kind, confirmation) {
  const now = given(resolveValue(opts.now, button))?.trim() ?? localNow(opts.timeZone);
  const today = given(resolveValue(opts.today, button))?.trim() ?? (/^\d{4}-\d{2}-\d{2}/.test(now) ? now.slice(0, 10) : zonedToday(opts.timeZone));
  const fields = {};
  const values = {};
  for (const [path, value] of Object.entries(post(opts, button, kind))) {
    fields[path] = path;
    if (value != null) values[path] = String(value);
  }
  const constants = clone(resolveValue(opts.constants, button, kind));
  const context = { today, locale: localeFor(opts, button), fixed: { now } };
  if (opts.policy !== undefined) context.policy = opts.policy;
  const built = caseFromForm(kind === 'delete' ? 'cms_delete' : 'cms_update', { fields, constants: isPlainObject(constants) ? constants : {} }, values, context);
  if (!built.case) return { errors: built.errors ?? [] };
  let c = built.case;
  // The rules require the node; a button that names none of its fields is a node without
  // descendants (the form layer makes an object of empty fields null).
  if (kind === 'delete' && c.node === null) c.node = {};
  if (typeof opts.caseFor === 'function') {
    const custom = opts.caseFor(button, clone(c), kind);
    if (isPlainObject(custom)) c = clone(custom);
  }
  if (confirmation !== undefined) c.confirmation = confirmation;
  return { case: c };
}
