// The click guard's <dialog>: the findings of a click, the typed count of the pages that go
// with a deleted node, the acknowledgement of the warnings. Text goes in through textContent.

import { make } from './dom.js';
import { normalizeLocale } from './locale.js';
import { CMS } from './cms-strings.js';
import { stylesheet } from './style.js';

/** Whether finding `f` is about the typed confirmation the verdict asks for (shown at its input). */
export function atConfirmation(verdict, f) {
  return !!verdict.confirmation && f.field === verdict.confirmation.field;
}

export const styles = stylesheet(`
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
`);

/**
 * Builds the dialog of click guard `id` into `parent` and wires its controls to `on.proceed()`
 * and `on.cancel()` (also Escape, and a close from elsewhere while `on.isOpen()`).
 */
export function buildDialog(doc, id, parent, on) {
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
    on.proceed();
  });
  cancel.addEventListener('click', () => on.cancel());
  d.addEventListener('cancel', (e) => {
    e.preventDefault(); // Escape: close through our own path (event, focus)
    on.cancel();
  });
  d.addEventListener('close', () => {
    if (on.isOpen()) on.cancel(); // closed some other way (a second Escape, dialog.close())
  });
  ackBox.addEventListener('change', () => {
    if (ackBox.checked) ackError.hidden = true;
  });
  parent.append(d);
  return { d, title, intro, list, confirmBox, confirmLabel, input, confirmError, ackLabel, ackBox, ackText, ackError, cancel, go };
}

function item(doc, severity, message, code, label) {
  const li = make(doc, 'li', `domainguard-item domainguard-${severity}`);
  if (code) li.dataset.code = code;
  li.append(make(doc, 'span', 'domainguard-severity', label), ': ', make(doc, 'span', 'domainguard-text', message));
  return li;
}

/**
 * Shows a click's result in the dialog `ui`: the findings, the typed count's prompt and error,
 * the acknowledgement, the buttons. `session` is the open dialog's state (kind, prompt, …).
 */
export function renderDialog(ui, session, result, locale) {
  // locale: a function, called only when the result has no case
  const doc = ui.d.ownerDocument;
  const { kind } = session;
  const t = CMS[normalizeLocale(result.case?.locale ?? locale())];
  const c = result.case ?? {};
  ui.d.dataset.state = result.state;
  ui.d.dataset.kind = kind;
  ui.title.textContent =
    kind === 'delete' ? t.titleDelete(c.node?.title ?? '') : t.titleUpdate(c.update?.name ?? '', c.update?.from_version ?? '', c.update?.to_version ?? '');
  ui.intro.textContent = t[result.state === 'ok' ? 'warnings' : result.state];
  const items = [];
  if (result.state === 'invalid') {
    for (const e of result.verdict?.errors ?? []) items.push(item(doc, 'error', e.message, e.code, t.error));
    if (!result.verdict) items.push(item(doc, 'error', t.loadFailed, null, t.error));
  } else {
    for (const f of result.verdict.findings) {
      if (atConfirmation(result.verdict, f)) continue; // shown at the input
      items.push(item(doc, f.severity, f.message, f.code, t[f.severity] ?? f.severity));
    }
  }
  ui.list.replaceChildren(...items);
  ui.list.hidden = items.length === 0;

  const asking = result.state === 'confirm' || (result.state === 'warnings' && session.countGiven);
  ui.confirmBox.hidden = !asking;
  if (result.state === 'confirm') {
    // Nothing typed yet: the finding is the rules' own request to type the count (the label);
    // a typed count it refuses: their answer (the error).
    const message = result.confirm.message;
    const typed = result.case?.confirmation !== undefined;
    if (!typed) {
      ui.confirmLabel.textContent = message;
      session.prompt = message;
    } else if (!session.prompt) ui.confirmLabel.textContent = message;
    if (typed) {
      ui.confirmError.textContent = message;
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
