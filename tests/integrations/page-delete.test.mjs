// TYPO3's own page delete confirmation, with the extension's backend module
// (Resources/Public/JavaScript/page-delete.js, from the built package) in headless Chromium.
//
// The page reproduces what TYPO3 v13.4.34's backend gives the module: an import map with
// @typo3/backend/modal.js, context-menu-actions.js and ajax-data-handler.js (stand-ins in
// fixtures/typo3-backend/ that follow the originals' contracts) and @domainguard/domainguard/,
// TYPO3.settings.ajaxUrls, and a page tree whose "delete" calls
// ContextMenuActions.deleteRecord('pages', UID, dataset) as the context menu does. The AJAX
// routes run the extension's PHP against the real domainguard program
// (typo3-page-delete.php: the AJAX controller; the DataHandler stand-in with the hook).
//
// A fresh install (no backup source): a leaf page goes to the Recycler with an info; a tree
// asks for its page count in the modal, is refused without it, and deleted with it.
//
// Needs: bash scripts/build-integrations.sh, cargo build --release, php-cli, chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, listen, root, newPage } from '../browser/helpers.mjs';

const EXT_JS = `${root}integrations/typo3/Resources/Public/JavaScript/`;
const BIN = process.env.DOMAINGUARD_BIN ?? `${root}target/release/domainguard`;
const FIXTURES = `${root}tests/integrations/fixtures/typo3-backend/`;

const PAGE = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>TYPO3 – Seitenbaum (test fixture)</title>
<script type="importmap">${JSON.stringify({
  imports: {
    '@typo3/backend/modal.js': '/typo3/sysext/backend/Resources/Public/JavaScript/modal.js',
    '@typo3/backend/context-menu-actions.js': '/typo3/sysext/backend/Resources/Public/JavaScript/context-menu-actions.js',
    '@typo3/backend/ajax-data-handler.js': '/typo3/sysext/backend/Resources/Public/JavaScript/ajax-data-handler.js',
    '@domainguard/domainguard/': '/typo3conf/ext/domainguard/Resources/Public/JavaScript/',
  },
})}</script>
<script>TYPO3 = { settings: { ajaxUrls: { record_process: '/typo3/ajax/record/process?token=t1', domainguard_page_delete: '/typo3/ajax/domainguard/page-delete?token=t2' } } };</script>
<script type="module">
  import '@domainguard/domainguard/page-delete.js';
  import ContextMenuActions from '@typo3/backend/context-menu-actions.js';
  // the context menu calls its callback module's action with table, uid and the item's dataset
  document.addEventListener('click', (event) => {
    const item = event.target.closest('[data-callback-action="deleteRecord"]');
    if (item) ContextMenuActions.deleteRecord('pages', item.dataset.uid, { title: 'Seite löschen', message: 'Soll die Seite „' + item.dataset.pageTitle + '“ gelöscht werden?' });
  });
  window.__ready = true;
</script>
</head><body>
<div id="alert-container"></div>
<!-- the list module's delete button (TYPO3 v13.4.34 DatabaseRecordList: a .t3js-modal-trigger whose OK opens data-uri, the tce_db route) -->
<button type="button" id="list-delete-14" class="btn btn-default t3js-modal-trigger" data-severity="warning" data-button-ok-text="Löschen" data-button-close-text="Abbrechen"
  data-params="cmd[pages][14][delete]=1" data-bs-content="Soll „Kontakt“ gelöscht werden?"
  data-uri="/typo3/record/commit?token=t3&amp;cmd%5Bpages%5D%5B14%5D%5Bdelete%5D=1&amp;redirect=%2Ftypo3%2Fmodule%2Fweb%2Flayout">Löschen</button>
<ul id="pagetree">
  <li>Shop <button type="button" data-callback-action="deleteRecord" data-uid="10" data-page-title="Shop">Löschen</button></li>
  <li>Blog <button type="button" data-callback-action="deleteRecord" data-uid="20" data-page-title="Blog">Löschen</button></li>
</ul>
</body></html>`;

function php(state, command, query = '') {
  return execFileSync('php', [`${root}tests/integrations/typo3-page-delete.php`, state, command, query], {
    encoding: 'utf8',
    env: { ...process.env, DOMAINGUARD_BIN: BIN },
  });
}

function startServer(state) {
  const requests = [];
  const listening = listen((req, res, url) => {
    if (url.pathname === '/typo3/module/web/layout') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PAGE);
      return;
    }
    if (url.pathname === '/typo3/record/commit') {
      // tce_db (SimpleDataHandlerController::mainAction): the command from the query, then back to `redirect`
      const params = new URLSearchParams(url.search);
      const redirect = params.get('redirect');
      params.delete('token');
      params.delete('redirect');
      const query = params.toString();
      requests.push({ path: url.pathname, query: decodeURIComponent(query) });
      php(state, 'process', query);
      res.writeHead(303, { location: redirect });
      res.end();
      return;
    }
    if (url.pathname === '/typo3/ajax/domainguard/page-delete' || url.pathname === '/typo3/ajax/record/process') {
      const query = url.search.slice(1).replace(/^token=[^&]*&?/, '');
      requests.push({ path: url.pathname, query: decodeURIComponent(query) });
      const out = php(state, url.pathname.endsWith('process') ? 'process' : 'preview', query);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(out);
      return;
    }
    let file = null;
    if (url.pathname.startsWith('/typo3/sysext/backend/Resources/Public/JavaScript/')) {
      file = FIXTURES + url.pathname.split('/').pop();
    } else if (url.pathname.startsWith('/typo3conf/ext/domainguard/Resources/Public/JavaScript/')) {
      file = EXT_JS + url.pathname.split('/').pop();
    }
    if (file && /^[a-z0-9_.-]+\.js$/i.test(file.split('/').pop()) && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return listening.then(({ origin, close }) => ({ origin, requests, close }));
}

let browser;
let server;
let dir;
let state;

before(async () => {
  assert.ok(existsSync(`${EXT_JS}page-delete.js`), `${EXT_JS}page-delete.js is missing: run \`bash scripts/build-integrations.sh\``);
  assert.ok(
    readFileSync(`${EXT_JS}page-delete.js`).equals(readFileSync(`${root}integrations/js/page-delete.js`)),
    'the built page-delete.js differs from integrations/js/page-delete.js: run `bash scripts/build-integrations.sh`',
  );
  assert.ok(existsSync(BIN), `${BIN} is missing: run \`cargo build --release\``);
  dir = mkdtempSync(join(tmpdir(), 'dg-page-delete-'));
  state = join(dir, 'pages.json');
  server = await startServer(state);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pages() {
  return JSON.parse(readFileSync(state, 'utf8'));
}

async function openTree() {
  php(state, 'init');
  const { page, problems } = await newPage(browser);
  await page.goto(`${server.origin}/typo3/module/web/layout`);
  await page.waitForFunction(() => window.__ready === true);
  return { page, problems };
}

const MODAL = 'typo3-backend-modal';
const BOX = `${MODAL} .modal-body .domainguard-page-delete`;

test('a leaf page: TYPO3\'s modal says it goes to the Recycler, and it is deleted', async () => {
  const { page, problems } = await openTree();
  await page.click('[data-uid="20"]');
  await page.waitForSelector(`${BOX} li[data-code="DELETE_UNDOABLE"]`);
  assert.equal(await page.locator(`${BOX} input`).count(), 0, 'no count to type for a leaf page');
  assert.equal(await page.locator(`${BOX} li[data-severity="block"]`).count(), 0);
  const info = await page.textContent(`${BOX} li[data-code="DELETE_UNDOABLE"]`);
  assert.match(info, /Papierkorb/);
  await page.click(`${MODAL} button[name="delete"]`);
  await page.waitForFunction(() => !document.querySelector('typo3-backend-modal'));
  await waitFor(() => pages()['20']?.deleted === 1);
  assert.equal(pages()['20'].deleted, 1, 'Blog is in the Recycler');
  assert.equal(await page.locator('.typo3-notification').count(), 0);
  assert.deepEqual(problems.errors, []);
  await page.context().close();
});

test('a tree: the count is asked in TYPO3\'s modal; without it the server refuses, with it the tree is deleted', async () => {
  const { page, problems } = await openTree();

  // without typing: refused by the server, the page stays
  await page.click('[data-uid="10"]');
  const input = `${BOX} input[name="tx_domainguard_confirmation"]`;
  await page.waitForSelector(input);
  assert.equal(
    await page.textContent(`${BOX} label[for="domainguard-confirmation-10"]`),
    'Unterseiten, die mit gelöscht werden: 5. Zur Bestätigung ihre Anzahl eintippen:',
  );
  await page.waitForSelector(`${BOX} li[data-code="DELETE_CONFIRMATION_MISSING"]`);
  await page.click(`${MODAL} button[name="delete"]`);
  await page.waitForSelector('.typo3-notification');
  assert.match(await page.textContent('.typo3-notification'), /^domainguard: Die Seite „Shop“ wurde nicht gelöscht \(Unterseiten: 5\)\./);
  assert.equal(pages()['10'].deleted, 0);
  assert.equal(server.requests.at(-1).query, 'cmd[pages][10][delete]=1');

  // a wrong count: the modal's findings are replaced by the server's new answer
  await page.click('[data-uid="10"]');
  await page.waitForSelector(input);
  await page.fill(input, '4');
  await page.waitForSelector(`${BOX} li[data-code="DELETE_CONFIRMATION_WRONG"]`);
  assert.equal(await page.locator(`${BOX} li[data-code="DELETE_CONFIRMATION_MISSING"]`).count(), 0);

  // the right count: the block is gone, the delete goes through with the count in the command
  await page.fill(input, '5');
  await page.waitForFunction((box) => {
    const b = document.querySelector(box);
    return b && b.dataset.allowed === 'true';
  }, BOX);
  await page.click(`${MODAL} button[name="delete"]`);
  await waitFor(() => pages()['10']?.deleted === 1);
  assert.equal(server.requests.filter((r) => r.path.endsWith('process')).at(-1).query, 'cmd[pages][10][delete][tx_domainguard][confirmation]=5');
  for (const uid of ['10', '11', '12', '13', '14', '15']) assert.equal(pages()[uid].deleted, 1, `page ${uid} in the Recycler`);
  assert.equal(pages()['20'].deleted, 0);
  assert.deepEqual(problems.errors, []);
  await page.context().close();
});

test('the list module: the count typed into TYPO3\'s modal travels in the tce_db link; without it the page stays', async () => {
  const { page, problems } = await openTree();
  const input = `${BOX} input[name="tx_domainguard_confirmation"]`;
  const commits = () => server.requests.filter((r) => r.path === '/typo3/record/commit');

  await page.click('#list-delete-14');
  await page.waitForSelector(input);
  assert.equal(await page.textContent(`${BOX} label`), 'Unterseiten, die mit gelöscht werden: 1. Zur Bestätigung ihre Anzahl eintippen:');
  await Promise.all([page.waitForNavigation(), page.click(`${MODAL} .modal-footer button.btn-warning`)]);
  await page.waitForFunction(() => window.__ready === true);
  assert.equal(commits().at(-1).query, 'cmd[pages][14][delete]=1');
  assert.equal(pages()['14'].deleted, 0, 'refused without the count');

  await page.click('#list-delete-14');
  await page.waitForSelector(input);
  await page.fill(input, '1');
  await page.waitForFunction((box) => document.querySelector(box)?.dataset.allowed === 'true', BOX);
  await Promise.all([page.waitForNavigation(), page.click(`${MODAL} .modal-footer button.btn-warning`)]);
  assert.equal(commits().at(-1).query, 'cmd[pages][14][delete][tx_domainguard][confirmation]=1');
  assert.equal(pages()['14'].deleted, 1);
  assert.equal(pages()['15'].deleted, 1);
  assert.equal(pages()['10'].deleted, 0);
  assert.deepEqual(problems.errors, []);
  await page.context().close();
});

test('texts from the server go into the modal as text, never as HTML', async () => {
  const { page } = await openTree();
  await page.evaluate(async () => {
    const { default: ContextMenuActions } = await import('@typo3/backend/context-menu-actions.js');
    ContextMenuActions.deleteRecord('pages', 20, { title: 't', message: 'm' });
  });
  await page.waitForSelector(`${BOX} li`);
  assert.equal(await page.locator(`${MODAL} b`).count(), 0, 'the title "Blog <b>neu</b>" is not markup');
  await page.context().close();
});

async function waitFor(condition, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      if (condition()) return;
    } catch {
      // the state file is being written
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('condition not met in time');
}
