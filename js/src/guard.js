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
    form_: form,
    doc_: doc,
    view_: doc.defaultView,
    id_: `domainguard-${++guardCount}`,
    options_: { ...initialOptions },
    last_: null, // { key_, result_, case_, post_ }: the last check (case: the AuthInfo masked)
    detached_: false,
    loadError_: null,
    waiting_: null, // while the full module loads for the current values: the promise of that
    authinfo_: null,
    on_(target, type, fn, capture = false) {
      target.addEventListener(type, fn, capture);
      listeners.push([target, type, fn, capture]);
    },
    make_: (tag, className, text) => make(doc, tag, className, text),
    locale_: () => normalizeLocale(g.options_.locale ?? form.closest('[lang]')?.getAttribute('lang') ?? 'de'),
    t_: () => GUARD[g.locale_()],
    /** Case path → control, with the AuthInfo option's field under `authinfo.code`. */
    mapping_() {
      const m = g.options_.fields ?? {};
      const f = g.options_.authinfo && g.options_.authinfo.field;
      return f && !m[AUTHINFO] ? { ...m, [AUTHINFO]: f } : m;
    },
    resolve_: (target) => resolveElements(form, target),
    runCheck_: runCheck,
    /** Runs a pending (debounced) check now. */
    settle_() {
      if (timer) runCheck();
    },
  };
  const styled = g.options_.styles === false ? false : styles.use(doc);
  const reader = formReader(g);
  g.summary_ = summaryView(g);
  // A finding's control is a mapped case path; one about a page field (a mapped `today`) goes there.
  g.fields_ = fieldMessages(g, (item) => item.control ?? (PAGE_FIELDS.has(item.field) && g.mapping_()[item.field] ? item.field : null));
  const answers = answerControls(g);

  function render(result) {
    const items = itemsOf(result);
    const state = stateOf(result);
    g.fields_.render_(items);
    g.summary_.render_(result, state, items);
    answers.render_(result);
    g.authinfo_?.update_();
  }

  function runCheck(force = false) {
    if (g.detached_ || !isReady()) return g.last_ ? g.last_.result_ : null;
    clearTimeout(timer);
    timer = 0;
    let result;
    let key;
    let post;
    let c = null;
    try {
      post = reader.post_();
      key = JSON.stringify([g.options_.action, post]);
      if (!force && g.last_ && g.last_.key_ === key) return g.last_.result_;
      // The rules build the case from the post and check it: one form layer for page and server.
      const out = checkForm(g.options_.action, post.mapping, post.values, post.context);
      c = out.case;
      result = out.verdict;
    } catch (err) {
      // A lean module met what only the full one has (an IDN, say): show "loading", hold the
      // submit (gate.js) and check again once the full module is there.
      if (err && err.code === 'NEEDS_FULL_MODULE') return waitForFull(err.ready);
      result = {
        errors: [{ code: 'INTERNAL', field: null, message: `${g.t_().internal}: ${err && err.message ? err.message : err}`, params: {} }],
      };
    }
    g.last_ = { key_: key, result_: withoutControls(result), case_: c, post_: post };
    render(result);
    result = g.last_.result_;
    form.dispatchEvent(new g.view_.CustomEvent('domainguard:verdict', { detail: result, bubbles: true }));
    return result;
  }

  function waitForFull(loading) {
    g.last_ = null;
    g.fields_.render_([]);
    g.summary_.loading_();
    g.waiting_ ??= loading.then(
      () => {
        g.waiting_ = null;
        if (!g.detached_) runCheck(true);
      },
      (err) => {
        g.waiting_ = null;
        g.loadError_ = err;
        if (!g.detached_) g.summary_.loadFailed_();
        if (g.view_.console) g.view_.console.error('domainguard: could not load the full wasm module', err);
      },
    );
    return null;
  }

  function schedule() {
    if (g.detached_) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = 0;
      runCheck();
    }, g.options_.debounce ?? 120);
  }

  function onEdit(event) {
    if (event.target === g.summary_.ackBox_ || g.summary_.root_.contains(event.target)) return;
    schedule();
  }

  g.authinfo_ = authinfoField(g);
  g.on_(form, 'input', onEdit);
  g.on_(form, 'change', onEdit);
  g.on_(form, 'submit', submitGate(g), true);
  // Acknowledge only what is current: check now; changed warnings reset the box.
  g.on_(g.summary_.ackBox_, 'change', () => runCheck());
  // mapped fields outside the form (no bubbling to it) are watched directly
  const outside = new Set();
  function watchOutside() {
    for (const target of Object.values(g.mapping_())) {
      for (const el of g.resolve_(target)) {
        if (!form.contains(el) && !outside.has(el)) {
          outside.add(el);
          g.on_(el, 'input', onEdit);
          g.on_(el, 'change', onEdit);
        }
      }
    }
  }
  watchOutside();

  g.ready_ = init(g.options_.wasm).then(
    () => {
      if (!g.detached_) runCheck(true);
    },
    (err) => {
      g.loadError_ = err;
      if (!g.detached_) g.summary_.loadFailed_();
      if (g.view_.console) g.view_.console.error('domainguard: could not load the wasm module', err);
    },
  );

  const handle = {
    form,
    ready: g.ready_,
    get verdict() {
      return g.last_ ? g.last_.result_ : null;
    },
    /** The case of the last check (a copy), the AuthInfo masked as [[AUTHINFO]]. */
    get case() {
      return g.last_ && g.last_.case_ ? clone(g.last_.case_) : null;
    },
    /**
     * The holder's letter for "copy/print letter": with the AuthInfo written in only while the
     * operator has revealed the code and nothing blocks; else the verdict's letter (with
     * [[AUTHINFO]] where the code goes), or null when the last check gave none.
     */
    letter() {
      const result = g.last_ && g.last_.result_;
      const plain = result && !result.errors && result.documents ? result.documents.holder_letter : null;
      if (typeof plain !== 'string') return null;
      if (!g.authinfo_?.revealed_ || !g.last_.post_) return plain;
      // The case with the code exists only for this call.
      const { mapping, values, context } = g.last_.post_;
      const built = caseFromForm(g.options_.action, mapping, values, context);
      return (built.case && letterWithAuthinfo(built.case)) || plain;
    },
    get acknowledged() {
      return g.summary_.ackBox_.checked;
    },
    /** Checks now (after loading) and returns the result. */
    async check() {
      await g.ready_;
      return runCheck(true);
    },
    /** Changes options (locale, policy, today, constants, fields, …) and re-checks. */
    setOptions(patch = {}) {
      if (g.detached_) return;
      g.options_ = { ...g.options_, ...patch };
      reader.reset_();
      g.summary_.reset_();
      g.fields_.reset_();
      if ('summary' in patch) g.summary_.place_();
      watchOutside();
      if (isReady()) runCheck(true);
      else if (!g.loadError_) g.summary_.loading_();
    },
    detach() {
      if (g.detached_) return;
      g.detached_ = true;
      clearTimeout(timer);
      for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
      listeners.length = 0;
      g.fields_.remove_();
      g.summary_.root_.remove();
      answers.restore_();
      g.authinfo_?.remove_();
      if (styled) styles.release(doc);
      if (guards.get(form) === handle) guards.delete(form);
    },
  };
  return handle;
}
