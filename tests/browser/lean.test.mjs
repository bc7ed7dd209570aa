// A German domain page with the lean module (attach(…, {wasm: {locale: 'de'}})): it loads
// domainguard_de_bg.wasm only, checks as the full rules do, and when the operator types an
// internationalised domain name it loads the full module once, says "loading" meanwhile, holds
// the submit and sends it once the full module has checked the name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, recordSubmits } from './helpers.mjs';
import { seed004 } from '../support/cases.mjs';

const env = useBrowser();
const rules = await loadRules();

test('a German page loads the lean module; an IDN brings the full module once, the submit waits for it', async () => {
  const { context, page, problems } = await newPage(env.browser);
  const wasm = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/lean-form.html`);
  await page.waitForSelector('#close .domainguard-summary[data-state=ok]');
  assert.deepStrictEqual(wasm, ['/dist/domainguard_de_bg.wasm']);
  assert.equal(await page.evaluate(async () => (await import('/dist/domainguard.js')).leanModule()), 'de');
  // the verdict is the full rules' verdict
  assert.deepStrictEqual(await page.evaluate(() => window.guard.verdict), rules.check(seed004()));
  assert.equal(await page.textContent('#close [data-deadline=notice_deadline]'), '14.03.2009');

  // An IDN, typed and submitted at once: the check needs the full module; the submit is held
  // ("loading") and goes out once the full module has checked the name.
  const idn = seed004({}, { 'domain.name': 'Müller-Bäckerei.de', 'evk.text': 'Hiermit beantrage ich die Schließung der Domain müller-bäckerei.de.' });
  const expected = rules.check(idn);
  assert.equal(expected.allowed, true, 'the IDN case is allowed');
  await page.fill('#d-evk-text', idn.evk.text);
  await page.fill('#d-name', idn.domain.name);
  const sent = submits.next(10000);
  await page.click('#close button[type=submit]');
  const request = await sent;
  assert.equal(new URLSearchParams(request.body).get('domain'), 'Müller-Bäckerei.de');
  assert.deepStrictEqual(wasm, ['/dist/domainguard_de_bg.wasm', '/dist/domainguard_bg.wasm']);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('while the full module loads, the summary says so and a blocking IDN case is not sent', async () => {
  const { context, page, problems } = await newPage(env.browser);
  // hold the full module back until the test lets it through
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/dist/domainguard_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/lean-form.html`);
  await page.waitForSelector('#close .domainguard-summary[data-state=ok]');
  // to the registrar would block (TERMINATION_SENT_TO_REGISTRAR); with an IDN it needs the full module
  const idn = seed004({}, { 'domain.name': 'bücher.de', 'evk.text': 'Hiermit beantrage ich die Schließung der Domain bücher.de.', 'termination.to': 'registrar' });
  const expected = rules.check(idn);
  assert.equal(expected.allowed, false);
  await page.evaluate(() => {
    document.querySelector('[name=to]').value = 'registrar';
  });
  await page.fill('#d-evk-text', idn.evk.text);
  await page.fill('#d-name', idn.domain.name);
  await page.click('#close button[type=submit]');
  await page.waitForSelector('#close .domainguard-summary[data-state=loading]');
  const title = await page.textContent('#close .domainguard-summary-title');
  assert.equal(submits.sent.length, 0);
  release();
  await page.waitForSelector('#close .domainguard-summary[data-state=blocked]');
  assert.notEqual(await page.textContent('#close .domainguard-summary-title'), title);
  assert.deepStrictEqual(await page.evaluate(() => window.guard.verdict), expected);
  await page.waitForTimeout(300);
  assert.equal(submits.sent.length, 0, 'the blocked case was not sent');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('a CMS delete on a page with the lean module: the click is held until the full module has checked it', async () => {
  const { context, page, problems } = await newPage(env.browser);
  const wasm = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  await page.goto(`${env.origin}/tests/browser/fixtures/lean-cms.html`);
  await page.waitForSelector('html[data-ready]');
  assert.deepStrictEqual(wasm, ['/dist/domainguard_de_bg.wasm']);
  const blocked = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('domainguard:blocked', (e) => resolve(e.detail.reason), { once: true });
        setTimeout(() => resolve('no domainguard:blocked within 5 s'), 5000);
      }),
  );
  await page.click('#delete');
  assert.equal(await blocked, 'loading', 'the click waits for the full module');
  // the backup is 30 hours old: blocked, as the full rules say
  const expected = rules.check({
    action: 'cms_delete', today: '2026-11-21', now: '2026-11-21T10:00', locale: 'de', policy: 'default',
    backup: { created_at: '2026-11-20T04:00' }, node: { id: '10', title: 'Service', descendants: 37, records: 109 },
  });
  assert.equal(expected.allowed, false);
  await page.waitForSelector('dialog.domainguard-dialog[open]');
  const shown = await page.$$eval('dialog.domainguard-dialog li', (els) => els.map((e) => e.textContent));
  const stale = expected.findings.find((f) => f.code === 'BACKUP_TOO_OLD');
  assert.ok(shown.some((t) => t.includes(stale.message)), shown.join('\n'));
  assert.deepStrictEqual(wasm, ['/dist/domainguard_de_bg.wasm', '/dist/domainguard_bg.wasm']);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});
