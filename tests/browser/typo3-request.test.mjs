// An ACK/NACK form in the style of TYPO3's FormEngine (selects with the panel's own items,
// data[table][uid][field] names, German dates), guarded by attach() in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, recordSubmits, waitForText, assertNotSent, armVerdict } from './helpers.mjs';

const FORM = '#EditDocumentController';
const P = 'data[tx_transfers][7]';
const ANSWER = '#tx_transfers_7_answer';
const REASON = '#tx_transfers_7_reason';

const env = useBrowser();
const rules = await loadRules();

function fixtureCase(patch = {}) {
  return {
    action: 'transfer_request',
    today: '2026-11-21',
    locale: 'de',
    policy: 'default',
    domain: { name: 'beispiel.com', registered: '2026-10-01' },
    request: { received: '2026-11-20' },
    ...patch,
  };
}

async function open(query = '') {
  const { context, page, problems } = await newPage(env.browser);
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/typo3-request.html${query}`);
  await page.waitForSelector('html[data-guard-ready]');
  return { context, page, problems, submits };
}

/** value → [disabled, hidden, text] of a select's options. */
function options(page, selector) {
  return page.$eval(selector, (select) =>
    Object.fromEntries([...select.options].map((o) => [o.value, [o.disabled, o.hidden, o.textContent]])),
  );
}

test('.com within 60 days of creation: only ACK/NACK offered, the creation lock added as reason; NACK with it is saved', async () => {
  const { context, page, problems, submits } = await open();
  const expected = rules.check(fixtureCase());
  assert.deepStrictEqual(await page.evaluate(() => window.guard.case), fixtureCase());
  assert.deepStrictEqual(await page.evaluate(() => window.guard.verdict), expected);
  const [lock] = expected.answers.refusal_reasons;
  assert.equal(lock.code, 'creation_lock_period');
  assert.deepStrictEqual(await options(page, ANSWER), {
    '': [false, false, 'Bitte wählen'],
    release: [true, true, 'AuthInfo herausgeben'],
    refuse: [true, true, 'Herausgabe ablehnen'],
    ack: [false, false, 'ACK'],
    nack: [false, false, 'NACK'],
    later: [true, true, 'Später entscheiden (gesperrt)'],
  });
  assert.deepStrictEqual(await options(page, REASON), {
    '': [false, false, '–'],
    no_termination: [true, true, 'Keine Kündigung (DENIC)'],
    fraud: [true, true, 'Betrug'],
    creation_lock_period: [false, false, lock.label],
  });
  // the panel's aria-describedby stays next to the guard's message
  await waitForText(page, `${FORM} [data-domainguard-for=answer]`, 'Blockiert: Bitte eine zulässige Antwort wählen: Transfer genehmigen (ACK), Transfer ablehnen (NACK).');
  const describedby = (await page.getAttribute(ANSWER, 'aria-describedby')).split(' ');
  assert.equal(describedby[0], 'help-answer');
  assert.equal(describedby.length, 2);

  await page.selectOption(ANSWER, 'nack');
  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);
  const events = await page.evaluate(() => window.__events.filter((e) => e.type === 'blocked').map((e) => e.detail.reason));
  assert.deepStrictEqual(events, ['block']);

  const next = await armVerdict(page, FORM);
  await page.selectOption(REASON, 'creation_lock_period');
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(fixtureCase({ answer: 'nack', reason: 'creation_lock_period' })));
  const sent = submits.next();
  await page.click('button[type=submit]');
  const request = await sent;
  assert.deepStrictEqual(
    [...new URLSearchParams(request.body)],
    [
      [`${P}[pid]`, '3'],
      [`${P}[domain]`, 'beispiel.com'],
      [`${P}[registered]`, '01.10.2026'],
      [`${P}[received]`, '20.11.2026'],
      [`${P}[answer]`, 'nack'],
      [`${P}[reason]`, 'creation_lock_period'],
      ['_savedok', '1'],
    ],
  );
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('a circumstance from the multiple select: the panel\'s own "fraud" reason is enabled with its own text', async () => {
  const { context, page, problems, submits } = await open();
  let next = await armVerdict(page, FORM);
  await page.fill(`[name="${P}[registered]"]`, '01.10.2020');
  assert.deepStrictEqual((await next()).answers.permitted, ['ack']);
  next = await armVerdict(page, FORM);
  await page.selectOption(`[name="${P}[facts][]"]`, ['fraud', 'no_response_from_holder']);
  const verdict = await next();
  const c = fixtureCase({ domain: { name: 'beispiel.com', registered: '2020-10-01' }, facts: ['fraud', 'no_response_from_holder'] });
  assert.deepStrictEqual(verdict, rules.check(c));
  assert.deepStrictEqual(verdict.answers.refusal_reasons.map((r) => r.code), ['fraud']);
  const reasons = await options(page, REASON);
  assert.deepStrictEqual(reasons.fraud, [false, false, 'Betrug']);
  assert.deepStrictEqual(reasons.creation_lock_period.slice(0, 2), [true, true]);
  assert.deepStrictEqual(reasons.no_termination, [true, true, 'Keine Kündigung (DENIC)']);
  await page.selectOption(ANSWER, 'nack');
  await page.selectOption(REASON, 'fraud');
  await page.waitForSelector(`${FORM} .domainguard-summary[data-state=ok]`);
  const sent = submits.next();
  await page.click('button[type=submit]');
  const body = new URLSearchParams((await sent).body);
  assert.deepStrictEqual([body.get(`${P}[answer]`), body.get(`${P}[reason]`)], ['nack', 'fraud']);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('.de without termination: release/refuse offered, refuse needs no_termination', async () => {
  const { context, page, problems, submits } = await open();
  const next = await armVerdict(page, FORM);
  await page.fill(`[name="${P}[domain]"]`, 'beispiel.de');
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(fixtureCase({ domain: { name: 'beispiel.de', registered: '2026-10-01' } })));
  assert.deepStrictEqual(verdict.answers.permitted, ['release', 'refuse']);
  const answers = await options(page, ANSWER);
  assert.deepStrictEqual(
    Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v[0]])),
    { '': false, release: false, refuse: false, ack: true, nack: true, later: true },
  );
  const reasons = await options(page, REASON);
  assert.deepStrictEqual(reasons.no_termination, [false, false, 'Keine Kündigung (DENIC)']);
  assert.deepStrictEqual(reasons.creation_lock_period.slice(0, 2), [true, true]);

  await page.selectOption(ANSWER, 'refuse');
  await page.selectOption(REASON, 'no_termination');
  await page.waitForSelector(`${FORM} .domainguard-summary[data-state=warnings]`);
  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);
  await page.check(`${FORM} .domainguard-ack-input`);
  const sent = submits.next();
  await page.click('button[type=submit]');
  const body = new URLSearchParams((await sent).body);
  assert.deepStrictEqual([body.get(`${P}[answer]`), body.get(`${P}[reason]`)], ['refuse', 'no_termination']);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('detach restores the options exactly (disabled, hidden, the added reason gone) and keeps the values', async () => {
  const { context, page, problems } = await open();
  await page.waitForSelector(`${REASON} option[value=creation_lock_period]`, { state: 'attached' });
  const next = await armVerdict(page, FORM);
  await page.fill(`[name="${P}[domain]"]`, 'beispiel.de');
  await next();
  await page.selectOption(ANSWER, 'refuse');
  await page.selectOption(REASON, 'no_termination');
  await page.waitForSelector(`${FORM} .domainguard-summary[data-state=warnings]`);
  const restored = await page.evaluate(() => {
    window.guard.detach();
    return window.__snapshot();
  });
  const before = await page.evaluate(() => window.__before);
  assert.ok(!JSON.stringify(before).includes('creation_lock_period'));
  // the values the user chose are not part of the snapshot (selectedness is a property); the
  // structure, attributes and the options' disabled/hidden are
  assert.deepStrictEqual(restored, before);
  assert.equal(await page.inputValue(ANSWER), 'refuse');
  assert.equal(await page.inputValue(REASON), 'no_termination');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('an answer in a hidden input and a reason typed as text are never disabled: the rules check them', async () => {
  const { context, page, problems } = await open();
  const result = await page.evaluate(async () => {
    const m = await import('/dist/domainguard.js');
    const form = document.createElement('form');
    form.action = '/__submit/plain';
    const input = (name, value, type = 'text') => {
      const el = document.createElement('input');
      Object.assign(el, { name, value, type });
      form.append(el);
      return el;
    };
    input('domain', 'beispiel.com');
    input('registered', '2026-10-01');
    input('received', '2026-11-20');
    const answer = input('answer', 'nack', 'hidden');
    const reason = input('reason', 'weil es so ist');
    document.body.append(form);
    const guard = m.attach(form, {
      action: 'transfer_request',
      today: '2026-11-21',
      fields: { 'domain.name': 'domain', 'domain.registered': 'registered', 'request.received': 'received', answer: 'answer', reason: 'reason' },
    });
    await guard.ready;
    return { disabled: [answer.disabled, reason.disabled], verdict: guard.verdict, values: [answer.value, reason.value] };
  });
  assert.deepStrictEqual(result.disabled, [false, false]);
  assert.deepStrictEqual(result.values, ['nack', 'weil es so ist']);
  assert.deepStrictEqual(result.verdict, rules.check(fixtureCase({ answer: 'nack', reason: 'weil es so ist' })));
  assert.ok(result.verdict.findings.some((f) => f.code === 'REFUSAL_REASON_NOT_PERMITTED'));
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});
