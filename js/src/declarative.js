// Declarative use: <form data-domainguard="close" data-domainguard-locale="de" …> with
// data-domainguard-field="case.path" on its controls.

import { attach, guardOf } from './guard.js';

/** The attach() options a form's data attributes give. */
export function optionsFromAttributes(form) {
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
 * Guards every form matching `selector` in root (and root itself) that is not guarded yet, with
 * the attach() options `options(form)` gives. Defaults: `form[data-domainguard]` and the
 * form's data attributes (optionsFromAttributes). A form whose options cannot be read or that
 * cannot be guarded is logged and skipped.
 * @param {ParentNode} [root]
 * @param {{selector?: string, options?: (form: HTMLFormElement) => object}} [how]
 * @returns the new handles
 */
export function autoAttach(root = document, { selector = 'form[data-domainguard]', options = optionsFromAttributes } = {}) {
  const handles = [];
  for (const form of [...(root.matches?.(selector) ? [root] : []), ...(root.querySelectorAll?.(selector) ?? [])]) {
    if (guardOf(form)) continue;
    try {
      handles.push(attach(form, options(form)));
    } catch (err) {
      console.error('domainguard: could not guard', form, err);
    }
  }
  return handles;
}
