// The Plesk extension's close form with JavaScript switched off, in headless Chromium: the
// page as the extension's controller and view script render it (tests/integrations/
// plesk-page.php, Plesk's SDK stubbed), sent by the browser's own form submission. Plesk
// refuses a POST without the session's forgery_protection_token; the server renders it into
// the form, so the post goes through, is re-checked by the real domainguard program and
// answered with a redirect (post/redirect/get).
//
// Needs: cargo build --release, php-cli, chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launchChromium, listen, root } from '../browser/helpers.mjs';

const BIN = process.env.DOMAINGUARD_BIN ?? `${root}target/release/domainguard`;
const PAGE = '/modules/domainguard/index.php/index/close';

function php(method, query, body = '') {
  const run = spawnSync('php', [`${root}tests/integrations/plesk-page.php`, method, query], {
    input: body,
    encoding: 'utf8',
    env: { ...process.env, DOMAINGUARD_BIN: BIN },
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

let browser;
let server;
let origin;
const posts = [];

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} is missing: run \`cargo build --release\``);
  server = await listen(async (req, res, url) => {
    if (url.pathname === PAGE) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const answer = php(req.method, url.search.slice(1), body);
      if (req.method === 'POST') posts.push({ body, answer });
      if (answer.location) {
        res.writeHead(answer.status, { location: answer.location });
        res.end();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plesk</title></head><body>${answer.html}</body></html>`);
      return;
    }
    if (url.pathname === '/modules/domainguard/index.php/index/index') {
      const last = posts.at(-1)?.answer;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Übersicht</title><p id="status">${(last?.messages ?? []).map((m) => m[1]).join(' ')}</p>`);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('with JavaScript off the close form carries Plesk\'s token, goes through and redirects', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}${PAGE}?dom_id=7`);
  assert.equal(await page.inputValue('input[name="forgery_protection_token"]'), '5e551011c0ffee00');
  await page.fill('[name="domainguard[close][holder]"]', 'Max Mustermann');
  await page.fill('[name="domainguard[close][registered]"]', '04.04.2005');
  await page.fill('[name="domainguard[close][term_received]"]', '01.02.2009');
  await page.selectOption('[name="domainguard[close][evk_by]"]', 'holder');
  await page.fill('[name="domainguard[close][evk_date]"]', '01.02.2009');
  await page.fill('[name="domainguard[close][evk_text]"]', 'Hiermit beantrage ich die Schließung der Domain beispiel.de.');
  await page.check('[name="domainguard[close][evk_ack]"][type=checkbox]');
  await Promise.all([page.waitForURL(`${origin}/modules/domainguard/index.php/index/index`), page.click('button[type=submit]')]);

  assert.equal(posts.length, 1);
  assert.match(posts[0].body, /(^|&)forgery_protection_token=5e551011c0ffee00(&|$)/);
  assert.equal(posts[0].answer.status, 303);
  assert.equal(posts[0].answer.events[0].event, 'close_approved');
  assert.match(await page.textContent('#status'), /^Auf dem Server geprüft und angenommen\. .*Kündigung muss beim Registrar sein bis: 14\.03\.2009/);
  await context.close();
});

test('with JavaScript off a blocked close comes back with the server\'s findings', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}${PAGE}?dom_id=7`);
  await page.fill('[name="domainguard[close][holder]"]', 'Max Mustermann');
  await page.fill('[name="domainguard[close][registered]"]', '2005-04-04');
  await page.selectOption('[name="domainguard[close][term_to]"]', 'registrar');
  await page.click('button[type=submit]');
  await page.waitForSelector('.domainguard-outcome[data-outcome="refused"]');
  assert.equal(posts.at(-1).answer.status, 422);
  assert.ok(await page.locator('[data-code="TERMINATION_SENT_TO_REGISTRAR"]').count() > 0);
  assert.equal(await page.inputValue('input[name="forgery_protection_token"]'), '5e551011c0ffee00', 'the token is there again for the next try');
  await context.close();
});
