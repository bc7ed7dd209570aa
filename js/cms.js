// domainguard – click guard for risky CMS actions (seeds 001, 003) and the account readiness
// banner (seed 002).
//
// guardClicks() intercepts clicks on delete and update buttons (capture phase), checks the
// `cms_delete` / `cms_update` case with the wasm rules and, when anything blocks or needs a
// confirmation, opens a <dialog> with the findings: the typed count of the pages that go with a
// deleted node, an acknowledgement of the warnings. The original action runs only when the
// re-check allows it. showReadiness() renders a reseller account's emergency readiness
// (R-E1, R-E2) into an element. All text reaches the page through textContent.
//
// This file is the source; scripts/build-wasm.sh minifies it to dist/cms.js next to
// dist/domainguard.js, which it imports (one wasm instance for the page).

import { init, isReady, check, normalizeLocale, today as zonedToday } from './domainguard.js';

// ---------------------------------------------------------------------------------------------
// Time

/**
 * The local date and time (`YYYY-MM-DDTHH:MM`) in a time zone, Europe/Berlin by default: the
 * `now` of a cms case.
 */
export function localNow(timeZone = 'Europe/Berlin', date = new Date()) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

// ---------------------------------------------------------------------------------------------
// UI strings

const STRINGS = {
  de: {
    block: 'Blockiert',
    warn: 'Warnung',
    info: 'Hinweis',
    error: 'Fehler',
    titleDelete: (title) => (title ? `„${title}“ löschen` : 'Löschen'),
    titleUpdate: (name, from, to) => `${name || 'Update'} aktualisieren${from || to ? ` (${from || '?'} → ${to || '?'})` : ''}`,
    blocked: 'Blockiert: So ist diese Aktion nicht möglich.',
    invalid: 'Die Angaben zu dieser Aktion sind unvollständig oder fehlerhaft; sie kann nicht geprüft werden.',
    confirm: 'Bitte bestätigen Sie die Löschung.',
    warnings: 'Zulässig, aber mit Warnungen. Bitte lesen und bestätigen.',
    ack: 'Ich habe die Warnungen gelesen und möchte trotzdem fortfahren.',
    ackMissing: 'Bitte bestätigen Sie zuerst, dass Sie die Warnungen gelesen haben.',
    cancel: 'Abbrechen',
    close: 'Schließen',
    doDelete: 'Löschen',
    doUpdate: 'Aktualisieren',
    loadFailed: 'Die Prüfung konnte nicht geladen werden. Die Aktion ist erst nach erfolgreicher Prüfung möglich.',
    readinessTitle: (name) => (name ? `Notfallvorsorge des Kontos „${name}“` : 'Notfallvorsorge des Kontos'),
    readinessInvalid: 'Die Kontodaten konnten nicht geprüft werden:',
  },
  en: {
    block: 'Blocked',
    warn: 'Warning',
    info: 'Note',
    error: 'Error',
    titleDelete: (title) => (title ? `Delete “${title}”` : 'Delete'),
    titleUpdate: (name, from, to) => `Update ${name || ''}${from || to ? ` (${from || '?'} → ${to || '?'})` : ''}`.replace(/ +$/, ''),
    blocked: 'Blocked: this action is not possible like this.',
    invalid: 'The data of this action is incomplete or wrong; it cannot be checked.',
    confirm: 'Please confirm the deletion.',
    warnings: 'Allowed, with warnings. Please read and confirm them.',
    ack: 'I have read the warnings and want to proceed anyway.',
    ackMissing: 'Please confirm first that you have read the warnings.',
    cancel: 'Cancel',
    close: 'Close',
    doDelete: 'Delete',
    doUpdate: 'Update',
    loadFailed: 'The check could not be loaded. The action is possible only after a successful check.',
    readinessTitle: (name) => (name ? `Emergency readiness of the account “${name}”` : 'Emergency readiness of the account'),
    readinessInvalid: 'The account data could not be checked:',
  },
};

/** Findings answered by typing the count rather than by the acknowledgement box. */
const CONFIRMATION_CODES = new Set(['DELETE_CONFIRMATION_MISSING', 'DELETE_CONFIRMATION_WRONG']);
const ANSWERED_BY_COUNT = new Set(['DELETE_WITH_DESCENDANTS']);

// ---------------------------------------------------------------------------------------------
// Default styles (a constructed stylesheet, as in domainguard.js: no <style> element)

const STYLE_TEXT = `
:where(.domainguard-dialog){max-width:36rem;border:1px solid #888;border-radius:6px;padding:1rem 1.25rem}
:where(.domainguard-dialog::backdrop){background:rgb(0 0 0 / .35)}
:where(.domainguard-dialog-title){margin:0 0 .5rem;font-size:1.15em}
:where(.domainguard-dialog-intro){margin:0 0 .5rem;font-weight:bold}
:where(.domainguard-dialog[data-state=blocked] .domainguard-dialog-intro),
:where(.domainguard-dialog[data-state=invalid] .domainguard-dialog-intro){color:#a4000f}
:where(.domainguard-findings){margin:.25rem 0 .75rem;padding-left:1.25rem}
:where(.domainguard-item.domainguard-block),:where(.domainguard-item.domainguard-error){color:#a4000f}
:where(.domainguard-item.domainguard-warn){color:#7a4b00}
:where(.domainguard-item.domainguard-info){color:#1f4f7a}
:where(.domainguard-severity){font-weight:bold}
:where(.domainguard-confirm label){display:block;margin-bottom:.25rem}
:where(.domainguard-confirm input){font:inherit;width:8rem;padding:.25rem .4rem}
:where(.domainguard-confirm-error),:where(.domainguard-ack-error){color:#a4000f;margin:.25rem 0}
:where(.domainguard-dialog .domainguard-ack){display:block;margin:.75rem 0;font-weight:bold}
.domainguard-dialog [hidden]{display:none!important}
:where(.domainguard-dialog-buttons){display:flex;gap:.5rem;justify-content:flex-end;margin-top:1rem}
:where(.domainguard-readiness){border:1px solid #bbb;border-left-width:.4em;padding:.5em .75em;margin:.75em 0}
:where(.domainguard-readiness[data-state=warn]),:where(.domainguard-readiness[data-state=invalid]){border-color:#b36b00;background:#fff8e6}
:where(.domainguard-readiness[data-state=ok]){border-color:#2e7d32}
:where(.domainguard-readiness-title){font-weight:bold;margin:0 0 .25em}
:where(.domainguard-readiness-list){margin:.25em 0;padding-left:1.25em}
`;

let sheet = null;
const sheetUsers = new WeakMap(); // document -> count

function useStyles(doc) {
  const view = doc.defaultView;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return false;
  try {
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(STYLE_TEXT);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    sheetUsers.set(doc, (sheetUsers.get(doc) ?? 0) + 1);
    return true;
  } catch {
    return false;
  }
}

function releaseStyles(doc) {
  const n = (sheetUsers.get(doc) ?? 1) - 1;
  sheetUsers.set(doc, n);
  if (n <= 0 && sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function isElement(x) {
  return !!x && typeof x === 'object' && x.nodeType === 1;
}

function make(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A value given as text, a function, or a form control (its value at the time of the click). */
function resolveValue(source, ...args) {
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

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

// ---------------------------------------------------------------------------------------------
// guardClicks()

let guardCount = 0;

/**
 * Guards the delete and update buttons under `root`. See cms.d.ts for the options.
 * @returns a handle with release()
 */
export function guardClicks(root = document, options = {}) {
  if (!root || typeof root.addEventListener !== 'function') {
    throw new TypeError('domainguard.guardClicks: expected an element or a document as root');
  }
  const doc = root.nodeType === 9 ? root : root.ownerDocument;
  const id = `domainguard-cms-${++guardCount}`;
  let opts = { ...options };
  const deleteSelector = () => opts.deleteSelector ?? '[data-domainguard-delete]';
  const updateSelector = () => opts.updateSelector ?? '[data-domainguard-update]';
  const passing = new Set(); // buttons whose click is being replayed by the guard
  const styled = opts.styles === false ? false : useStyles(doc);
  let released = false;
  let loadError = null;
  let dialog = null;
  let session = null; // the open dialog's state

  if (opts.preload !== false) {
    init(opts.wasm).catch((err) => {
      loadError = err;
    });
  }

  function localeFor(button) {
    const given = resolveValue(opts.locale, button);
    return normalizeLocale(given ?? button.closest('[lang]')?.getAttribute('lang') ?? 'de');
  }

  /** Reads `data-domainguard-NAME` from the button or its nearest ancestor that has it. */
  function attr(button, name) {
    const holder = button.closest(`[data-domainguard-${name}]`);
    return holder ? holder.getAttribute(`data-domainguard-${name}`) : null;
  }

  function kindOf(button) {
    if (button.matches(deleteSelector())) return 'delete';
    if (button.matches(updateSelector())) return 'update';
    return null;
  }

  /** The guarded element a click lands on, if any (only inside root). */
  function guardedTarget(target) {
    if (!isElement(target)) return null;
    const sel = `${deleteSelector()}, ${updateSelector()}`;
    const button = target.closest(sel);
    if (!button) return null;
    if (isElement(root) && !root.contains(button)) return null;
    return button;
  }

  /** The case for a button, from its data attributes, the options and `caseFor`. */
  function caseOf(button, kind, confirmation) {
    const locale = localeFor(button);
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

  function emit(target, type, detail) {
    const el = isElement(target) && target.isConnected ? target : isElement(root) ? root : doc.documentElement;
    el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  /**
   * What a verdict asks for: `ok` (go), `warnings` (acknowledge), `confirm` (type the count,
   * perhaps acknowledge too), `blocked`, `invalid` (input errors).
   */
  function classify(verdict) {
    if (!verdict || Array.isArray(verdict.errors)) return { state: 'invalid', ack: [], confirm: null };
    const findings = verdict.findings ?? [];
    const blocks = findings.filter((f) => f.severity === 'block');
    const confirm = blocks.find((f) => CONFIRMATION_CODES.has(f.code)) ?? null;
    const others = blocks.filter((f) => !CONFIRMATION_CODES.has(f.code));
    const ack = findings.filter((f) => f.severity === 'warn' && !ANSWERED_BY_COUNT.has(f.code));
    if (others.length) return { state: 'blocked', ack, confirm };
    if (confirm) return { state: 'confirm', ack, confirm };
    if (ack.length) return { state: 'warnings', ack, confirm: null };
    return { state: 'ok', ack, confirm: null };
  }

  function evaluate(button, kind, confirmation) {
    const c = caseOf(button, kind, confirmation);
    const verdict = check(c);
    emit(button, 'domainguard:verdict', verdict);
    return { case: c, verdict, ...classify(verdict) };
  }

  // --- the original action -----------------------------------------------------------------

  async function proceed(button, result) {
    if (typeof opts.perform === 'function') {
      await opts.perform(button, { verdict: result.verdict, case: result.case });
      return;
    }
    if (!button.isConnected) return;
    passing.add(button);
    try {
      button.click(); // default action (submit, link navigation) and the page's own handlers
    } finally {
      passing.delete(button);
    }
  }

  // --- the dialog ----------------------------------------------------------------------------

  function buildDialog() {
    const d = make(doc, 'dialog', 'domainguard-dialog');
    d.id = `${id}-dialog`;
    d.setAttribute('aria-labelledby', `${id}-title`);
    d.setAttribute('aria-describedby', `${id}-intro ${id}-findings`);
    const form = make(doc, 'form', 'domainguard-dialog-form');
    form.method = 'dialog';
    const title = make(doc, 'h2', 'domainguard-dialog-title');
    title.id = `${id}-title`;
    const intro = make(doc, 'p', 'domainguard-dialog-intro');
    intro.id = `${id}-intro`;
    const list = make(doc, 'ul', 'domainguard-findings');
    list.id = `${id}-findings`;
    const confirmBox = make(doc, 'div', 'domainguard-confirm');
    const confirmLabel = make(doc, 'label', 'domainguard-confirm-label');
    const input = make(doc, 'input', 'domainguard-confirm-input');
    input.type = 'text';
    input.id = `${id}-count`;
    input.inputMode = 'numeric';
    input.autocomplete = 'off';
    input.spellcheck = false;
    confirmLabel.htmlFor = input.id;
    const confirmError = make(doc, 'p', 'domainguard-confirm-error');
    confirmError.id = `${id}-count-error`;
    confirmError.hidden = true;
    confirmBox.append(confirmLabel, input, confirmError);
    const ackLabel = make(doc, 'label', 'domainguard-ack');
    const ackBox = make(doc, 'input', 'domainguard-ack-input');
    ackBox.type = 'checkbox';
    const ackText = make(doc, 'span', 'domainguard-ack-text');
    ackLabel.append(ackBox, ' ', ackText);
    const ackError = make(doc, 'p', 'domainguard-ack-error');
    ackError.id = `${id}-ack-error`;
    ackError.hidden = true;
    const buttons = make(doc, 'div', 'domainguard-dialog-buttons');
    const cancel = make(doc, 'button', 'domainguard-cancel');
    cancel.type = 'button';
    const go = make(doc, 'button', 'domainguard-proceed');
    go.type = 'submit';
    buttons.append(cancel, go);
    form.append(title, intro, list, confirmBox, ackLabel, ackError, buttons);
    d.append(form);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      onProceed();
    });
    cancel.addEventListener('click', () => closeDialog('cancelled'));
    d.addEventListener('cancel', (e) => {
      e.preventDefault(); // Escape: close through our own path (event, focus)
      closeDialog('cancelled');
    });
    d.addEventListener('close', () => {
      if (session) closeDialog('cancelled'); // closed some other way (a second Escape, dialog.close())
    });
    ackBox.addEventListener('change', () => {
      if (ackBox.checked) ackError.hidden = true;
    });
    (opts.dialogParent ?? doc.body).append(d);
    return { d, title, intro, list, confirmBox, confirmLabel, input, confirmError, ackLabel, ackBox, ackText, ackError, cancel, go };
  }

  function item(severity, message, code, label) {
    const li = make(doc, 'li', `domainguard-item domainguard-${severity}`);
    if (code) li.dataset.code = code;
    li.append(make(doc, 'span', 'domainguard-severity', label), ': ', make(doc, 'span', 'domainguard-text', message));
    return li;
  }

  function render(result) {
    const { kind, button } = session;
    const t = STRINGS[normalizeLocale(result.case?.locale ?? localeFor(button))];
    const ui = dialog;
    const c = result.case ?? {};
    ui.d.dataset.state = result.state;
    ui.d.dataset.kind = kind;
    ui.title.textContent =
      kind === 'delete' ? t.titleDelete(c.node?.title ?? '') : t.titleUpdate(c.update?.name ?? '', c.update?.from_version ?? '', c.update?.to_version ?? '');
    ui.intro.textContent = t[result.state === 'ok' ? 'warnings' : result.state];
    const items = [];
    if (result.state === 'invalid') {
      for (const e of result.verdict?.errors ?? []) items.push(item('error', e.message, e.code, t.error));
      if (!result.verdict) items.push(item('error', t.loadFailed, null, t.error));
    } else {
      for (const f of result.verdict.findings) {
        if (CONFIRMATION_CODES.has(f.code)) continue; // shown at the input
        items.push(item(f.severity, f.message, f.code, t[f.severity] ?? f.severity));
      }
    }
    ui.list.replaceChildren(...items);
    ui.list.hidden = items.length === 0;

    const asking = result.state === 'confirm' || (result.state === 'warnings' && session.countGiven);
    ui.confirmBox.hidden = !asking;
    if (result.state === 'confirm') {
      const expected = String(result.confirm.params?.expected ?? '');
      const missing = result.verdict.findings.find((f) => f.code === 'DELETE_CONFIRMATION_MISSING');
      const wrong = result.verdict.findings.find((f) => f.code === 'DELETE_CONFIRMATION_WRONG');
      // The label is the rules' own request to type the count; a wrong count shows their answer.
      if (missing) {
        ui.confirmLabel.textContent = missing.message;
        session.prompt = missing.message;
      } else if (!session.prompt) ui.confirmLabel.textContent = wrong.message;
      if (wrong) {
        ui.confirmError.textContent = wrong.message;
        ui.confirmError.hidden = false;
        ui.input.setAttribute('aria-invalid', 'true');
        ui.input.setAttribute('aria-describedby', ui.confirmError.id);
      } else {
        ui.confirmError.hidden = true;
        ui.input.removeAttribute('aria-invalid');
        ui.input.removeAttribute('aria-describedby');
      }
    } else if (asking) {
      ui.confirmError.hidden = true;
      ui.input.removeAttribute('aria-invalid');
      ui.input.removeAttribute('aria-describedby');
    }

    const needsAck = (result.state === 'warnings' || result.state === 'confirm') && result.ack.length > 0;
    const signature = result.ack.map((f) => `${f.code}\u0000${f.message}`).join('\u0001');
    if (signature !== session.ackSignature) {
      ui.ackBox.checked = false; // new or changed warnings: read them again
      session.ackSignature = signature;
    }
    ui.ackText.textContent = t.ack;
    ui.ackLabel.hidden = !needsAck;
    if (!needsAck) ui.ackError.hidden = true;
    ui.ackError.textContent = t.ackMissing;

    const canGo = result.state === 'confirm' || result.state === 'warnings' || result.state === 'ok';
    ui.go.hidden = !canGo;
    ui.go.textContent = kind === 'delete' ? t.doDelete : t.doUpdate;
    ui.cancel.textContent = canGo ? t.cancel : t.close;
  }

  function openDialog(button, kind, result) {
    if (!dialog) dialog = buildDialog();
    if (dialog.d.open) dialog.d.close();
    session = { button, kind, ackSignature: null, prompt: null, countGiven: false };
    dialog.input.value = '';
    dialog.ackBox.checked = false;
    dialog.ackError.hidden = true;
    render(result);
    dialog.d.showModal();
    focusFor(result);
  }

  function focusFor(result) {
    if (!dialog.confirmBox.hidden && result.state === 'confirm') {
      dialog.input.focus();
      dialog.input.select();
    } else if (!dialog.ackLabel.hidden) dialog.ackBox.focus();
    else dialog.cancel.focus();
  }

  function closeDialog(reason) {
    if (!dialog || !session) return;
    const { button, last } = session;
    session = null;
    if (dialog.d.open) dialog.d.close();
    if (reason === 'cancelled') emit(button, 'domainguard:blocked', { reason: 'cancelled', verdict: last?.verdict ?? null, case: last?.case ?? null });
    if (reason !== 'done' && button.isConnected && typeof button.focus === 'function') button.focus();
  }

  async function onProceed() {
    if (!session) return;
    const { button, kind } = session;
    const typed = dialog.confirmBox.hidden ? undefined : dialog.input.value;
    const result = evaluate(button, kind, typed);
    if (typed !== undefined && result.state !== 'confirm') session.countGiven = true;
    session.last = result;
    const acknowledged = result.ack.length === 0 || (dialog.ackBox.checked && sameWarnings(result));
    if ((result.state === 'ok' || result.state === 'warnings') && acknowledged) {
      closeDialog('done');
      try {
        await proceed(button, result);
      } catch (err) {
        console.error('domainguard: the guarded action failed', err);
      }
      return;
    }
    render(result);
    let reason = 'block';
    if (result.state === 'confirm') reason = 'confirmation';
    else if (result.state === 'warnings') reason = 'unacknowledged';
    if (reason === 'unacknowledged') dialog.ackError.hidden = false;
    emit(button, 'domainguard:blocked', { reason, verdict: result.verdict, case: result.case });
    if (result.state === 'confirm') {
      dialog.input.focus();
      dialog.input.select();
    } else if (reason === 'unacknowledged') dialog.ackBox.focus();
    else dialog.cancel.focus();
  }

  function sameWarnings(result) {
    return result.ack.map((f) => `${f.code}\u0000${f.message}`).join('\u0001') === session?.ackSignature;
  }

  // --- the click -----------------------------------------------------------------------------

  function stop(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function decide(button, kind, event) {
    const result = evaluate(button, kind);
    if (result.state === 'ok') {
      if (event && typeof opts.perform !== 'function') return; // nothing to say: let the click go on
      if (event) stop(event);
      proceed(button, result).catch((err) => console.error('domainguard: the guarded action failed', err));
      return;
    }
    if (event) stop(event);
    const reason = { blocked: 'block', invalid: 'block', confirm: 'confirmation', warnings: 'unacknowledged' }[result.state];
    emit(button, 'domainguard:blocked', { reason, verdict: result.verdict, case: result.case });
    openDialog(button, kind, result);
    session.last = result;
  }

  function onClick(event) {
    if (released) return;
    const button = guardedTarget(event.target);
    if (!button || passing.has(button)) return;
    const kind = kindOf(button);
    if (!kind) return;
    if (isReady()) {
      decide(button, kind, event);
      return;
    }
    // Not loaded yet: hold the click, decide once the rules are there.
    stop(event);
    emit(button, 'domainguard:blocked', { reason: 'loading', verdict: null, case: null });
    init(opts.wasm).then(
      () => {
        if (!released) decide(button, kind, null);
      },
      (err) => {
        loadError = err;
        if (released) return;
        if (opts.failClosed) {
          emit(button, 'domainguard:blocked', { reason: 'failed', verdict: null, case: null });
          openDialog(button, kind, { state: 'invalid', verdict: null, case: null, ack: [] });
        } else {
          console.warn('domainguard: the rules could not be loaded; the action goes on unchecked (the server must re-check)', err);
          proceed(button, { verdict: null, case: null }).catch(() => {});
        }
      },
    );
  }

  root.addEventListener('click', onClick, true);

  return {
    get root() {
      return root;
    },
    get dialog() {
      return dialog ? dialog.d : null;
    },
    get loadError() {
      return loadError;
    },
    /** The case a click on `button` would check (with an optional typed confirmation). */
    caseFor(button, confirmation) {
      const kind = kindOf(button);
      return kind ? caseOf(button, kind, confirmation) : null;
    },
    /** Checks the case of `button` now (no dialog); requires the rules to be loaded. */
    check(button, confirmation) {
      const kind = kindOf(button);
      if (!kind) return null;
      return check(caseOf(button, kind, confirmation));
    },
    setOptions(patch) {
      opts = { ...opts, ...patch };
    },
    release() {
      if (released) return;
      released = true;
      root.removeEventListener('click', onClick, true);
      if (dialog) {
        if (dialog.d.open) dialog.d.close();
        dialog.d.remove();
        dialog = null;
      }
      session = null;
      if (styled) releaseStyles(doc);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// showReadiness()

const readinessStyled = new WeakSet();

/**
 * Checks a reseller account's readiness (action `readiness`) and renders the findings into
 * `element` (replacing its content): domains at risk of lapsing first, then the account's
 * missing emergency contact or power of attorney. Resolves to the verdict (or `{errors}`).
 */
export async function showReadiness(element, readinessCase, options = {}) {
  if (!isElement(element)) throw new TypeError('domainguard.showReadiness: expected an element');
  const doc = element.ownerDocument;
  if (options.styles !== false && !readinessStyled.has(doc) && useStyles(doc)) readinessStyled.add(doc);
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
  const verdict = check(c);
  const t = STRINGS[locale];
  const section = make(doc, 'section', 'domainguard-readiness');
  const titleId = `domainguard-readiness-${++guardCount}`;
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
