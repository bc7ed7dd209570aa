// The submit gate: no submit while anything blocks or while warnings are not acknowledged. While
// the rules load (or, on a page with a lean module, the full one for the current values), a
// submit is held and replayed once the check allows it; when they cannot be loaded, the submit
// goes through (the server re-checks) unless `failClosed`.

import { isReady } from './core.js';
import { stateOf } from './render.js';

/** The capture-phase submit listener of guard `g`. */
export function submitGate(g) {
  let pendingSubmitter;

  function refuse(event, reason, result) {
    event.preventDefault();
    event.stopImmediatePropagation();
    g.form_.dispatchEvent(new g.view_.CustomEvent('domainguard:blocked', { detail: { reason, verdict: result }, bubbles: true }));
  }

  function focusFirstProblem() {
    const invalid = g.fields_.firstInvalid_();
    if (invalid) {
      invalid.focus?.();
      return;
    }
    g.summary_.status_.setAttribute('tabindex', '-1');
    g.summary_.status_.focus?.();
  }

  return function onSubmit(event) {
    if (g.detached_) return;
    const { form_: form } = g;
    // (A check of values that need the full module, on a page with a lean one, starts loading it.)
    const result = isReady() && !g.waiting_ ? g.runCheck_() : null;
    if (!isReady() || g.waiting_ || result === null) {
      if (g.loadError_ && !g.options_.failClosed) return; // the server re-checks; do not trap the user
      refuse(event, 'loading', null);
      if (!g.loadError_) {
        pendingSubmitter = event.submitter ?? null;
        (g.waiting_ ?? g.ready_).then(() => {
          const result = g.runCheck_(true);
          if (!g.detached_ && !g.waiting_ && stateOf(result) === 'ok') {
            const submitter = pendingSubmitter && pendingSubmitter.isConnected ? pendingSubmitter : undefined;
            pendingSubmitter = undefined;
            if (submitter) form.requestSubmit(submitter);
            else form.requestSubmit();
          }
        });
      }
      return;
    }
    const state = stateOf(result);
    if (state === 'blocked') {
      refuse(event, 'block', result);
      focusFirstProblem();
    } else if (state === 'warnings' && !g.summary_.ackBox_.checked) {
      refuse(event, 'unacknowledged', result);
      g.summary_.ackBox_.focus();
    }
    // allowed: the real submit goes through untouched
  };
}
