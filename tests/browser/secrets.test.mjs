// The AuthInfo in the page (issue 11), in real headless Chromium: typed into the demo's
// transfer form, it appears in no event, no console line, no DOM text or attribute and not in
// handle.case; the letter shows [[AUTHINFO]] and carries the code only while it is revealed.
// The guard sets autocomplete="off" on the field it manages (and restores it on detach).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, newPage } from './helpers.mjs';

const CODE = 'Xk7Pq2Rs9Tv4Wy8M';
const LETTER = '#transfer-documents [data-document=holder_letter] pre';
const env = useBrowser();

async function recordEverything(page) {
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(msg.text()));
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['domainguard:verdict', 'domainguard:blocked', 'domainguard:reveal', 'domainguard:ready']) {
      document.addEventListener(type, (e) => window.__events.push(`${type} ${JSON.stringify(e.detail)}`), true);
    }
  });
  return consoleLines;
}

/** Everything the page exposes but the field's own value: DOM, events, handle.case. */
async function exposed(page) {
  return page.evaluate(() => {
    const texts = [document.documentElement.outerHTML, document.body.innerText, ...window.__events];
    for (const h of Object.values(window.domainguardDemo.handles)) texts.push(JSON.stringify(h.case), JSON.stringify(h.verdict));
    return texts.join('\n');
  });
}

test('demo: the code stays in the field; the letter shows it only after "reveal"', async () => {
  const { context, page, problems } = await newPage(env.browser);
  const consoleLines = await recordEverything(page);
  await page.goto(`${env.origin}/demo/close.html`); // the close/transfer page (the start page is the course)
  await page.waitForSelector('html[data-demo-ready]');
  await page.click('#tab-transfer');
  await page.waitForSelector('#transfer-form .domainguard-summary:not([data-state=loading])');
  assert.equal(await page.getAttribute('#t-authinfo', 'autocomplete'), 'off');
  assert.equal(await page.getAttribute('#t-authinfo', 'type'), 'password');

  await page.fill('#t-authinfo', CODE);
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('[[AUTHINFO]]'), LETTER);
  const masked = await page.textContent(LETTER);
  assert.ok(masked.includes('Ihre AuthInfo (Providerwechsel-Passwort): [[AUTHINFO]]\nSie ist ab dem 03.03.2009 ungültig.'));
  assert.equal(await page.evaluate(() => window.domainguardDemo.handles.transfer_out.case.authinfo.code), '[[AUTHINFO]]');
  assert.ok(!(await exposed(page)).includes(CODE), 'the code is exposed before reveal');

  // Reveal: the letter (what "copy" copies) carries the code.
  await page.click('#transfer-form button.domainguard-reveal');
  await page.waitForFunction(([sel, code]) => document.querySelector(sel)?.textContent.includes(code), [LETTER, CODE]);
  assert.equal(await page.textContent(LETTER), masked.replace('[[AUTHINFO]]', CODE));
  assert.equal(await page.evaluate(() => window.domainguardDemo.handles.transfer_out.letter()), masked.replace('[[AUTHINFO]]', CODE));
  // Masked again: the letter loses it.
  await page.click('#transfer-form button.domainguard-reveal');
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('[[AUTHINFO]]'), LETTER);
  assert.ok(!(await exposed(page)).includes(CODE), 'the code is exposed after masking again');

  // Anything else that blocks masks the field and keeps the code out of the letter.
  await page.click('#transfer-form button.domainguard-reveal');
  await page.fill('#t-new-provider', '');
  await page.waitForFunction(() => document.querySelector('#t-authinfo').type === 'password');
  assert.equal(await page.evaluate(() => window.domainguardDemo.handles.transfer_out.letter()), null);
  assert.ok(!(await exposed(page)).includes(CODE));

  assert.ok(!consoleLines.some((l) => l.includes(CODE)), 'the code is in the console');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the guard sets autocomplete="off" on the AuthInfo field and restores it on detach', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(`${env.origin}/tests/browser/fixtures/authinfo-form.html`);
  await page.waitForSelector('#release .domainguard-summary:not([data-state=loading])');
  assert.equal(await page.getAttribute('#code', 'autocomplete'), 'off');
  await page.evaluate(async () => {
    const dg = await import('/dist/domainguard.js');
    dg.guardOf(document.querySelector('#release')).detach();
  });
  assert.equal(await page.getAttribute('#code', 'autocomplete'), null);
  await context.close();
});
