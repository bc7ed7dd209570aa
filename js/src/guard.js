// attach(): guards an existing panel form. The guard is a small context `g` (the form, its
// options, the last check) shared by its parts: values.js reads the form, render.js shows the
// result, answers.js limits answer controls, authinfo.js guards the code, gate.js the submit.

import { init, isReady, checkForm, caseFromForm, letterWithAuthinfo } from './core.js';
import { make, clone } from './dom.js';
import { stylesheet } from './style.js';
import { normalizeLocale } from './locale.js';
import { GUARD } from './strings.js';
import { AUTHINFO, PAGE_FIELDS, resolveElements, formReader } from './values.js';
import { summaryView, fieldMessages, itemsOf, stateOf } from './render.js';
import { answerControls } from './answers.js';
import { authinfoField } from './authinfo.js';
import { submitGate } from './gate.js';

const styles = stylesheet(`
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
`);

const guards = new WeakMap();
let guardCount = 0;

// The verdict as `check(case)` gives it: the `control`s are the guard's own mapping (each case
// path its own control name), used to place the findings and not part of what it hands out.
function withoutControls(result) {
  const strip = (list) => list.map(({ control, ...item }) => item);
  if (Array.isArray(result.errors)) return { ...result, errors: strip(result.errors) };
  return Array.isArray(result.findings) ? { ...result, findings: strip(result.findings) } : result;
}

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
  if (!initialOptions.action) throw new TypeError('domainguard.attach: options.action is required');
  const doc = form.ownerDocument;
  const listeners = [];
  let timer = 0;

  // The context the parts share.
  const g = {
    form,
    doc,
    view: doc.defaultView,
    id: `domainguard-${++guardCount}`,
    options: { ...initialOptions },
    last: null, // { key, result, case, post }: the last check (case: the AuthInfo masked)
    detached: false,
    loadError: null,
    authinfo: null,
    on(target, type, fn, capture = false) {
      target.addEventListener(type, fn, capture);
      listeners.push([target, type, fn, capture]);
    },
    make: (tag, className, text) => make(doc, tag, className, text),
    locale: () => normalizeLocale(g.options.locale ?? form.closest('[lang]')?.getAttribute('lang') ?? 'de'),
    t: () => GUARD[g.locale()],
    /** Case path → control, with the AuthInfo option's field under `authinfo.code`. */
    mapping() {
      const m = g.options.fields ?? {};
      const f = g.options.authinfo && g.options.authinfo.field;
      return f && !m[AUTHINFO] ? { ...m, [AUTHINFO]: f } : m;
    },
    resolve: (target) => resolveElements(form, target),
    runCheck,
    /** Runs a pending (debounced) check now. */
    settle() {
      if (timer) runCheck();
    },
  };
  const styled = g.options.styles === false ? false : styles.use(doc);
  const reader = formReader(g);
  g.summary = summaryView(g);
  // A finding's control is a mapped case path; one about a page field (a mapped `today`) goes there.
  g.fields = fieldMessages(g, (item) => item.control ?? (PAGE_FIELDS.has(item.field) && g.mapping()[item.field] ? item.field : null));
  const answers = answerControls(g);

  function render(result) {
    const items = itemsOf(result);
    const state = stateOf(result);
    g.fields.render(items);
    g.summary.render(result, state, items);
    answers.render(result);
    g.authinfo?.update();
  }

  function runCheck(force = false) {
    if (g.detached || !isReady()) return g.last ? g.last.result : null;
    clearTimeout(timer);
    timer = 0;
    let result;
    let key;
    let post;
    let c = null;
    try {
      post = reader.post();
      key = JSON.stringify([g.options.action, post]);
      if (!force && g.last && g.last.key === key) return g.last.result;
      // The rules build the case from the post and check it: one form layer for page and server.
      const out = checkForm(g.options.action, post.mapping, post.values, post.context);
      c = out.case;
      result = out.verdict;
    } catch (err) {
      result = {
        errors: [{ code: 'INTERNAL', field: null, message: `${g.t().internal}: ${err && err.message ? err.message : err}`, params: {} }],
      };
    }
    g.last = { key, result: withoutControls(result), case: c, post };
    render(result);
    result = g.last.result;
    form.dispatchEvent(new g.view.CustomEvent('domainguard:verdict', { detail: result, bubbles: true }));
    return result;
  }

  function schedule() {
    if (g.detached) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = 0;
      runCheck();
    }, g.options.debounce ?? 120);
  }

  function onEdit(event) {
    if (event.target === g.summary.ackBox || g.summary.root.contains(event.target)) return;
    schedule();
  }

  g.authinfo = authinfoField(g);
  g.on(form, 'input', onEdit);
  g.on(form, 'change', onEdit);
  g.on(form, 'submit', submitGate(g), true);
  // Acknowledge only what is current: check now; changed warnings reset the box.
  g.on(g.summary.ackBox, 'change', () => runCheck());
  // mapped fields outside the form (no bubbling to it) are watched directly
  const outside = new Set();
  function watchOutside() {
    for (const target of Object.values(g.mapping())) {
      for (const el of g.resolve(target)) {
        if (!form.contains(el) && !outside.has(el)) {
          outside.add(el);
          g.on(el, 'input', onEdit);
          g.on(el, 'change', onEdit);
        }
      }
    }
  }
  watchOutside();

  g.ready = init(g.options.wasm).then(
    () => {
      if (!g.detached) runCheck(true);
    },
    (err) => {
      g.loadError = err;
      if (!g.detached) g.summary.loadFailed();
      if (g.view.console) g.view.console.error('domainguard: could not load the wasm module', err);
    },
  );

  const handle = {
    form,
    ready: g.ready,
    get verdict() {
      return g.last ? g.last.result : null;
    },
    /** The case of the last check (a copy), the AuthInfo masked as [[AUTHINFO]]. */
    get case() {
      return g.last && g.last.case ? clone(g.last.case) : null;
    },
    /**
     * The holder's letter for "copy/print letter": with the AuthInfo written in only while the
     * operator has revealed the code and nothing blocks; else the verdict's letter (with
     * [[AUTHINFO]] where the code goes), or null when the last check gave none.
     */
    letter() {
      const result = g.last && g.last.result;
      const plain = result && !result.errors && result.documents ? result.documents.holder_letter : null;
      if (typeof plain !== 'string') return null;
      if (!g.authinfo?.revealed || !g.last.post) return plain;
      // The case with the code exists only for this call.
      const { mapping, values, context } = g.last.post;
      const built = caseFromForm(g.options.action, mapping, values, context);
      return (built.case && letterWithAuthinfo(built.case)) || plain;
    },
    get acknowledged() {
      return g.summary.ackBox.checked;
    },
    /** Checks now (after loading) and returns the result. */
    async check() {
      await g.ready;
      return runCheck(true);
    },
    /** Changes options (locale, policy, today, constants, fields, …) and re-checks. */
    setOptions(patch = {}) {
      if (g.detached) return;
      g.options = { ...g.options, ...patch };
      reader.reset();
      g.summary.reset();
      g.fields.reset();
      if ('summary' in patch) g.summary.place();
      watchOutside();
      if (isReady()) runCheck(true);
      else if (!g.loadError) g.summary.loading();
    },
    detach() {
      if (g.detached) return;
      g.detached = true;
      clearTimeout(timer);
      for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
      listeners.length = 0;
      g.fields.remove();
      g.summary.root.remove();
      answers.restore();
      g.authinfo?.remove();
      if (styled) styles.release(doc);
      if (guards.get(form) === handle) guards.delete(form);
    },
  };
  return handle;
}
