// Issue 10: the same form post gives byte-identical cases in the browser and in the PHP re-check.
// A TYPO3 FormEngine-style close form in headless Chromium, the field names from the package's
// mapping (FormMapping::fieldNames(), as the module writes them into its page), the guard attached.
// The test fills the form and submits it for real; the browser builds its case with the rules'
// form layer (wasm `caseFromForm` on the form's FormData), the server parses the posted body
// with PHP and builds its case through the CLI (`domainguard case --form`, from
// FormMapping::formPost()): the two JSON texts must be equal byte for byte.
//
// (The guard itself still builds its case in JS until the `js` branch switches it to
// caseFromForm; the page calls the wasm export directly, and the guard's own case is compared
// by value as well.)
//
// Needs: bash scripts/build-wasm.sh, bash scripts/build-integrations.sh, cargo build --release,
// php-cli, chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { openBrowser, newPage, recordSubmits, root } from '../browser/helpers.mjs';

const BIN = process.env.DOMAINGUARD_BIN ?? `${root}target/release/domainguard`;
const P = 'data[tx_domainguard][close]';
const field = (key) => `[name="${P}[${key}]"]:not([type=hidden])`;

let env;
let fields;

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} is missing: run \`cargo build --release\``);
  assert.ok(
    existsSync(`${root}integrations/typo3/Resources/Private/Php/FormMapping.php`),
    'the TYPO3 package\'s PHP is missing: run `bash scripts/build-integrations.sh`',
  );
  fields = JSON.parse(execFileSync('php', [`${root}tests/integrations/typo3-page.php`], { encoding: 'utf8', env: { ...process.env, DOMAINGUARD_BIN: BIN } })).mapping.close;
  env = await openBrowser();
});
after(async () => {
  await env?.close();
});

function serverCase(body, today = '2009-02-01', locale = 'de') {
  return new Promise((resolve, reject) => {
    const child = spawn('php', [`${root}tests/integrations/form-case.php`, today, locale], { env: { ...process.env, DOMAINGUARD_BIN: BIN } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`form-case.php failed (${code}): ${err}`))));
    child.stdin.end(body);
  });
}

/** Opens the fixture, fills it with `fill`, and returns [browser case text, server case text, the guard's case]. */
async function postBoth(fill) {
  const { context, page, problems } = await newPage(env.browser);
  try {
    await page.goto(`${env.origin}/tests/integrations/fixtures/form-bytes.html`);
    await page.waitForFunction(() => typeof window.setup === 'function');
    await page.evaluate((f) => window.setup(f), fields);
    await fill(page);
    await page.evaluate(() => window.guard.check());
    const browser = await page.evaluate(() => window.browserCase());
    const guardCase = await page.evaluate(() => window.guard.case);
    const posts = await recordSubmits(page, '**/form-bytes/post');
    const sent = posts.next();
    // a real submission (the guard's submit gate aside): the body exactly as a browser encodes it
    await page.evaluate(() => HTMLFormElement.prototype.submit.call(document.getElementById('close')));
    const { body } = await sent;
    assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
    return { browser, server: await serverCase(body), guardCase, body };
  } finally {
    await context.close();
  }
}

test('seed 004 typed the way people type it: day-first dates, ticked boxes, line breaks, umlauts — one case, byte for byte', async () => {
  const { browser, server, guardCase, body } = await postBoth(async (page) => {
    await page.fill(field('domain'), 'beispiel.de');
    await page.fill(field('registered'), '4.4.2005');
    await page.fill(field('status'), ' ok, clientTransferProhibited ');
    await page.fill(field('holder'), '  Jürgen Müller-Lüdenscheidt ');
    await page.fill(field('term_received'), '01.02.2009');
    await page.selectOption(field('evk_by'), 'holder');
    await page.fill(field('evk_date'), '1.2.2009');
    await page.fill(field('evk_text'), 'Hiermit beantrage ich die Schließung\nder Domain beispiel.de.\n"Ende" \\ Tab\there');
    await page.check(field('evk_ack'));
    await page.fill(field('mailboxes'), '+2');
    await page.check(field('mail_backup'));
  });
  // the form really posted CRLF line breaks and both checkbox values
  assert.match(decodeURIComponent(body.replaceAll('+', ' ')), /Schließung\r\nder Domain/);
  assert.equal(server, `${browser}\n`, 'the server\'s case text is the browser\'s, byte for byte');
  const c = JSON.parse(browser);
  assert.equal(c.domain.registered, '2005-04-04');
  assert.deepEqual(c.domain.status, ['ok', 'clientTransferProhibited']);
  assert.equal(c.holder.name, '  Jürgen Müller-Lüdenscheidt ');
  assert.equal(c.evk.date, '2009-02-01');
  assert.equal(c.evk.text, 'Hiermit beantrage ich die Schließung\nder Domain beispiel.de.\n"Ende" \\ Tab\there');
  assert.equal(c.evk.acknowledges_availability, true);
  assert.deepEqual(c.services, { website: false, mailboxes: 2, mail_backup_confirmed: true });
  assert.ok(!('renewal' in c.domain), 'an empty text is left out');
  assert.deepEqual(Object.keys(c).slice(0, 4), ['action', 'today', 'locale', 'policy']);
  // and the guard, still building its case in JS, checks the same case
  assert.deepStrictEqual(guardCase, c);
});

test('an empty EVK and unticked boxes: the objects become null on both sides, byte for byte', async () => {
  const { browser, server } = await postBoth(async (page) => {
    await page.fill(field('domain'), 'beispiel.de');
    await page.fill(field('registered'), '2005-04-04');
    await page.fill(field('holder'), 'Max Mustermann');
    await page.fill(field('mailboxes'), '');
  });
  assert.equal(server, `${browser}\n`);
  const c = JSON.parse(browser);
  assert.equal(c.evk, null);
  assert.equal(c.services, null);
  assert.deepEqual(c.close, { mode: 'expiry' });
});
