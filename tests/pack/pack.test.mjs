// The packed npm package, installed from its tarball in tests/pack/consumer/ (tests/pack/run.sh
// packs and installs it first): Node ESM, Vite, esbuild and webpack builds in headless Chromium,
// tsc --strict, publint.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openBrowser, newPage, recordSubmits, assertNotSent } from '../browser/helpers.mjs';

const consumer = fileURLToPath(new URL('./consumer/', import.meta.url));
const bin = (name) => `${consumer}node_modules/.bin/${name}`;
const installed = `${consumer}node_modules/domainguard/package.json`;

function run(file, args) {
  try {
    return execFileSync(file, args, { cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    assert.fail(`${file} ${args.join(' ')} failed (${err.status}):\n${err.stdout}\n${err.stderr}`);
  }
}

let env;
before(async () => {
  assert.ok(existsSync(installed), 'the packed domainguard is not installed in tests/pack/consumer: run bash tests/pack/run.sh');
  env = await openBrowser();
});
after(async () => {
  await env?.close();
});

test('the tarball holds the package files, both licences, and no source or build leftovers', () => {
  const manifest = JSON.parse(readFileSync(installed, 'utf8'));
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.deepStrictEqual(Object.keys(manifest.exports['.']), ['node', 'browser', 'default']);
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'node.js', 'node.d.ts', 'core.d.ts', 'domainguard_bg.wasm', 'batch/domainguard_bg.wasm', 'inventory-worker.js']) {
    assert.ok(existsSync(`${consumer}node_modules/domainguard/${f}`), `${f} missing from the package`);
  }
  assert.match(readFileSync(`${consumer}node_modules/domainguard/LICENSE-APACHE`, 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
  assert.match(readFileSync(`${consumer}node_modules/domainguard/LICENSE-MIT`, 'utf8'), /^MIT License/);
});

test('Node ESM: import { check } from "domainguard" gives seed 004\'s verdict without init() or fetch; init() resolves', () => {
  // fetch is made to throw: the Node entry must read the wasm from the package's own file.
  const noFetch = 'data:text/javascript,globalThis.fetch=()=>{throw new Error("fetch called")}';
  const verdict = JSON.parse(run(process.execPath, ['--import', noFetch, 'node-esm.mjs']));
  assert.equal(verdict.allowed, true);
  assert.deepStrictEqual(verdict.deadlines, {
    renewal: '2009-04-04',
    notice_deadline: '2009-03-14',
    close_date: '2009-04-03',
    undo_until: '2009-04-01',
    rgp_until: '2009-05-03',
  });
  assert.equal(
    verdict.documents.registrar_notice,
    'Bitte schließen Sie die Domain beispiel.de, zum 03.04.2009, die EVK des Kunden, Herr / Frau Max Mustermann liegt uns vor',
  );
});

test('tsc --strict: a Node consumer without the DOM lib, and a browser consumer (bundler resolution)', () => {
  run(bin('tsc'), ['-p', 'ts/node/tsconfig.json']);
  run(bin('tsc'), ['-p', 'ts/browser/tsconfig.json']);
});

test('publint --strict finds nothing to report', () => {
  const out = run(bin('publint'), ['--strict', 'node_modules/domainguard']);
  assert.match(out, /All good!/, out);
});

/**
 * Opens a built consumer page: the guard must attach to the form and give seed 004's verdict,
 * block the close sent to the registrar, and the inventory worker must finish the list.
 */
async function assertPageWorks(path) {
  const { context, page, problems } = await newPage(env.browser);
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}${path}`);
  await page.waitForSelector('#close[data-allowed=true]', { timeout: 10000 });
  assert.equal(await page.getAttribute('#close', 'data-notice-deadline'), '2009-03-14');
  assert.equal(await page.textContent('#close [data-deadline=notice_deadline]'), '14.03.2009');
  assert.equal(await page.getAttribute('#close .domainguard-summary', 'data-state'), 'ok');

  await page.waitForSelector('#inventory[data-done]', { timeout: 15000 });
  const inventory = await page.textContent('#inventory');
  assert.equal(await page.getAttribute('#inventory', 'data-done'), 'true', inventory);
  const shown = JSON.parse(inventory);
  // Most urgent first, as `domainguard inventory --today 2009-02-01` gives them.
  assert.deepStrictEqual(shown.rows, [
    ['kunde-shop.de', 'RENEWAL', '2009-03-01'],
    ['beispiel.de', 'SEND_CLOSE_NOTICE', '2009-03-14'],
  ]);
  assert.equal(shown.csvFirstLine, 'domain,holder,renewal,next_action,deadline,days_left,severity,message');
  assert.equal(await page.textContent('#inventory-progress'), '2/2');

  // The termination went to the registrar: blocked, and the submit does not go out.
  await page.selectOption('#close select[name=to]', 'registrar');
  await page.waitForSelector('#close[data-allowed=false]');
  await page.click('#close button[type=submit]');
  await assertNotSent(page, submits, 0);
  await page.selectOption('#close select[name=to]', 'reseller');
  await page.waitForSelector('#close[data-allowed=true]');
  assert.equal(await page.getAttribute('#close', 'data-lean'), 'de', 'the lean German module answered');

  // An internationalised domain name: the bundle loads the full module (its glue copy and wasm
  // found by the bundler) and checks it; then the submit goes out.
  await page.fill('#close textarea[name=evk_text]', 'Hiermit beantrage ich die Schließung der Domain müller.de.');
  await page.fill('#close input[name=domain]', 'müller.de');
  await page.waitForSelector('#close[data-notice*="müller.de"]', { timeout: 10000 });
  assert.equal(await page.getAttribute('#close', 'data-allowed'), 'true');
  assert.equal(await page.getAttribute('#close', 'data-lean'), 'null', 'the full module answered');
  const sent = submits.next();
  await page.click('#close button[type=submit]');
  await sent;

  assert.deepStrictEqual(failed, [], 'every file the page needs is there');
  assert.deepStrictEqual(problems.errors, []);
  await context.close();
}

test('Vite build (no plugin, default settings): the form guard and the inventory worker work', async () => {
  run(bin('vite'), ['build', '--config', 'vite.config.js']);
  await assertPageWorks('/tests/pack/consumer/out/vite/index.html');
});

test('esbuild build (the recipe in js/README.md): the form guard and the inventory worker work', async () => {
  run(process.execPath, ['esbuild.mjs']);
  await assertPageWorks('/tests/pack/consumer/out/esbuild/index.html');
});

test('webpack build (webpack 5, no loader): the form guard and the inventory worker work', async () => {
  run(process.execPath, ['webpack.mjs']);
  await assertPageWorks('/tests/pack/consumer/out/webpack/index.html');
});
