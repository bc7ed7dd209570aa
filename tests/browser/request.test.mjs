// The transfer-request page (demo/request.html) in real headless Chromium: only the answers the
// rules permit can be chosen and sent, with a permitted reason for a refusal (.de: DENIC,
// .com: ICANN Transfer Policy); the ACK deadline is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, loadRules, newPage, recordSubmits, waitForText, texts, formValues, assertNotSent, armVerdict } from './helpers.mjs';

const FORM = '#request-form';
const SUBMITTED = '**/demo/submitted.html';
// The rules block an answer form without an answer, listing the permitted answers.
const NO_ANSWER = 'Blockiert: Bitte eine zulässige Antwort wählen: AuthInfo herausgeben.';
const LABEL = { block: 'Blockiert', warn: 'Warnung', info: 'Hinweis' };
const RANK = { block: 0, warn: 1, info: 2 };

let env;
let rules;

before(async () => {
  env = await openBrowser();
  rules = await loadRules();
});
after(async () => {
  await env?.close();
});

function deCase(patch = {}) {
  return {
    action: 'transfer_request',
    today: '2026-11-21',
    locale: 'de',
    policy: 'default',
    domain: { name: 'beispiel.de', registered: '2005-04-04' },
    request: { received: '2026-11-20', gaining_registrar: 'Neuer Hoster GmbH' },
    termination: { from: 'holder', to: 'reseller' },
    evk: { signed_by: 'holder' },
    invoices: { unpaid: true },
    ...patch,
  };
}

function comCase(patch = {}) {
  return {
    action: 'transfer_request',
    today: '2026-11-21',
    locale: 'de',
    policy: 'default',
    domain: { name: 'beispiel.com', registered: '2026-10-01' },
    request: { received: '2026-11-20', gaining_registrar: 'Neuer Hoster GmbH' },
    invoices: { unpaid: true }, // the .de box stays ticked; the gTLD rules do not read it
    ...patch,
  };
}

function summaryLines(verdict, extra = []) {
  const items = [...verdict.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const lines = items.map((i) => `${LABEL[i.severity]}: ${i.message}`);
  const blocks = items.filter((i) => i.severity === 'block').length;
  lines.splice(blocks, 0, ...extra);
  return lines;
}

async function open(query = '') {
  const { context, page, problems } = await newPage(env.browser);
  const submits = await recordSubmits(page, SUBMITTED);
  await page.goto(`${env.origin}/demo/request.html${query}`);
  await page.waitForSelector('html[data-demo-ready]');
  await page.evaluate(() => {
    window.__blocked = [];
    document.getElementById('request-form').addEventListener('domainguard:blocked', (e) => window.__blocked.push(e.detail.reason));
  });
  return { context, page, problems, submits };
}

const guardState = (page) => page.evaluate(() => ({ case: window.domainguardDemo.handle.case, verdict: window.domainguardDemo.handle.verdict }));

/** The answer radios and the reason options as the user sees them. */
function choices(page) {
  return page.evaluate(() => ({
    answers: [...document.querySelectorAll('input[name=answer]')].map((r) => ({ value: r.value, disabled: r.disabled, checked: r.checked })),
    reasons: [...document.getElementById('r-reason').options].map((o) => ({ value: o.value, text: o.textContent, disabled: o.disabled, hidden: o.hidden })),
  }));
}

/** Makes a disabled answer clickable as a script could, and clicks it (the guard must still stop it). */
async function forceAnswer(page, id) {
  const next = await armVerdict(page, FORM);
  await page.evaluate((radioId) => {
    const radio = document.getElementById(radioId);
    radio.disabled = false;
    radio.click();
  }, id);
  return next();
}

test('.de with unpaid invoices and a proper termination: only "release" can be chosen and sent', async () => {
  const { context, page, problems, submits } = await open('?today=2026-11-21');
  const expected = rules.check(deCase());
  assert.deepStrictEqual(expected.answers, {
    permitted: ['release'],
    recommended: 'release',
    refusal_reasons: [],
    options: [{ value: 'release', label: 'AuthInfo herausgeben' }],
  });
  assert.deepStrictEqual(await guardState(page), { case: deCase(), verdict: expected });
  assert.ok(expected.findings.some((f) => f.code === 'UNPAID_INVOICES_NOT_A_REASON'));

  assert.deepStrictEqual(await choices(page), {
    answers: [
      { value: 'release', disabled: false, checked: false },
      { value: 'refuse', disabled: true, checked: false },
    ],
    reasons: [{ value: '', text: '– kein Grund gewählt –', disabled: false, hidden: false }],
  });
  assert.deepStrictEqual(await texts(page, '#permitted li'), ['AuthInfo herausgeben (empfohlen)']);
  assert.deepStrictEqual(await texts(page, '#reasons li'), ['Keine: Eine Ablehnung ist hier nicht zulässig.']);
  assert.deepStrictEqual(await texts(page, '#request-form .domainguard-summary-list li'), summaryLines(expected));
  assert.ok(expected.findings.some((f) => f.code === 'ANSWER_MISSING'), 'the rules themselves block a missing answer');
  const unpaid = expected.findings.find((f) => f.code === 'UNPAID_INVOICES_NOT_A_REASON');
  await waitForText(page, '#request-form [data-domainguard-for="invoices.unpaid"]', `Hinweis: ${unpaid.message}`);

  // no answer: nothing is sent
  await page.click('#r-submit');
  await assertNotSent(page, submits, 0);
  assert.deepStrictEqual(await page.evaluate(() => window.__blocked), ['block']);
  await waitForText(page, '#request-form [data-domainguard-for=answer]', NO_ANSWER);

  // "refuse" forced on by a script: the rules refuse it, the guard disables it again, no submit
  const refused = await forceAnswer(page, 'r-answer-no');
  assert.deepStrictEqual(refused, rules.check(deCase({ answer: 'refuse' })));
  const notPermitted = refused.findings.find((f) => f.code === 'ANSWER_NOT_PERMITTED');
  await waitForText(page, '#request-form [data-domainguard-for=answer]', `Blockiert: ${notPermitted.message}`);
  assert.deepStrictEqual((await choices(page)).answers[1], { value: 'refuse', disabled: true, checked: true });
  await page.click('#r-submit');
  await assertNotSent(page, submits, 0);

  // "release" goes through, untouched
  const values = await formValues(page, FORM);
  let next = await armVerdict(page, FORM);
  await page.check('#r-answer-yes');
  assert.equal((await next()).allowed, true);
  assert.equal(await page.locator('#request-form [data-domainguard-for=answer]').count(), 0);
  const sent = submits.next();
  await page.click('#r-submit');
  const body = new URLSearchParams((await sent).body);
  assert.equal(body.get('answer'), 'release');
  assert.equal(body.get('domain'), 'beispiel.de');
  assert.equal(body.get('unpaid'), '1');
  await waitForText(page, '#sent-log li', 'Antwort „AuthInfo herausgeben“ übermittelt: beispiel.de');
  assert.deepStrictEqual({ ...(await formValues(page, FORM)), 'answer=release': false, 'answer=refuse': true }, values);

  // without the termination, "refuse" is permitted with the reason no_termination – and needs it
  next = await armVerdict(page, FORM);
  await page.uncheck('#r-termination');
  const noTermination = await next();
  assert.deepStrictEqual(noTermination, rules.check(deCase({ termination: null, answer: 'release' })));
  const [reason] = noTermination.answers.refusal_reasons;
  assert.equal(reason.code, 'no_termination');
  next = await armVerdict(page, FORM);
  await page.check('#r-answer-no');
  const missing = (await next()).findings.find((f) => f.code === 'REFUSAL_REASON_MISSING');
  await waitForText(page, '#request-form [data-domainguard-for=reason]', `Blockiert: ${missing.message}`);
  assert.deepStrictEqual((await choices(page)).reasons, [
    { value: '', text: '– kein Grund gewählt –', disabled: false, hidden: false },
    { value: 'no_termination', text: reason.label, disabled: false, hidden: false },
  ]);
  await page.click('#r-submit');
  await assertNotSent(page, submits, 1);
  next = await armVerdict(page, FORM);
  await page.selectOption('#r-reason', 'no_termination');
  const withReason = await next();
  assert.deepStrictEqual(withReason, rules.check(deCase({ termination: null, answer: 'refuse', reason: 'no_termination' })));
  assert.equal(withReason.allowed, true);
  await page.check('#request-form .domainguard-ack-input'); // the warning: only this reason
  const sentRefusal = submits.next();
  await page.click('#r-submit');
  const refusal = new URLSearchParams((await sentRefusal).body);
  assert.deepStrictEqual([refusal.get('answer'), refusal.get('reason')], ['refuse', 'no_termination']);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('.com registered 2026-10-01, today 2026-11-21: a NACK with the reason creation_lock_period goes through; the ACK deadline is shown', async () => {
  const { context, page, problems, submits } = await open('?tld=com&today=2026-11-21');
  const expected = rules.check(comCase());
  assert.deepStrictEqual(await guardState(page), { case: comCase(), verdict: expected });
  assert.deepStrictEqual(expected.answers.permitted, ['ack', 'nack']);
  assert.deepStrictEqual(expected.deadlines, { ack_deadline: '2026-11-25', transfer_lock_until: '2026-11-30' });
  assert.equal(await page.textContent('#request-deadlines [data-deadline=ack_deadline]'), '25.11.2026');
  assert.equal(await page.getAttribute('#request-deadlines [data-deadline=ack_deadline] time', 'datetime'), '2026-11-25');
  assert.equal(await page.textContent('#request-form [data-deadline=ack_deadline]'), '25.11.2026');
  assert.equal(await page.textContent('#request-deadlines [data-deadline=transfer_lock_until]'), '30.11.2026');
  const [lock] = expected.answers.refusal_reasons;
  assert.deepStrictEqual(lock, { code: 'creation_lock_period', list: 'may_deny', label: lock.label });
  assert.deepStrictEqual(await choices(page), {
    answers: [
      { value: 'ack', disabled: false, checked: false },
      { value: 'nack', disabled: false, checked: false },
    ],
    reasons: [
      { value: '', text: '– kein Grund gewählt –', disabled: false, hidden: false },
      { value: 'creation_lock_period', text: lock.label, disabled: false, hidden: false },
    ],
  });
  assert.deepStrictEqual(await texts(page, '#r-answer-yes-label, #r-answer-no-label'), ['Transfer genehmigen (ACK)', 'Transfer ablehnen (NACK)']);
  assert.deepStrictEqual(await texts(page, '#reasons li'), [`${lock.label} (darf ablehnen)`]);

  // NACK without a reason: blocked
  let next = await armVerdict(page, FORM);
  await page.check('#r-answer-no');
  const noReason = await next();
  assert.deepStrictEqual(noReason, rules.check(comCase({ answer: 'nack' })));
  await page.click('#r-submit');
  await assertNotSent(page, submits, 0);

  next = await armVerdict(page, FORM);
  await page.selectOption('#r-reason', 'creation_lock_period');
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(comCase({ answer: 'nack', reason: 'creation_lock_period' })));
  assert.equal(verdict.allowed, true);
  await waitForText(page, '#request-form .domainguard-summary-title', 'Keine Einwände: Der Auftrag kann abgeschickt werden.');
  const sent = submits.next();
  await page.click('#r-submit');
  const body = new URLSearchParams((await sent).body);
  assert.deepStrictEqual([body.get('domain'), body.get('answer'), body.get('reason')], ['beispiel.com', 'nack', 'creation_lock_period']);
  await waitForText(page, '#sent-log li', 'Antwort „Transfer ablehnen (NACK)“ übermittelt: beispiel.com');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('.com with only "no answer from the holder": NACK disabled, and stopped when forced; ACK goes through', async () => {
  const { context, page, problems, submits } = await open('?tld=com&today=2026-11-21');
  let next = await armVerdict(page, FORM);
  await page.fill('#r-registered', '2020-10-01');
  assert.deepStrictEqual((await next()).answers.permitted, ['ack']);
  next = await armVerdict(page, FORM);
  await page.check('#f-no_response_from_holder');
  const verdict = await next();
  const c = comCase({ domain: { name: 'beispiel.com', registered: '2020-10-01' }, facts: ['no_response_from_holder'] });
  assert.deepStrictEqual(verdict, rules.check(c));
  assert.deepStrictEqual(verdict.answers, {
    permitted: ['ack'],
    recommended: 'ack',
    refusal_reasons: [],
    options: [{ value: 'ack', label: 'Transfer genehmigen (ACK)' }],
  });
  const notReason = verdict.findings.find((f) => f.code === 'TRANSFER_NOT_A_REASON');
  await waitForText(page, '#request-form [data-domainguard-for=facts]', `Hinweis: ${notReason.message}`);
  const shown = await choices(page);
  assert.deepStrictEqual(shown.answers, [
    { value: 'ack', disabled: false, checked: false },
    { value: 'nack', disabled: true, checked: false },
  ]);
  // the reason the guard added for the first check (creation lock) is hidden and disabled now,
  // not removed (a chosen value would stay)
  const creationLabel = rules.check(comCase()).answers.refusal_reasons[0].label;
  assert.deepStrictEqual(shown.reasons, [
    { value: '', text: '– kein Grund gewählt –', disabled: false, hidden: false },
    { value: 'creation_lock_period', text: creationLabel, disabled: true, hidden: true },
  ]);
  assert.deepStrictEqual(await texts(page, '#permitted li'), ['Transfer genehmigen (ACK) (empfohlen)']);

  const forced = await forceAnswer(page, 'r-answer-no');
  assert.deepStrictEqual(forced, rules.check({ ...c, answer: 'nack' }));
  assert.ok(forced.findings.some((f) => f.code === 'ANSWER_NOT_PERMITTED'));
  await page.click('#r-submit');
  await assertNotSent(page, submits, 0);
  assert.equal(await page.isDisabled('#r-answer-no'), true);

  await page.check('#r-answer-yes');
  await waitForText(page, '#request-form .domainguard-summary-title', 'Keine Einwände: Der Auftrag kann abgeschickt werden.');
  const sent = submits.next();
  await page.click('#r-submit');
  const body = new URLSearchParams((await sent).body);
  assert.deepStrictEqual([body.get('answer'), body.getAll('facts')], ['ack', ['no_response_from_holder']]);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('the .de/.com switch and English: answers, reasons and deadline in the chosen language', async () => {
  const { context, page, problems } = await open('?today=2026-11-21&lang=en');
  assert.equal(await page.textContent('#r-answer-yes-label'), 'Release the AuthInfo');
  const next = await armVerdict(page, FORM);
  await page.click('#tld-com');
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(comCase({ locale: 'en' })));
  assert.equal(await page.getAttribute('#tld-com', 'aria-pressed'), 'true');
  assert.equal(await page.inputValue('#r-domain'), 'beispiel.com');
  assert.equal(await page.isHidden('#r-termination'), true);
  assert.deepStrictEqual(await texts(page, '#r-answer-yes-label, #r-answer-no-label'), ['Approve the transfer (ACK)', 'Deny the transfer (NACK)']);
  const [lock] = verdict.answers.refusal_reasons;
  assert.equal(await page.textContent('#r-reason option[value=creation_lock_period]'), lock.label);
  assert.equal(await page.textContent('#request-deadlines [data-deadline=ack_deadline]'), '25 November 2026');
  assert.equal(await page.textContent('#request-form [data-deadline=ack_deadline]'), '25 November 2026');
  // the guard's reason label follows the language
  await page.click('#lang-de');
  const de = rules.check(comCase()).answers.refusal_reasons[0].label;
  await waitForText(page, '#r-reason option[value=creation_lock_period]', de);
  assert.equal(await page.textContent('#r-answer-no-label'), 'Transfer ablehnen (NACK)');
  // and back to .de: release/refuse, the DENIC boxes, no ACK deadline
  await page.click('#tld-de');
  await waitForText(page, '#request-deadlines', 'Keine Fristen (bei .de antwortet der Reseller ohne ACK-Frist).');
  assert.deepStrictEqual((await choices(page)).answers.map((a) => a.value), ['release', 'refuse']);
  assert.equal(await page.isVisible('#r-termination'), true);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});
