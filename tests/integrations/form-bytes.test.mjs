// Issue 10: the same form post gives byte-identical cases in the browser and in the PHP re-check.
// TYPO3 FormEngine-style close and transfer forms in headless Chromium, the field names from the
// package's mapping (FormMapping::fieldNames(), as the module writes them into its page), the
// guard attached. The test fills a form and submits it for real. The browser's case is the
// guard's own: it builds it with the rules' form layer (wasm `checkForm`) and hands it out as
// `handle.case` with the AuthInfo masked; its JSON text is compared byte for byte with the
// server's, which parses the posted body with PHP and builds the case through the CLI
// (`domainguard case --form` from FormMapping::formPost(), without --with-secrets: masked the
// same way). The guard posts each case path as its own control name while the server posts the
// field keys; the case text must not show it.
//
// Needs: bash scripts/build-wasm.sh, bash scripts/build-integrations.sh, cargo build --release,
// php-cli, chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { openBrowser, newPage, recordSubmits, root } from '../browser/helpers.mjs';

const BIN = process.env.DOMAINGUARD_BIN ?? `${root}target/release/domainguard`;
const field = (key, action = 'close') => `[name="data[tx_domainguard][${action}][${key}]"]:not([type=hidden])`;

let env;
let mapping;

before(async () => {
  assert.ok(existsSync(BIN), `${BIN} is missing: run \`cargo build --release\``);
  assert.ok(
    existsSync(`${root}integrations/typo3/Resources/Private/Php/FormMapping.php`),
    'the TYPO3 package\'s PHP is missing: run `bash scripts/build-integrations.sh`',
  );
  mapping = JSON.parse(execFileSync('php', [`${root}tests/integrations/typo3-page.php`], { encoding: 'utf8', env: { ...process.env, DOMAINGUARD_BIN: BIN } })).mapping;
  env = await openBrowser();
});
after(async () => {
  await env?.close();
});

/** The server's case text of a posted body: `masked` as the re-check's `case --form`, else with the secrets. */
function serverCase(body, mode = 'masked', today = '2009-02-01', locale = 'de') {
  return new Promise((resolve, reject) => {
    const child = spawn('php', [`${root}tests/integrations/form-case.php`, today, locale, mode], { env: { ...process.env, DOMAINGUARD_BIN: BIN } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`form-case.php failed (${code}): ${err}`))));
    child.stdin.end(body);
  });
}

/**
 * Opens the fixture, fills form `action` with `fill`, submits it for real and returns the
 * guard's case text, the server's (masked, and with the secrets) and the posted body.
 */
async function postBoth(fill, action = 'close') {
  const { context, page, problems } = await newPage(env.browser);
  try {
    await page.goto(`${env.origin}/tests/integrations/fixtures/form-bytes.html`);
    await page.waitForFunction(() => typeof window.setup === 'function');
    await page.evaluate(([a, f]) => window.setup(a, f), [action, mapping[action]]);
    await fill(page);
    await page.evaluate(() => window.guard.check());
    const guard = await page.evaluate(() => window.guardCaseText());
    const posts = await recordSubmits(page, '**/form-bytes/post');
    const sent = posts.next();
    // a real submission (the guard's submit gate aside): the body exactly as a browser encodes it
    await page.evaluate((id) => HTMLFormElement.prototype.submit.call(document.getElementById(id)), action);
    const { body } = await sent;
    assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
    return { guard, server: await serverCase(body), withSecrets: await serverCase(body, 'secrets'), body };
  } finally {
    await context.close();
  }
}

test('seed 004 typed the way people type it: day-first dates, ticked boxes, line breaks, umlauts — one case, byte for byte', async () => {
  const { guard, server, withSecrets, body } = await postBoth(async (page) => {
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
  assert.equal(server, `${guard}\n`, 'the server\'s case text is the guard\'s, byte for byte');
  assert.equal(withSecrets, server, 'no secret in a close form: masking changes nothing');
  const c = JSON.parse(guard);
  assert.equal(c.domain.registered, '2005-04-04');
  assert.deepEqual(c.domain.status, ['ok', 'clientTransferProhibited']);
  assert.equal(c.holder.name, '  Jürgen Müller-Lüdenscheidt ');
  assert.equal(c.evk.date, '2009-02-01');
  assert.equal(c.evk.text, 'Hiermit beantrage ich die Schließung\nder Domain beispiel.de.\n"Ende" \\ Tab\there');
  assert.equal(c.evk.acknowledges_availability, true);
  assert.deepEqual(c.services, { website: false, mailboxes: 2, mail_backup_confirmed: true });
  assert.ok(!('renewal' in c.domain), 'an empty text is left out');
  assert.deepEqual(Object.keys(c), ['action', 'today', 'locale', 'policy', 'domain', 'holder', 'termination', 'evk', 'services', 'close']);
});

test('an empty EVK and unticked boxes: the objects become null on both sides, byte for byte', async () => {
  const { guard, server } = await postBoth(async (page) => {
    await page.fill(field('domain'), 'beispiel.de');
    await page.fill(field('registered'), '2005-04-04');
    await page.fill(field('holder'), 'Max Mustermann');
    await page.fill(field('mailboxes'), '');
  });
  assert.equal(server, `${guard}\n`);
  const c = JSON.parse(guard);
  assert.equal(c.evk, null);
  assert.equal(c.services, null);
  assert.deepEqual(c.close, { mode: 'expiry' });
});

test('a transfer with an AuthInfo typed: the guard\'s case and the re-check\'s are one text, the code masked in both', async () => {
  const CODE = 'Xq7!mZ2#pL9$wR4k';
  const { guard, server, withSecrets, body } = await postBoth(async (page) => {
    await page.fill(field('domain', 'transfer_out'), 'beispiel.de');
    await page.fill(field('registered', 'transfer_out'), '04.04.2005');
    await page.fill(field('status', 'transfer_out'), 'ok');
    await page.fill(field('holder', 'transfer_out'), 'Jürgen Müller');
    await page.fill(field('term_received', 'transfer_out'), '1.2.2009');
    await page.selectOption(field('evk_by', 'transfer_out'), 'holder');
    await page.fill(field('evk_date', 'transfer_out'), '01.02.2009');
    await page.fill(field('evk_text', 'transfer_out'), 'Bitte übertragen Sie beispiel.de\nzum neuen Anbieter.');
    await page.fill(field('evk_new_provider', 'transfer_out'), 'Neuer Provider GmbH');
    await page.fill(field('authinfo', 'transfer_out'), CODE);
    await page.fill(field('authinfo_created', 'transfer_out'), '1.2.2009');
  }, 'transfer_out');
  assert.equal(new URLSearchParams(body).get('data[tx_domainguard][transfer_out][authinfo]'), CODE, 'the form posted the code');
  assert.equal(server, `${guard}\n`, 'the server\'s masked case text is the guard\'s, byte for byte');
  assert.ok(!guard.includes(CODE), 'the guard\'s case never holds the code');
  const c = JSON.parse(guard);
  assert.equal(c.action, 'transfer_out');
  assert.deepEqual(c.authinfo, { code: '[[AUTHINFO]]', created: '2009-02-01' });
  assert.equal(c.domain.registered, '2005-04-04');
  assert.equal(c.evk.text, 'Bitte übertragen Sie beispiel.de\nzum neuen Anbieter.');
  // the same case with the code where the mask is: only the code differs
  const full = JSON.parse(withSecrets);
  assert.equal(full.authinfo.code, CODE);
  assert.equal(withSecrets, server.replace('"[[AUTHINFO]]"', JSON.stringify(CODE)));
});

test('a count typed with 20 digits: both sides write the large number as JavaScript does, byte for byte', async () => {
  const { guard, server } = await postBoth(async (page) => {
    await page.fill(field('domain'), 'beispiel.de');
    await page.fill(field('mailboxes'), '12345678901234567890');
  });
  assert.match(guard, /"mailboxes":12345678901234567000[,}]/);
  assert.equal(server, `${guard}\n`);
});
