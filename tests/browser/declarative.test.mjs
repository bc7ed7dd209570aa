// The declarative form: data-domainguard attributes and a bare module import, no script of
// the panel's own; plus autoAttach(root) for a form added later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, recordSubmits, waitForText, formValues, assertNotSent, armVerdict } from './helpers.mjs';
import { seed004 } from '../support/cases.mjs';

const env = useBrowser();
const rules = await loadRules();

/** The declarative fixture's form: seed 004 on time, with its own EVK wording. */
const fixtureCase = (to = 'reseller') => seed004({}, { 'termination.to': to, 'evk.text': 'Bitte Schließung der Domain beispiel.de' });

async function open() {
  const { context, page, problems } = await newPage(env.browser);
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/declarative-form.html`);
  await page.waitForSelector('#close .domainguard-summary[data-state=ok]');
  return { context, page, problems, submits };
}

test('a data-domainguard form is guarded on import: deadlines shown, allowed submit goes through', async () => {
  const { context, page, problems, submits } = await open();
  const verdict = rules.check(fixtureCase());
  assert.equal(verdict.allowed, true);
  const shown = await page.evaluate(async () => {
    const m = await import('/dist/domainguard.js');
    const guard = m.guardOf(document.getElementById('close'));
    return { verdict: guard.verdict, case: guard.case };
  });
  // German date in the form, ISO in the case
  assert.deepStrictEqual(shown.case, fixtureCase());
  assert.deepStrictEqual(shown.verdict, verdict);
  assert.equal(await page.textContent('#close [data-deadline=notice_deadline]'), '14.03.2009');
  assert.equal(await page.textContent('#close [data-deadline=close_date]'), '03.04.2009');
  assert.equal(await page.inputValue('#d-registered'), '04.04.2005');
  const sent = submits.next();
  await page.click('#close button[type=submit]');
  const request = await sent;
  assert.ok(request.url.endsWith('/__submit/declarative'));
  assert.deepStrictEqual(
    [...new URLSearchParams(request.body)],
    [
      ['domain', 'beispiel.de'],
      ['registered', '04.04.2005'],
      ['holder', 'Max Mustermann'],
      ['from', 'holder'],
      ['to', 'reseller'],
      ['received', '2009-02-01'],
      ['evk_by', 'holder'],
      ['evk_date', '2009-02-01'],
      ['evk_text', 'Bitte Schließung der Domain beispiel.de'],
      ['evk_ack', '1'],
    ],
  );
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('a radio group: registrar blocks with the message after the group, fixing it releases the block', async () => {
  const { context, page, problems, submits } = await open();
  const before = await formValues(page, '#close');
  let next = await armVerdict(page, '#close');
  await page.check('input[name=to][value=registrar]');
  const verdict = await next();
  const expected = rules.check(fixtureCase('registrar'));
  assert.deepStrictEqual(verdict, expected);
  const finding = expected.findings.find((f) => f.field === 'termination.to');
  assert.equal(finding.severity, 'block');
  // after the label of the last radio, both radios marked invalid and described by it
  const box = page.locator('fieldset label:last-of-type + .domainguard-message');
  assert.equal(await box.textContent(), `Blockiert: ${finding.message}`);
  const id = await box.getAttribute('id');
  for (const value of ['reseller', 'registrar']) {
    assert.equal(await page.getAttribute(`input[name=to][value=${value}]`, 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute(`input[name=to][value=${value}]`, 'aria-describedby'), id);
  }
  await page.click('#close button[type=submit]');
  await assertNotSent(page, submits, 0);
  assert.deepStrictEqual(await formValues(page, '#close'), {
    ...before,
    'to=reseller': false,
    'to=registrar': true,
  });

  next = await armVerdict(page, '#close');
  await page.check('input[name=to][value=reseller]');
  assert.equal((await next()).allowed, true);
  assert.equal(await page.locator('#close .domainguard-message').count(), 0);
  assert.equal(await page.getAttribute('input[name=to][value=reseller]', 'aria-invalid'), null);
  assert.equal(await page.getAttribute('input[name=to][value=reseller]', 'aria-describedby'), null);
  const sent = submits.next();
  await page.click('#close button[type=submit]');
  await sent;
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('autoAttach(root) guards a form added later, with its locale and constants', async () => {
  const { context, page, submits } = await open();
  const handles = await page.evaluate(async () => {
    const m = await import('/dist/domainguard.js');
    const host = document.getElementById('later-host');
    host.append(document.getElementById('later').content.cloneNode(true));
    const added = m.autoAttach(host);
    // a second scan attaches nothing twice
    const again = m.autoAttach(document);
    await added[0].ready;
    return { added: added.length, again: again.length };
  });
  assert.deepStrictEqual(handles, { added: 1, again: 0 });
  const expectedCase = {
    action: 'transfer_out',
    today: '2009-02-01',
    locale: 'en',
    policy: 'default',
    termination: { from: 'holder', to: 'reseller' },
    evk: { signed_by: 'holder', date: '2009-02-01', text: 'Transfer to Neuer Provider GmbH' },
    domain: { name: 'beispiel.de', registered: '2005-04-04' },
    holder: { name: 'Max Mustermann' },
  };
  const expected = rules.check(expectedCase);
  const missing = expected.findings.find((f) => f.field === 'evk.new_provider');
  assert.ok(missing && missing.severity === 'block', 'a missing new provider blocks');
  await waitForText(page, '#transfer input[name=new_provider] + .domainguard-message', `Blocked: ${missing.message}`);
  assert.deepStrictEqual(
    await page.evaluate(async () => (await import('/dist/domainguard.js')).guardOf(document.getElementById('transfer')).case),
    expectedCase,
  );
  await page.click('#transfer button[type=submit]');
  await assertNotSent(page, submits, 0);

  const next = await armVerdict(page, '#transfer');
  await page.fill('#transfer input[name=new_provider]', 'Neuer Provider GmbH');
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check({ ...expectedCase, evk: { ...expectedCase.evk, new_provider: 'Neuer Provider GmbH' } }));
  assert.equal(verdict.allowed, true);
  if (verdict.findings.some((f) => f.severity === 'warn')) await page.check('#transfer .domainguard-ack-input');
  const sent = submits.next();
  await page.click('#transfer button[type=submit]');
  assert.ok((await sent).url.endsWith('/__submit/declarative-later'));
  await context.close();
});

test('init() loads the wasm once: concurrent calls share one promise, a custom URL works', async () => {
  const { context, page, problems } = await newPage(env.browser);
  const wasmRequests = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasmRequests.push(r.url());
  });
  await page.goto(`${env.origin}/demo/submitted.html`);
  const result = await page.evaluate(async () => {
    const m = await import('/dist/domainguard.js');
    const before = m.isReady();
    const a = m.init({ url: '/dist/domainguard_bg.wasm?custom' });
    const b = m.init();
    const same = a === b;
    await Promise.all([a, b, m.init()]);
    return { before, same, after: m.isReady(), version: m.version(), again: m.init() === m.init() };
  });
  assert.deepStrictEqual(result, { before: false, same: true, after: true, version: result.version, again: true });
  assert.match(result.version, /^\d+\.\d+\.\d+/);
  assert.deepStrictEqual(wasmRequests, [`${env.origin}/dist/domainguard_bg.wasm?custom`]);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('a wasm that cannot load: the summary says so and the submit is not trapped (server re-checks)', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/declarative-form.html`);
  await waitForText(
    page,
    '#close .domainguard-summary-title',
    'Die Prüfung konnte nicht geladen werden. Der Server prüft den Auftrag beim Absenden.',
  );
  assert.equal(await page.getAttribute('#close .domainguard-summary', 'data-state'), 'failed');
  const sent = submits.next();
  await page.click('#close button[type=submit]');
  await sent;
  assert.ok(problems.errors.some((e) => e.includes('could not load the wasm module')));
  await context.close();
});
