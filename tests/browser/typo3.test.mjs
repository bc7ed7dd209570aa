// attach() on a bare page whose field names look like TYPO3 FormEngine's
// (data[tx_domains][12][registered] …), in real headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  loadRules,
  newPage,
  recordSubmits,
  waitForText,
  texts,
  formValues,
  domSnapshot,
  assertNotSent,
  armVerdict,
} from './helpers.mjs';
import { seed004, NO_SERVICES, summaryLines } from '../support/cases.mjs';

const FORM = '#EditDocumentController';
const P = 'data[tx_domains][12]';
const sel = (field) => `[name="${P}[${field}]"]:not([type=hidden])`;
const ACK_DE = 'Ich habe die Warnungen gelesen und möchte trotzdem fortfahren.';
const ACK_EN = 'I have read the warnings and want to proceed anyway.';

const env = useBrowser();
const rules = await loadRules();

/** The case the fixture's untouched form must produce (seed 004 on time). */
const fixtureCase = (patch = {}) => seed004({ services: { ...NO_SERVICES } }, patch);

async function open(query = '') {
  const { context, page, problems } = await newPage(env.browser);
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/typo3-form.html${query}`);
  await page.waitForSelector('html[data-guard-ready]');
  return { context, page, problems, submits };
}

function pairsOf(body) {
  return [...new URLSearchParams(body)];
}

const UNTOUCHED_POST = [
  [`${P}[pid]`, '3'],
  [`${P}[domain]`, 'beispiel.de'],
  [`${P}[registered]`, '2005-04-04'],
  [`${P}[holder]`, 'Max Mustermann'],
  [`${P}[term_from]`, 'holder'],
  [`${P}[term_to]`, 'reseller'],
  [`${P}[term_received]`, '2009-02-01'],
  [`${P}[evk_by]`, 'holder'],
  [`${P}[evk_date]`, '2009-02-01'],
  [`${P}[evk_text]`, 'Hiermit beantrage ich die Schließung der Domain beispiel.de.'],
  [`${P}[evk_ack]`, '0'],
  [`${P}[evk_ack]`, '1'],
  [`${P}[website]`, '0'],
  [`${P}[mailboxes]`, '0'],
  [`${P}[mail_backup]`, '0'],
  ['_savedok', '1'],
];

test('seed 004 on time: deadlines 14.03.2009 / 03.04.2009 shown, the real submit goes through untouched', async () => {
  const { context, page, problems, submits } = await open('?today=2009-02-01');
  const expectedCase = fixtureCase();
  assert.deepStrictEqual(await page.evaluate(() => window.guard.case), expectedCase);
  const verdict = rules.check(expectedCase);
  assert.equal(verdict.allowed, true);
  assert.deepStrictEqual(await page.evaluate(() => window.guard.verdict), verdict);
  // the verdict event carried the same verdict
  const events = await page.evaluate(() => window.__events);
  assert.deepStrictEqual(events.at(-1), { type: 'verdict', detail: verdict });

  await waitForText(page, '.domainguard-summary-title', 'Keine Einwände: Der Auftrag kann abgeschickt werden.');
  assert.equal(await page.textContent('[data-deadline=notice_deadline]'), '14.03.2009');
  assert.equal(await page.textContent('[data-deadline=close_date]'), '03.04.2009');
  assert.equal(await page.textContent('[data-deadline=undo_until]'), '01.04.2009');
  assert.equal(await page.textContent('[data-deadline=renewal]'), '04.04.2009');
  assert.equal(await page.getAttribute('[data-deadline=notice_deadline] time', 'datetime'), '2009-03-14');
  assert.deepStrictEqual(await texts(page, '.domainguard-summary-list li'), summaryLines(verdict, 'de'));
  assert.equal(await page.isVisible('.domainguard-ack'), false);
  // live region
  assert.equal(await page.getAttribute('.domainguard-status', 'role'), 'status');
  assert.equal(await page.getAttribute('.domainguard-status', 'aria-live'), 'polite');
  assert.equal(await page.locator('[aria-invalid]').count(), 0);

  const sent = submits.next();
  await page.click('button[type=submit]');
  const request = await sent;
  assert.equal(request.method, 'POST');
  assert.deepStrictEqual(pairsOf(request.body), UNTOUCHED_POST);
  await page.waitForSelector('#saved');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('one day late: a warning naming 14.03.2009 must be acknowledged before the submit goes through', async () => {
  const { context, page, problems, submits } = await open('?today=2009-03-15');
  const expectedCase = fixtureCase({ today: '2009-03-15' });
  assert.deepStrictEqual(await page.evaluate(() => window.guard.case), expectedCase);
  const verdict = rules.check(expectedCase);
  assert.equal(verdict.allowed, true);
  const late = verdict.findings.filter((f) => f.severity === 'warn');
  assert.equal(late.length, 1);
  assert.match(late[0].message, /14\.03\.2009/);

  await waitForText(page, '.domainguard-summary-title', 'Zulässig, aber mit Warnungen. Bitte lesen und bestätigen.');
  const lines = await texts(page, '.domainguard-summary-list li');
  assert.deepStrictEqual(lines, summaryLines(verdict, 'de'));
  assert.equal(lines[0], `Warnung: ${late[0].message}`);
  assert.equal(await page.textContent('.domainguard-ack'), ` ${ACK_DE}`);
  assert.equal(await page.isVisible('.domainguard-ack-input'), true);
  assert.equal(await page.isChecked('.domainguard-ack-input'), false);
  // the next possible close is shown
  assert.equal(await page.textContent('[data-deadline=close_date]'), '03.04.2010');
  assert.equal(await page.textContent('[data-deadline=notice_deadline]'), '14.03.2010');

  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);
  const blocked = (await page.evaluate(() => window.__events)).filter((e) => e.type === 'blocked');
  assert.equal(blocked.length, 1);
  assert.equal(blocked[0].detail.reason, 'unacknowledged');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'domainguard-ack-input');

  await page.check('.domainguard-ack-input');
  // the acknowledgement is not a form field
  assert.equal(await page.getAttribute('.domainguard-ack-input', 'name'), null);
  const sent = submits.next();
  await page.click('button[type=submit]');
  const request = await sent;
  assert.deepStrictEqual(pairsOf(request.body), UNTOUCHED_POST.map(([k, v]) => [k, k.endsWith('[term_received]') ? '2009-02-01' : v]));
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('new warnings reset the acknowledgement', async () => {
  const { context, page, submits } = await open('?today=2009-03-15');
  await waitForText(page, '.domainguard-summary-title', 'Zulässig, aber mit Warnungen. Bitte lesen und bestätigen.');
  await page.check('.domainguard-ack-input');

  // an edit that leaves the warnings as they are keeps the acknowledgement
  let next = await armVerdict(page, FORM);
  await page.fill(sel('holder'), 'Erika Mustermann');
  await next();
  assert.equal(await page.isChecked('.domainguard-ack-input'), true);

  // a website still online is a new warning: the acknowledgement is gone
  next = await armVerdict(page, FORM);
  await page.check(sel('website'));
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(fixtureCase({ today: '2009-03-15', 'holder.name': 'Erika Mustermann', 'services.website': true })));
  assert.ok(verdict.findings.some((f) => f.severity === 'warn' && f.field === 'services.website'));
  assert.equal(await page.isChecked('.domainguard-ack-input'), false);
  const websiteWarning = verdict.findings.find((f) => f.field === 'services.website');
  await waitForText(page, `.domainguard-message[data-domainguard-for="services.website"] .domainguard-text`, websiteWarning.message);
  // a warning is described, not invalid
  const website = page.locator(sel('website'));
  assert.equal(await website.getAttribute('aria-invalid'), null);
  const boxId = await page.getAttribute('.domainguard-message[data-domainguard-for="services.website"]', 'id');
  assert.equal(await website.getAttribute('aria-describedby'), boxId);

  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);
  await page.check('.domainguard-ack-input');
  const sent = submits.next();
  await page.click('button[type=submit]');
  await sent;
  assert.equal(submits.sent.length, 1);
  await context.close();
});

test('termination sent to the registrar blocks, next to that field; fixing it releases the block', async () => {
  const { context, page, problems, submits } = await open('?today=2009-02-01');
  const to = page.locator(sel('term_to'));
  assert.equal(await to.getAttribute('aria-describedby'), 'help-term-to');

  let next = await armVerdict(page, FORM);
  await page.selectOption(sel('term_to'), 'registrar');
  const verdict = await next();
  const expected = rules.check(fixtureCase({ 'termination.to': 'registrar' }));
  assert.deepStrictEqual(verdict, expected);
  assert.equal(expected.allowed, false);
  const finding = expected.findings.find((f) => f.field === 'termination.to');
  assert.equal(finding.severity, 'block');

  // the message sits right after the select, text only, referenced by aria-describedby
  const box = page.locator(`${sel('term_to')} + .domainguard-message`);
  assert.equal(await box.locator('.domainguard-text').textContent(), finding.message);
  assert.equal(await box.textContent(), `Blockiert: ${finding.message}`);
  const boxId = await box.getAttribute('id');
  assert.equal(await to.getAttribute('aria-invalid'), 'true');
  assert.equal(await to.getAttribute('aria-describedby'), `help-term-to ${boxId}`);
  await waitForText(page, '.domainguard-summary-title', 'Blockiert: So kann der Auftrag nicht abgeschickt werden. Bitte die markierten Angaben korrigieren.');
  assert.deepStrictEqual(await texts(page, '.domainguard-summary-list li'), summaryLines(expected, 'de'));

  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);
  const blocked = (await page.evaluate(() => window.__events)).filter((e) => e.type === 'blocked');
  assert.equal(blocked.length, 1);
  assert.equal(blocked[0].detail.reason, 'block');
  assert.deepStrictEqual(blocked[0].detail.verdict, expected);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tx_domains_12_term_to');

  // fix it
  next = await armVerdict(page, FORM);
  await page.selectOption(sel('term_to'), 'reseller');
  assert.equal((await next()).allowed, true);
  assert.equal(await page.locator('.domainguard-message').count(), 0);
  assert.equal(await to.getAttribute('aria-invalid'), null);
  assert.equal(await to.getAttribute('aria-describedby'), 'help-term-to');
  const sent = submits.next();
  await page.click('button[type=submit]');
  await sent;
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('typed values survive every check and every stopped submit', async () => {
  const { context, page, submits } = await open('?today=2009-02-01');
  const typed = {
    domain: '  BEISPIEL.de ',
    registered: '04.04.2005',
    holder: '  Erika  Musterfrau ',
    term_received: '1.2.2009',
    evk_text: 'Ich möchte kündigen.\nZeile zwei  ',
    mailboxes: '3',
  };
  for (const [field, value] of Object.entries(typed)) await page.fill(sel(field), value);
  await page.selectOption(sel('term_to'), 'registrar');
  await page.uncheck(sel('evk_ack'));
  const before = await formValues(page, FORM);
  for (const [field, value] of Object.entries(typed)) assert.equal(before[`${P}[${field}]`], value);

  const verdict = await page.evaluate(() => window.guard.check());
  const c = await page.evaluate(() => window.guard.case);
  // the case carries what the rules need; the form keeps what was typed
  assert.equal(c.domain.registered, '2005-04-04');
  assert.equal(c.termination.received, '2009-02-01');
  assert.equal(c.holder.name, '  Erika  Musterfrau ');
  assert.equal(c.services.mailboxes, 3);
  assert.equal(c.evk.acknowledges_availability, false);
  assert.deepStrictEqual(verdict, rules.check(c));
  assert.equal(verdict.allowed, false);
  assert.deepStrictEqual(await formValues(page, FORM), before);

  for (let round = 0; round < 3; round++) {
    await page.click('button[type=submit]');
    await assertNotSent(page, submits, 0, 200);
    assert.deepStrictEqual(await formValues(page, FORM), before, `round ${round}`);
  }
  // more edits, more checks: still exactly what the user typed
  await page.focus(sel('holder'));
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await page.waitForTimeout(300);
  const after = await formValues(page, FORM);
  assert.deepStrictEqual(after, { ...before, [`${P}[holder]`]: `${typed.holder}x` });
  await context.close();
});

test('an impossible date (2009-02-30) shows an error next to the field, naming it', async () => {
  const { context, page, submits } = await open('?today=2009-02-01');
  const next = await armVerdict(page, FORM);
  await page.fill(sel('registered'), '2009-02-30');
  const result = await next();
  const expected = rules.check(fixtureCase({ 'domain.registered': '2009-02-30' }));
  assert.deepStrictEqual(result, expected);
  const error = expected.errors.find((e) => e.field === 'domain.registered');
  assert.ok(error, 'the rules name domain.registered');
  assert.match(error.message, /2009-02-30/);

  const box = page.locator(`${sel('registered')} + .domainguard-message`);
  assert.equal(await box.textContent(), `Blockiert: ${error.message}`);
  assert.equal(await page.getAttribute(sel('registered'), 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute(sel('registered'), 'aria-describedby'), await box.getAttribute('id'));
  assert.equal(await page.inputValue(sel('registered')), '2009-02-30');
  // no deadlines from an unreadable case
  assert.equal(await page.isVisible('.domainguard-deadlines'), false);
  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);
  await context.close();
});

test('holder name with markup is shown as text and runs nothing', async () => {
  const { context, page, problems, submits } = await open('?today=2009-02-01');
  const evil = '<img src=x onerror=alert(1)>';
  let next = await armVerdict(page, FORM);
  await page.fill(sel('holder'), evil);
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(fixtureCase({ 'holder.name': evil })));
  // empty domain name too: its error message quotes what is there, as text
  next = await armVerdict(page, FORM);
  await page.fill(sel('domain'), `${evil}.de`);
  const bad = await next();
  const domainError = (bad.errors ?? bad.findings).find((e) => e.field === 'domain.name');
  assert.ok(domainError, 'the rules report the domain name');
  assert.equal(
    await page.textContent(`${sel('domain')} + .domainguard-message .domainguard-text`),
    domainError.message,
  );
  await page.click('button[type=submit]');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => window.__imagesCreated), 0);
  assert.equal(await page.evaluate(() => window.__alerts), 0);
  assert.deepStrictEqual(problems.dialogs, []);
  assert.equal(submits.sent.length, 0);
  await context.close();
});

test('English messages, and switching the locale at run time', async () => {
  const { context, page, submits } = await open('?today=2009-02-01&locale=en');
  const en = rules.check(fixtureCase({ locale: 'en' }));
  await waitForText(page, '.domainguard-summary-title', 'No objections: the order can be sent.');
  assert.deepStrictEqual(await texts(page, '.domainguard-summary-list li'), summaryLines(en, 'en'));
  assert.equal(await page.textContent('[data-deadline=notice_deadline]'), '14 March 2009');
  assert.equal(await page.textContent('[data-deadline=close_date]'), '3 April 2009');
  // the first deadline listed is the notice deadline, with the verdict's (the calendar's) English label
  assert.equal(en.deadline_list[0].key, 'notice_deadline');
  assert.match(en.deadline_list[0].label, /notice/i);
  assert.equal(await page.textContent('.domainguard-deadline-label'), en.deadline_list[0].label);

  let next = await armVerdict(page, FORM);
  await page.selectOption(sel('term_to'), 'registrar');
  const blockedEn = await next();
  const finding = blockedEn.findings.find((f) => f.field === 'termination.to');
  assert.deepStrictEqual(blockedEn, rules.check(fixtureCase({ locale: 'en', 'termination.to': 'registrar' })));
  assert.equal(await page.textContent(`${sel('term_to')} + .domainguard-message`), `Blocked: ${finding.message}`);
  assert.equal(
    await page.textContent('.domainguard-summary-title'),
    'Blocked: the order cannot be sent like this. Please correct the marked entries.',
  );

  next = await armVerdict(page, FORM);
  await page.evaluate(() => window.guard.setOptions({ locale: 'de' }));
  const de = await next();
  const findingDe = de.findings.find((f) => f.field === 'termination.to');
  assert.notEqual(findingDe.message, finding.message);
  assert.equal(await page.textContent(`${sel('term_to')} + .domainguard-message`), `Blockiert: ${findingDe.message}`);
  assert.equal(await page.textContent('[data-deadline=notice_deadline]'), '14.03.2009');

  // warnings in English: the acknowledgement label too
  await page.selectOption(sel('term_to'), 'reseller');
  next = await armVerdict(page, FORM);
  await page.evaluate(() => window.guard.setOptions({ locale: 'en', today: '2009-03-15' }));
  await next();
  assert.equal(await page.textContent('.domainguard-ack'), ` ${ACK_EN}`);
  assert.equal(submits.sent.length, 0);
  await context.close();
});

test('detach() removes every element, attribute and listener it added', async () => {
  const { context, page, submits } = await open('?today=2009-03-15');
  // get into a state with a blocking message, a warning and the acknowledgement on show
  const next = await armVerdict(page, FORM);
  await page.selectOption(sel('term_to'), 'registrar');
  await next();
  await page.check(sel('website'));
  await page.waitForFunction(() => document.querySelectorAll('.domainguard-message').length >= 2);
  assert.equal(await page.getAttribute(sel('term_to'), 'aria-invalid'), 'true');

  await page.evaluate(() => window.guard.detach());
  assert.deepStrictEqual(await domSnapshot(page, FORM), await page.evaluate(() => window.__before));
  assert.equal(await page.locator('[class*=domainguard]').count(), 0);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await page.getAttribute(sel('term_to'), 'aria-describedby'), 'help-term-to');

  // no listeners left: edits add nothing, and the (blocked) form submits
  await page.fill(sel('registered'), '2009-02-30');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('[class*=domainguard]').count(), 0);
  const eventsBefore = (await page.evaluate(() => window.__events)).length;
  const sent = submits.next();
  await page.click('button[type=submit]');
  const request = await sent;
  assert.ok(pairsOf(request.body).some(([k, v]) => k === `${P}[term_to]` && v === 'registrar'));
  await context.close();
  assert.ok(eventsBefore > 0);
});
