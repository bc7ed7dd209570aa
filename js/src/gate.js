// The submit gate: no submit while anything blocks or while warnings are not acknowledged. While
// the rules load, a submit is held and replayed once the check allows it; when they cannot be
// loaded, the submit goes through (the server re-checks) unless `failClosed`.

import { isReady } from './core.js';
import { stateOf } from './render.js';

/** The capture-phase submit listener of guard `g`. */
export function submitGate(g) {
  let pendingSubmitter;

  function refuse(event, reason, result) {
    event.preventDefault();
    event.stopImmediatePropagation();
    g.form.dispatchEvent(new g.view.CustomEvent('domainguard:blocked', { detail: { reason, verdict: result }, bubbles: true }));
  }

  function focusFirstProblem() {
    const invalid = g.fields.firstInvalid();
    if (invalid) {
      invalid.focus?.();
      return;
    }
    g.summary.status.setAttribute('tabindex', '-1');
    g.summary.status.focus?.();
  }

  return function onSubmit(event) {
    if (g.detached) return;
    const { form } = g;
    if (!isReady()) {
      if (g.loadError && !g.options.failClosed) return; // the server re-checks; do not trap the user
      refuse(event, 'loading', null);
      if (!g.loadError) {
        pendingSubmitter = event.submitter ?? null;
        g.ready.then(() => {
          const result = g.runCheck(true);
          if (!g.detached && stateOf(result) === 'ok') {
            const submitter = pendingSubmitter && pendingSubmitter.isConnected ? pendingSubmitter : undefined;
            pendingSubmitter = undefined;
            if (submitter) form.requestSubmit(submitter);
            else form.requestSubmit();
          }
        });
      }
      return;
    }
    const result = g.runCheck();
    const state = stateOf(result);
    if (state === 'blocked') {
      refuse(event, 'block', result);
      focusFirstProblem();
    } else if (state === 'warnings' && !g.summary.ackBox.checked) {
      refuse(event, 'unacknowledged', result);
      g.summary.ackBox.focus();
    }
    // allowed: the real submit goes through untouched
  };
}
