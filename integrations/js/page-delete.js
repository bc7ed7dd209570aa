// domainguard in TYPO3's own page delete confirmation (R-R1). Loaded in every backend
// document (ext_localconf.php: PageRenderer render-preProcess hook) through the import map
// (Configuration/JavaScriptModules.php maps @domainguard/domainguard/).
//
// When TYPO3 opens its delete confirmation for a page (context menu of the page tree or the
// list module: ContextMenuActions.deleteRecord; the list module's delete button: a
// .t3js-modal-trigger with data-params `cmd[pages][UID][delete]=1` and data-uri, the tce_db URL
// the modal's OK button opens), this module asks the server what the delete
// means (AJAX route domainguard_page_delete: the same guard the DataHandler runs) and writes it
// into the modal's body: a page without subpages goes to the Recycler (an info); a page with
// subpages needs their number typed into a field added to the modal. The typed number (and,
// when the server has no backup source and asks for it, a declared backup time) is sent with
// the DataHandler command itself: `cmd[pages][UID][delete][tx_domainguard][confirmation]=N`
// (AjaxDataHandler.process() for the context menu; the trigger's data-uri for the list module).
// The server decides again when the command arrives; without the number a tree is refused.
//
// Mirrors TYPO3 v13.4.34 EXT:backend context-menu-actions.js (static deleteRecord: Modal.confirm,
// then AjaxDataHandler.process("cmd[TABLE][UID][delete]=1", meta) on the button named "delete"),
// ajax-data-handler.js (process(params, meta), a query string or an object) and modal.js
// (Modal.confirm() returns the <typo3-backend-modal>, rendered in light DOM, Modal.currentModal;
// initializeMarkupTrigger(): a click on .t3js-modal-trigger opens a modal whose OK button sets
// location.href to the trigger's data-uri, read when OK is clicked).
// Every text from the server goes into the page with textContent, never as HTML.

import Modal from '@typo3/backend/modal.js';
import AjaxDataHandler from '@typo3/backend/ajax-data-handler.js';
import ContextMenuActions from '@typo3/backend/context-menu-actions.js';

const ROUTE = 'domainguard_page_delete';
const BOX_CLASS = 'domainguard-page-delete';
const RECHECK_MS = 250;
const MAX_TYPED = 64;

/** page uid => the fields added to its open confirmation */
const open = new Map();

function previewUrl(uid, confirmation, backup) {
  const base = globalThis.TYPO3?.settings?.ajaxUrls?.[ROUTE];
  if (!base) return null;
  const url = new URL(base, document.baseURI);
  url.searchParams.set('uid', String(uid));
  if (confirmation) url.searchParams.set('confirmation', confirmation.slice(0, MAX_TYPED));
  if (backup) url.searchParams.set('backup_declared', backup.slice(0, MAX_TYPED));
  return url.toString();
}

async function preview(uid, confirmation = '', backup = '') {
  const url = previewUrl(uid, confirmation, backup);
  if (!url) return null;
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return null;
  return response.json();
}

function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The findings the server gave, as a list (blocks, warnings, infos), replacing earlier ones. */
function renderFindings(box, answer) {
  const list = box.querySelector('.domainguard-findings');
  list.replaceChildren();
  const items = answer?.failure ? [{ severity: 'block', code: 'CHECK_FAILED', message: answer.failure }] : answer?.findings ?? [];
  for (const item of items) {
    const li = el('li', { className: `domainguard-${item.severity}` }, item.message);
    li.dataset.code = item.code;
    li.dataset.severity = item.severity;
    list.append(li);
  }
  box.dataset.allowed = answer?.allowed ? 'true' : 'false';
}

/** The list module's tce_db URL with the editor's declarations as the delete command's value. */
export function uriWithDeclarations(uri, uid, confirmation, backup) {
  const url = new URL(uri, document.baseURI);
  const plain = `cmd[pages][${uid}][delete]`;
  const key = `${plain}[tx_domainguard]`;
  url.searchParams.delete(`${key}[confirmation]`);
  url.searchParams.delete(`${key}[backup_declared]`);
  if (confirmation || backup) url.searchParams.delete(plain);
  else if (!url.searchParams.has(plain)) url.searchParams.set(plain, '1');
  if (confirmation) url.searchParams.set(`${key}[confirmation]`, confirmation.slice(0, MAX_TYPED));
  if (backup) url.searchParams.set(`${key}[backup_declared]`, backup.slice(0, MAX_TYPED));
  return url.pathname + url.search + url.hash;
}

function decorate(modal, uid, trigger = null) {
  if (!modal || open.has(uid)) return;
  const body = modal.querySelector('.modal-body') ?? modal;
  const box = el('div', { className: BOX_CLASS });
  box.dataset.uid = String(uid);
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.append(el('ul', { className: 'domainguard-findings list-unstyled mt-3 mb-0' }));
  body.append(box);
  const state = { box, confirmation: null, backup: null };
  open.set(uid, state);
  modal.addEventListener('typo3-modal-hidden', () => open.delete(uid), { once: true });

  const originalUri = trigger?.dataset.uri ?? null;
  let timer = 0;
  const recheck = () => {
    if (trigger && originalUri) {
      // TYPO3 reads data-uri when OK is clicked: keep it in step with what was typed
      trigger.dataset.uri = uriWithDeclarations(originalUri, uid, state.confirmation?.value.trim() ?? '', state.backup?.value ?? '');
    }
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const answer = await preview(uid, state.confirmation?.value ?? '', state.backup?.value ?? '').catch(() => null);
      renderFindings(box, answer);
    }, RECHECK_MS);
  };

  preview(uid)
    .then((answer) => {
      if (!answer) return;
      renderFindings(box, answer);
      if (answer.needsConfirmation) {
        const id = `domainguard-confirmation-${uid}`;
        const label = el('label', { className: 'form-label mt-3', htmlFor: id }, (answer.labels?.confirmation ?? '').replace('{count}', String(answer.descendants)));
        const input = el('input', { className: 'form-control', type: 'text', id, name: 'tx_domainguard_confirmation', inputMode: 'numeric', autocomplete: 'off', maxLength: MAX_TYPED });
        input.addEventListener('input', recheck);
        box.prepend(label, input);
        state.confirmation = input;
        input.focus();
      }
      if (answer.backupUnknown) {
        const id = `domainguard-backup-${uid}`;
        const label = el('label', { className: 'form-label mt-3', htmlFor: id }, answer.labels?.backup ?? '');
        const input = el('input', { className: 'form-control', type: 'datetime-local', id, name: 'tx_domainguard_backup' });
        input.addEventListener('input', recheck);
        box.append(label, input);
        state.backup = input;
      }
    })
    .catch((err) => console.error('domainguard: could not check the page delete', err));
}

/** `cmd[pages][12][delete]=1` (or the object form) => 12, else null. */
export function pageDeleteUid(params) {
  if (typeof params === 'string') {
    const m = /(?:^|&)cmd(?:\[|%5B)pages(?:\]|%5D)(?:\[|%5B)(\d+)(?:\]|%5D)(?:\[|%5B)delete(?:\]|%5D)=1(?:&|$)/i.exec(params);
    return m ? Number(m[1]) : null;
  }
  const pages = params?.cmd?.pages;
  if (pages && typeof pages === 'object') {
    for (const [uid, command] of Object.entries(pages)) {
      if (command && typeof command === 'object' && 'delete' in command && /^\d+$/.test(uid)) return Number(uid);
    }
  }
  return null;
}

/** The same command with the editor's declarations as the delete command's value. */
export function withDeclarations(params, uid, confirmation, backup) {
  const value = {};
  if (confirmation) value.confirmation = confirmation.slice(0, MAX_TYPED);
  if (backup) value.backup_declared = backup.slice(0, MAX_TYPED);
  if (!Object.keys(value).length) return params;
  if (typeof params === 'string') {
    const key = `cmd[pages][${uid}][delete][tx_domainguard]`;
    const extra = Object.entries(value).map(([k, v]) => `${key}[${k}]=${encodeURIComponent(v)}`).join('&');
    return params.replace(/(^|&)cmd(?:\[|%5B)pages(?:\]|%5D)(?:\[|%5B)\d+(?:\]|%5D)(?:\[|%5B)delete(?:\]|%5D)=1(?=&|$)/i, `$1${extra}`);
  }
  const copy = structuredClone(params);
  copy.cmd.pages[uid].delete = { tx_domainguard: value };
  return copy;
}

// --- hooks into TYPO3's own delete ------------------------------------------------------------

function install() {
  if (globalThis.__domainguardPageDelete) return;
  globalThis.__domainguardPageDelete = true;

  // the context menu (page tree, list module): TYPO3 opens its modal, then we fill it
  const originalDelete = ContextMenuActions.deleteRecord;
  ContextMenuActions.deleteRecord = function deleteRecord(table, uid, dataset) {
    const result = originalDelete.apply(this, arguments);
    if (table === 'pages') decorate(Modal.currentModal, Number(uid));
    return result;
  };

  // the list module's delete buttons (.t3js-modal-trigger, data-params="cmd[pages][UID][delete]=1"):
  // TYPO3 opens the modal in its own click handler, after this capturing one
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('.t3js-modal-trigger[data-params]') : null;
      const uid = button ? pageDeleteUid(button.dataset.params ?? '') : null;
      if (uid !== null) {
        open.delete(uid);
        setTimeout(() => decorate(Modal.currentModal, uid, button), 0);
      }
    },
    true,
  );

  // the command: send what the editor typed with it
  const originalProcess = AjaxDataHandler.process;
  AjaxDataHandler.process = function process(params, meta) {
    const uid = pageDeleteUid(params);
    const state = uid !== null ? open.get(uid) : undefined;
    if (state) {
      params = withDeclarations(params, uid, state.confirmation?.value.trim() ?? '', state.backup?.value ?? '');
      open.delete(uid);
    }
    return originalProcess.call(this, params, meta);
  };
}

install();
