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
    if (!isReady()) {
      if (g.loadError_ && !g.options_.failClosed) return; // the server re-checks; do not trap the user
      refuse(event, 'loading', null);
      if (!g.loadError_) {
        pendingSubmitter = event.submitter ?? null;
        g.ready_.then(() => {
          const result = g.runCheck_(true);
          if (!g.detached_ && stateOf(result) === 'ok') {
            const submitter = pendingSubmitter && pendingSubmitter.isConnected ? pendingSubmitter : undefined;
            pendingSubmitter = undefined;
            if (submitter) form.requestSubmit(submitter);
            else form.requestSubmit();
          }
        });
      }
      return;
    }
    const result = g.runCheck_();
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
