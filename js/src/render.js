// Rendering a result into the page: the findings next to the fields they are about, and the
// summary (a live region with the verdict, its findings, the deadlines and the warnings'
// acknowledgement box). Text goes in through textContent only.

import { isElement, setHidden } from './dom.js';
import { claim, unclaim } from './aria.js';
import { formatDate } from './time.js';

const SEVERITIES = new Set(['block', 'warn', 'info']);

/** The findings of a verdict, or an input error result's errors as blocks. */
export function itemsOf(result) {
  if (result && Array.isArray(result.errors)) {
    return result.errors.map((e) => ({ ...e, severity: 'block' }));
  }
  // The rules order findings already: blocks, warnings, information, each in rule order.
  return result && Array.isArray(result.findings) ? result.findings : [];
}

/** `loading`, `blocked`, `warnings` or `ok`. */
export function stateOf(result) {
  if (!result) return 'loading';
  if (Array.isArray(result.errors)) return 'blocked';
  if (result.allowed === false || itemsOf(result).some((f) => f.severity === 'block')) return 'blocked';
  return itemsOf(result).some((f) => f.severity === 'warn') ? 'warnings' : 'ok';
}

/** One finding as an element: its severity's label, then its message. */
export function itemNode(g, tag, item) {
  const t = g.t_();
  const node = g.make_(tag, `domainguard-item domainguard-${SEVERITIES.has(item.severity) ? item.severity : 'info'}`);
  if (item.code) node.dataset.code = item.code;
  node.append(g.make_('span', 'domainguard-severity', item.label ?? t[item.severity] ?? t.info), ': ', g.make_('span', 'domainguard-text', String(item.message ?? item.code ?? '')));
  return node;
}

/** The summary box of a guard: `render(result)`, `loadFailed()`, `reset()`, `remove()`. */
export function summaryView(g) {
  const { make_: make } = g;
  const t = g.t_();
  const root = make('div', 'domainguard-summary');
  root.id = `${g.id_}-summary`;
  root.dataset.state = 'loading';
  const status = make('div', 'domainguard-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const title = make('p', 'domainguard-summary-title', t.loading);
  const findings = make('ul', 'domainguard-summary-list');
  setHidden(findings, true);
  status.append(title, findings);
  const deadlineBox = make('dl', 'domainguard-deadlines');
  setHidden(deadlineBox, true);
  const ackLabel = make('label', 'domainguard-ack');
  const ackBox = make('input', 'domainguard-ack-input');
  ackBox.type = 'checkbox'; // no name: never part of the submitted form data
  ackBox.id = `${g.id_}-ack`;
  const ackText = make('span', 'domainguard-ack-text', t.ack);
  ackLabel.append(ackBox, ' ', ackText);
  setHidden(ackLabel, true);
  root.append(status, deadlineBox, ackLabel);
  let key = '';
  let ackSignature = null;

  function place() {
    let host = g.options_.summary;
    if (typeof host === 'string') host = g.doc_.querySelector(host);
    if (isElement(host)) {
      host.append(root);
      return;
    }
    const submit = g.form_.querySelector('button[type=submit], button:not([type]), input[type=submit], input[type=image]');
    if (submit) submit.before(root);
    else g.form_.append(root);
  }
  place();

  function render(result, state, items) {
    root.dataset.state = state;
    const strings = g.t_();
    const locale = g.locale_();
    // The verdict lists the deadlines in display order, each with its label.
    const list = result && !result.errors && Array.isArray(result.deadline_list) ? result.deadline_list : [];
    const shown = g.options_.deadlines === false ? [] : list;
    const next = JSON.stringify([locale, state, items.map((i) => [i.severity, i.code, i.message]), shown]);
    if (next !== key) {
      key = next;
      title.textContent = strings[state]; // each state (stateOf) is also the key of its text
      findings.replaceChildren(...items.map((i) => itemNode(g, 'li', i)));
      setHidden(findings, items.length === 0);
      const rows = [];
      for (const d of shown) {
        const dt = make('dt', 'domainguard-deadline-label', d.label);
        const dd = make('dd', 'domainguard-deadline');
        dd.dataset.deadline = d.key;
        const time = make('time', '', formatDate(d.date, locale));
        time.dateTime = d.date;
        dd.append(time);
        rows.push(dt, dd);
      }
      deadlineBox.replaceChildren(...rows);
      setHidden(deadlineBox, rows.length === 0);
      deadlineBox.setAttribute('aria-label', strings.deadlines);
      ackText.textContent = strings.ack;
    }
    // The acknowledgement belongs to one set of warnings; new or changed warnings reset it.
    if (state === 'warnings') {
      const signature = JSON.stringify(items.filter((i) => i.severity === 'warn').map((i) => [i.code, i.field, i.message]));
      if (signature !== ackSignature) {
        ackBox.checked = false;
        ackSignature = signature;
      }
      setHidden(ackLabel, false);
    } else {
      ackBox.checked = false;
      ackSignature = null;
      setHidden(ackLabel, true);
    }
  }

  return {
    root_: root,
    status_: status,
    ackBox_: ackBox,
    place_: place,
    render_: render,
    loadFailed_() {
      root.dataset.state = g.options_.failClosed ? 'blocked' : 'failed';
      title.textContent = g.options_.failClosed ? g.t_().failedClosed : g.t_().failed;
      key = '';
    },
    /**
     * Shows the loading text (options changed before the rules are there, or the full module
     * loads for the current values): no findings, deadlines or acknowledgement meanwhile.
     */
    loading_() {
      root.dataset.state = 'loading';
      title.textContent = g.t_().loading;
      setHidden(findings, true);
      setHidden(deadlineBox, true);
      ackBox.checked = false;
      ackSignature = null;
      setHidden(ackLabel, true);
      key = '';
    },
    /** Renders the next result afresh (e.g. the locale changed). */
    reset_() {
      key = '';
    },
  };
}

/**
 * The messages next to the fields: `render(items)` puts each finding at the control the
 * verdict names (`control`: the mapped case path, see values.js), marks blocked controls
 * aria-invalid; `reset()`, `remove()`.
 */
export function fieldMessages(g, controlOf) {
  const messages = new Map(); // case path -> { box_, key_, elements_ }
  let count = 0;

  function anchorOf(elements) {
    const lastEl = elements[elements.length - 1];
    const ai = g.authinfo_;
    if (ai && lastEl === ai.input_) return ai.status_;
    const label = lastEl.parentElement?.tagName === 'LABEL' ? lastEl.parentElement : null;
    if (label) return label;
    const next = lastEl.nextElementSibling;
    if ((lastEl.type === 'checkbox' || lastEl.type === 'radio') && next?.tagName === 'LABEL' && next.htmlFor === lastEl.id) return next;
    return lastEl;
  }

  function render(items) {
    const byPath = new Map();
    for (const item of items) {
      if (g.authinfo_ && item.code === 'AUTHINFO_INVALID') continue; // shown by the AuthInfo field itself
      const path = controlOf(item);
      if (!path) continue;
      if (!byPath.has(path)) byPath.set(path, []);
      byPath.get(path).push(item);
    }
    for (const [path, entry] of [...messages]) {
      if (!byPath.has(path)) {
        entry.box_.remove();
        for (const el of entry.elements_) unclaim(el, `${g.id_}|${path}`);
        messages.delete(path);
      }
    }
    for (const [path, pathItems] of byPath) {
      const elements = g.resolve_(g.mapping_()[path]);
      const key = JSON.stringify([g.locale_(), pathItems.map((i) => [i.severity, i.code, i.message])]);
      let entry = messages.get(path);
      if (!entry) {
        const box = g.make_('div', 'domainguard-message');
        box.id = `${g.id_}-msg-${++count}`;
        box.dataset.domainguardFor = path;
        if (g.form_.id) box.dataset.domainguardForm = g.form_.id;
        entry = { box_: box, key_: '', elements_: [] };
        messages.set(path, entry);
      }
      for (const el of entry.elements_) if (!elements.includes(el)) unclaim(el, `${g.id_}|${path}`);
      entry.elements_ = elements;
      if (entry.key_ !== key) {
        entry.box_.replaceChildren(...pathItems.map((i) => itemNode(g, 'div', i)));
        entry.key_ = key;
      }
      // right after the field (after other guards' messages for the same field, if any)
      let spot = anchorOf(elements);
      while (spot.nextElementSibling !== entry.box_ && spot.nextElementSibling?.classList.contains('domainguard-message')) {
        spot = spot.nextElementSibling;
      }
      if (spot.nextElementSibling !== entry.box_) spot.after(entry.box_);
      const blocking = pathItems.some((i) => i.severity === 'block');
      for (const el of elements) claim(el, `${g.id_}|${path}`, entry.box_.id, blocking);
    }
  }

  return {
    render_: render,
    /** The first control (in document order) marked invalid, if any. */
    firstInvalid_() {
      const invalid = [...messages.values()]
        .map((entry) => entry.elements_[0])
        .filter((el) => el && el.getAttribute('aria-invalid') === 'true')
        .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      return invalid[0] ?? null;
    },
    reset_() {
      for (const entry of messages.values()) entry.key_ = '';
    },
    remove_() {
      for (const [path, entry] of messages) {
        entry.box_.remove();
        for (const el of entry.elements_) unclaim(el, `${g.id_}|${path}`);
      }
      messages.clear();
    },
  };
}
