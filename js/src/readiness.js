// showReadiness(): a reseller account's emergency readiness (action `readiness`, R-E1, R-E2)
// rendered into an element. Text goes in through textContent.

import { init, ready, check } from '../domainguard.js';
import { isElement, make, clone } from './dom.js';
import { normalizeLocale } from './locale.js';
import { today as zonedToday } from './time.js';
import { CMS } from './cms-strings.js';
import { styles } from './cms-dialog.js';

let readinessCount = 0;
const readinessStyled = new WeakSet();

/**
 * Checks a reseller account's readiness (action `readiness`) and renders the findings into
 * `element` (replacing its content): domains at risk of lapsing first, then the account's
 * missing emergency contact or power of attorney. Resolves to the verdict (or `{errors}`).
 */
export async function showReadiness(element, readinessCase, options = {}) {
  if (!isElement(element)) throw new TypeError('domainguard.showReadiness: expected an element');
  const doc = element.ownerDocument;
  if (options.styles !== false && !readinessStyled.has(doc) && styles.use(doc)) readinessStyled.add(doc);
  await init(options.wasm);
  const given = readinessCase ?? {};
  const locale = normalizeLocale(options.locale ?? given.locale ?? element.closest('[lang]')?.getAttribute('lang') ?? 'de');
  const c = {
    ...clone(given),
    action: 'readiness',
    today: options.today ?? given.today ?? zonedToday(options.timeZone),
    locale,
    policy: options.policy ?? given.policy ?? 'default',
  };
  await ready(c); // on a page with a lean module, the full one if the case needs it (an IDN)
  const verdict = check(c);
  const t = CMS[locale];
  const section = make(doc, 'section', 'domainguard-readiness');
  const titleId = `domainguard-readiness-${++readinessCount}`;
  section.setAttribute('aria-labelledby', titleId);
  const title = make(doc, 'p', 'domainguard-readiness-title', t.readinessTitle(typeof given.account?.name === 'string' ? given.account.name : ''));
  title.id = titleId;
  const list = make(doc, 'ul', 'domainguard-readiness-list');
  const row = (severity, label, message, code) => {
    const li = make(doc, 'li', `domainguard-item domainguard-${severity}`);
    if (code) li.dataset.code = code;
    li.append(make(doc, 'span', 'domainguard-severity', label), ': ', make(doc, 'span', 'domainguard-text', message));
    return li;
  };
  if (Array.isArray(verdict.errors)) {
    section.dataset.state = 'invalid';
    list.append(row('info', t.error, t.readinessInvalid, null));
    for (const e of verdict.errors) list.append(row('error', t.error, e.message, e.code));
  } else {
    // The rules list the domains at risk first (R-E2), then the account's findings.
    const findings = verdict.findings;
    section.dataset.state = findings.some((f) => f.severity !== 'info') ? 'warn' : 'ok';
    for (const f of findings) list.append(row(f.severity, t[f.severity] ?? f.severity, f.message, f.code));
  }
  section.append(title, list);
  element.replaceChildren(section);
  element.dispatchEvent(new CustomEvent('domainguard:verdict', { bubbles: true, detail: verdict }));
  return verdict;
}
