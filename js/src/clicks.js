// guardClicks(): intercepts clicks on CMS delete and update buttons (capture phase), checks the
// click's case (cms-case.js) and, when anything blocks or needs a confirmation, opens the
// dialog (cms-dialog.js). The original action runs only when the re-check allows it.

import { init, isReady, check } from '../domainguard.js';
import { isElement } from './dom.js';
import { caseOf, localeFor } from './cms-case.js';
import { buildDialog, renderDialog, styles, atConfirmation } from './cms-dialog.js';

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
  const styled = opts.styles === false ? false : styles.use(doc);
  let released = false;
  let loadError = null;
  let dialog = null;
  let session = null; // the open dialog's state

  if (opts.preload !== false) {
    init(opts.wasm).catch((err) => {
      loadError = err;
    });
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
    // The verdict names the typed confirmation it asks for and the finding that answers.
    const confirm = blocks.find((f) => atConfirmation(verdict, f)) ?? null;
    const others = blocks.filter((f) => !atConfirmation(verdict, f));
    const ack = findings.filter((f) => f.severity === 'warn' && f.code !== verdict.confirmation?.finding);
    if (others.length) return { state: 'blocked', ack, confirm };
    if (confirm) return { state: 'confirm', ack, confirm };
    if (ack.length) return { state: 'warnings', ack, confirm: null };
    return { state: 'ok', ack, confirm: null };
  }

  /** The case of a click and its verdict (or the form layer's input errors, without a case). */
  function checked(button, kind, confirmation) {
    const built = caseOf(opts, button, kind, confirmation);
    return { case: built.case ?? null, verdict: built.case ? check(built.case) : { errors: built.errors } };
  }

  function evaluate(button, kind, confirmation) {
    const result = checked(button, kind, confirmation);
    emit(button, 'domainguard:verdict', result.verdict);
    return { ...result, ...classify(result.verdict) };
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

  function render(result) {
    renderDialog(dialog, session, result, () => localeFor(opts, session.button));
  }

  function openDialog(button, kind, result) {
    if (!dialog) {
      dialog = buildDialog(doc, id, opts.dialogParent ?? doc.body, {
        proceed: onProceed,
        cancel: () => closeDialog('cancelled'),
        isOpen: () => !!session,
      });
    }
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
    let loading = null;
    if (isReady()) {
      try {
        decide(button, kind, event);
        return;
      } catch (err) {
        // A page that loaded a lean domain module (init({locale})): the CMS actions come with
        // the full module, which is loading now.
        if (err?.code !== 'NEEDS_FULL_MODULE') throw err;
        loading = err.ready;
      }
    }
    // Not loaded yet: hold the click, decide once the rules are there.
    stop(event);
    emit(button, 'domainguard:blocked', { reason: 'loading', verdict: null, case: null });
    (loading ?? init(opts.wasm)).then(
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
    /**
     * The case a click on `button` would check (with an optional typed confirmation); null
     * when it is not guarded or its attributes cannot be read. Requires the rules to be loaded.
     */
    caseFor(button, confirmation) {
      const kind = kindOf(button);
      return kind ? caseOf(opts, button, kind, confirmation).case ?? null : null;
    },
    /** Checks the case of `button` now (no dialog); requires the rules to be loaded. */
    check(button, confirmation) {
      const kind = kindOf(button);
      return kind ? checked(button, kind, confirmation).verdict : null;
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
      if (styled) styles.release(doc);
    },
  };
}

