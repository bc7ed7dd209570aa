// The AuthInfo field: masked, with a reveal toggle and an optional generate button; checked as
// typed. While anything but the code itself blocks, nothing goes in or out: no paste or drop,
// no copy or cut, no reveal, no generate (and no submit, as always). The code is never put into
// any text, attribute, event or log: only the field's value holds it.

import { checkAuthinfo, generateAuthinfo, isReady } from './core.js';
import { claim, unclaim } from './aria.js';
import { itemNode } from './render.js';
import { AUTHINFO } from './values.js';

/** Guards the AuthInfo input of `g` (null when the options name none). */
export function authinfoField(g) {
  const a = g.options_.authinfo;
  const input = a && g.resolve_(a.field ?? g.mapping_()[AUTHINFO])[0];
  if (!input) return null;
  const { make_: make } = g;
  const button = (className) => {
    const b = make('button', className);
    b.type = 'button';
    return b;
  };
  const original = { type: input.getAttribute('type'), autocomplete: input.getAttribute('autocomplete') };
  const reveal = button('domainguard-reveal');
  const gen = a.generate ? button('domainguard-generate') : null;
  const status = make('div', 'domainguard-authinfo');
  let attempt = '';
  let key = '';
  let locked = true;
  const tld = () => a.tld || g.last_?.case_?.domain?.name || '';

  input.type = 'password';
  input.setAttribute('autocomplete', 'off'); // no browser keeps or offers the code
  reveal.setAttribute('aria-pressed', 'false');
  if (input.id) reveal.setAttribute('aria-controls', input.id);
  status.id = `${g.id_}-msg-0`; // the field messages count from 1
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  input.after(...[reveal, gen, status].filter(Boolean));

  function update() {
    const strings = g.t_();
    const result = g.last_ && g.last_.result_;
    // The verdict says whether the code is held back; without one (loading, input errors) it is.
    locked = !result || !!result.errors || result.authinfo_held_back === true;
    if (!locked) attempt = '';
    if (locked && input.type !== 'password') {
      input.type = 'password';
      reveal.setAttribute('aria-pressed', 'false');
    }
    reveal.disabled = locked;
    reveal.textContent = strings.show;
    if (gen) {
      gen.disabled = locked;
      gen.textContent = strings.generate;
    }
    const items = locked ? [{ severity: 'block', code: 'AUTHINFO_LOCKED', label: strings[attempt] ?? strings.locked, message: strings.held }] : [];
    if (isReady() && input.value.trim()) {
      const r = checkAuthinfo(tld(), input.value, g.locale_());
      items.push(r.valid ? { severity: 'info', code: 'AUTHINFO_VALID', message: strings.valid } : { severity: 'block', code: 'AUTHINFO_INVALID', label: strings.invalid, message: r.message });
    }
    const next = JSON.stringify(items);
    if (next !== key) {
      key = next;
      status.replaceChildren(...items.map((i) => itemNode(g, 'div', i)));
    }
    if (items.length) claim(input, `${g.id_}|ai`, status.id, items.some((i) => i.code === 'AUTHINFO_INVALID'));
    else unclaim(input, `${g.id_}|ai`);
  }

  const stop = (what) => (event) => {
    g.settle_(); // decide on the form as it is now
    if (!locked) return;
    event.preventDefault();
    attempt = what;
    update();
  };
  g.on_(input, 'paste', stop('paste'));
  g.on_(input, 'drop', stop('paste'));
  g.on_(input, 'copy', stop('copy'));
  g.on_(input, 'cut', stop('copy'));
  g.on_(input, 'input', update);
  g.on_(reveal, 'click', () => {
    if (locked) return;
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    reveal.setAttribute('aria-pressed', String(show));
    g.form_.dispatchEvent(new g.view_.CustomEvent('domainguard:reveal', { detail: { revealed: show }, bubbles: true }));
  });
  if (gen) {
    g.on_(gen, 'click', () => {
      if (locked) return;
      const r = generateAuthinfo(tld());
      if (!r.code) return;
      input.value = r.code;
      for (const type of ['input', 'change']) input.dispatchEvent(new g.view_.Event(type, { bubbles: true }));
    });
  }
  update();

  return {
    input_: input,
    status_: status,
    update_: update,
    /** Whether the operator has revealed the code and nothing holds it back. */
    get revealed_() {
      return !locked && input.type === 'text';
    },
    remove_() {
      unclaim(input, `${g.id_}|ai`);
      reveal.remove();
      gen?.remove();
      status.remove();
      if (original.type === null) input.removeAttribute('type');
      else input.setAttribute('type', original.type);
      if (original.autocomplete === null) input.removeAttribute('autocomplete');
      else input.setAttribute('autocomplete', original.autocomplete);
    },
  };
}
