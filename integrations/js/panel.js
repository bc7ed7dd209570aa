// domainguard panel glue: guards the forms a panel extension renders (TYPO3 backend module,
// Plesk extension pages). The server writes everything into the form's data attributes:
//
//   <form data-domainguard-panel="close"                 the action
//         data-domainguard-mapping='{"domain.name": "data[tx_domainguard][close][domain]", …}'
//         data-domainguard-locale="de" data-domainguard-policy="default"
//         data-domainguard-today="2009-02-01">             the server's today, so both agree
//
// The mapping is the one the server uses to re-check the POST (DomainGuard\FormMapping), so the
// browser and the server check the same case. The browser check is a convenience; the server
// refuses whatever the rules block, with or without this script.
//
// Attributes missing on a form fall back to `globalThis.domainguardPanel` ({locale, policy,
// today}), which a loader may set before importing this module (Plesk's global.js does).
//
// Loaded relative to domainguard.js (./domainguard.js), so exactly one instance of the module
// runs however the panel loads this file (TYPO3's import map, Plesk's global.js).

import { autoAttach } from './domainguard.js';

function optionsOf(form, defaults) {
  const d = form.dataset;
  let fields = {};
  try {
    fields = JSON.parse(d.domainguardMapping || '{}');
  } catch (err) {
    console.error('domainguard: data-domainguard-mapping is not JSON', form, err);
  }
  const options = { action: d.domainguardPanel, fields };
  const locale = d.domainguardLocale || defaults.locale;
  const policy = d.domainguardPolicy || defaults.policy;
  const today = d.domainguardToday || defaults.today;
  if (locale) options.locale = locale;
  // The panel's forms are domain forms in the server's language with a built-in policy: the
  // lean module of that language is enough (about 60 KB gzip instead of 84); the full one
  // loads only for a case that needs it (an internationalised domain name, say).
  if (locale && !String(options.action).startsWith('cms_')) options.wasm = { locale };
  if (policy) options.policy = policy;
  if (today) options.today = today;
  if (d.domainguardSummary) options.summary = d.domainguardSummary;
  return options;
}

function valueOf(form, name) {
  const inputs = [...form.querySelectorAll(`[name="${CSS.escape(name)}"]:not([type=hidden])`)];
  return inputs.map((el) => (el.type === 'checkbox' || el.type === 'radio' ? String(el.checked) : el.value)).join('\u0000');
}

/**
 * The server's messages next to the fields (after a refused post) are replaced as soon as the
 * browser checks again: a message goes when the browser reports the same finding (it shows
 * its own) or when its field was changed since the page came from the server. A message only
 * the server can give (a fact that contradicts the panel's data) stays until the field changes.
 */
function replaceServerMessages(form, fields) {
  const initial = new Map(Object.values(fields).map((name) => [name, valueOf(form, name)]));
  form.addEventListener('domainguard:verdict', (event) => {
    const verdict = event.detail ?? {};
    const reported = new Set([...(verdict.findings ?? []), ...(verdict.errors ?? [])].map((f) => `${f.code} ${f.field ?? ''}`));
    for (const message of form.querySelectorAll('.domainguard-server-message')) {
      const path = message.dataset.domainguardServerFor ?? '';
      const name = fields[path];
      const changed = name !== undefined && initial.get(name) !== valueOf(form, name);
      if (changed || reported.has(`${message.dataset.code} ${path}`)) message.remove();
    }
  });
}

/**
 * Guards every panel form under root that is not guarded yet.
 * @param {ParentNode} [root]
 * @param {{locale?: string, policy?: string, today?: string}} [defaults] used where the form has no attribute
 * @returns {import('./domainguard.js').GuardHandle[]}
 */
export function guardPanelForms(root = document, defaults = {}) {
  return autoAttach(root, {
    selector: 'form[data-domainguard-panel]',
    options: (form) => {
      const options = optionsOf(form, defaults);
      replaceServerMessages(form, options.fields);
      return options;
    },
  });
}

if (typeof document !== 'undefined') {
  const run = () => guardPanelForms(document, globalThis.domainguardPanel ?? {});
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run, { once: true });
  } else {
    run();
  }
}
