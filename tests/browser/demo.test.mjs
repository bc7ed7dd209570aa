// The close/transfer training page (demo/close.html), served by scripts/serve.mjs, in real headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, waitForText, texts, formValues, armVerdict } from './helpers.mjs';
import { seed004, patched, NO_SERVICES } from '../support/cases.mjs';

const env = useBrowser();
const rules = await loadRules();

const NOTICE_0403 =
  'Bitte schließen Sie die Domain beispiel.de, zum 03.04.2009, die EVK des Kunden, Herr / Frau Max Mustermann liegt uns vor';

/** The untouched close form of demo/close.html: seed 004 on time, with the page's EVK wording. */
const closeCase = (patch = {}) =>
  seed004(
    { close: { mode: 'expiry' }, services: { ...NO_SERVICES } },
    {
      'evk.text':
        'Hiermit beantrage ich die Schließung (Close) meiner Domain beispiel.de. Mir ist bewusst, dass die Domain danach für jedermann wieder erhältlich ist.',
      ...patch,
    },
  );

/** The untouched transfer form: seed 004's termination and EVK, for a change of provider. */
function transferCase(patch = {}) {
  const c = seed004({ action: 'transfer_out', authinfo: { created: '2009-02-01', planned_transfer: '2009-02-20' } });
  c.evk = {
    signed_by: 'holder',
    date: '2009-02-01',
    text: 'Hiermit kündige ich meine Domain beispiel.de zum Wechsel zur Neuer Provider GmbH.',
    new_provider: 'Neuer Provider GmbH',
  };
  return patched(c, patch);
}

async function open(query = '', options = {}) {
  const { context, page, problems } = await newPage(env.browser, options);
  const sent = [];
  const wasm = [];
  page.on('request', (r) => {
    if (r.url().includes('/demo/submitted.html?')) sent.push(new URL(r.url()).searchParams);
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(r.url());
  });
  await page.goto(`${env.origin}/demo/close.html${query}`);
  await page.waitForSelector('html[data-demo-ready]');
  await page.waitForSelector('#close-form .domainguard-summary:not([data-state=loading])');
  await page.waitForSelector('#transfer-form .domainguard-summary:not([data-state=loading])', { state: 'attached' });
  return { context, page, problems, sent, wasm };
}

const timeline = (page, box) =>
  page.$$eval(`#${box} .timeline-list li`, (lis) => lis.map((li) => [li.dataset.key, li.querySelector('time').textContent]));

async function waitSent(page, sent, count) {
  await page.waitForFunction((n) => document.querySelectorAll('#sent-log li').length >= n, count, { timeout: 5000 });
  assert.equal(sent.length, count);
}

test('seed 004 on time: the timeline, the letters, and the submit goes through', async () => {
  const { context, page, problems, sent, wasm } = await open();
  // two guards and the page itself: the wasm is fetched once
  assert.equal(wasm.length, 1);
  assert.equal(await page.inputValue('#today'), '2009-02-01');
  const expected = rules.check(closeCase());
  assert.equal(expected.allowed, true);
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardDemo.handles.close.case), closeCase());
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardDemo.handles.close.verdict), expected);

  assert.deepStrictEqual(await timeline(page, 'close-timeline'), [
    ['today', '01.02.2009'],
    ['notice_deadline', '14.03.2009'],
    ['undo_until', '01.04.2009'],
    ['close_date', '03.04.2009'],
    ['renewal', '04.04.2009'],
    ['rgp_until', '03.05.2009'],
  ]);
  // the SVG drawing carries the same dates, as text
  const svgDates = await page.$$eval('#close-timeline svg g[data-key]', (gs) =>
    gs.map((g) => [g.dataset.key, g.querySelector('text.date').textContent]),
  );
  assert.deepStrictEqual(Object.fromEntries(svgDates), {
    today: '01.02.2009',
    notice_deadline: '14.03.2009',
    undo_until: '01.04.2009',
    close_date: '03.04.2009',
    renewal: '04.04.2009',
    rgp_until: '03.05.2009',
  });
  assert.equal(await page.$eval('#close-timeline svg', (s) => s.namespaceURI), 'http://www.w3.org/2000/svg');

  assert.equal(await page.textContent('#close-documents [data-document=registrar_notice] pre'), NOTICE_0403);
  assert.equal(expected.documents.registrar_notice, NOTICE_0403);
  assert.equal(await page.textContent('#close-documents [data-document=holder_letter] pre'), expected.documents.holder_letter);
  assert.equal(await page.textContent('#close-documents [data-document=registrar_notice] h3'), 'Meldung an den Registrar');
  await waitForText(page, '#close-form .domainguard-summary-title', 'Keine Einwände: Der Auftrag kann abgeschickt werden.');

  await page.click('#c-submit');
  await waitSent(page, sent, 1);
  assert.equal(sent[0].get('form'), 'close');
  assert.equal(sent[0].get('holder'), 'Max Mustermann');
  assert.match(await page.textContent('#sent-log li'), /Schließung übermittelt: beispiel\.de$/);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('one day late (2009-03-15): the warning names 14.03.2009 and must be acknowledged', async () => {
  const { context, page, sent } = await open();
  const next = await armVerdict(page, '#close-form');
  await page.fill('#today', '2009-03-15');
  const verdict = await next();
  const expected = rules.check(closeCase({ today: '2009-03-15' }));
  assert.deepStrictEqual(verdict, expected);
  const warning = expected.findings.find((f) => f.severity === 'warn');
  assert.match(warning.message, /14\.03\.2009/);
  await waitForText(page, '#close-form .domainguard-summary-list li', `Warnung: ${warning.message}`);
  assert.deepStrictEqual(await timeline(page, 'close-timeline'), [
    ['today', '15.03.2009'],
    ['renewal', '04.04.2009'],
    ['notice_deadline', '14.03.2010'],
    ['undo_until', '01.04.2010'],
    ['close_date', '03.04.2010'],
    ['rgp_until', '03.05.2010'],
  ]);
  assert.match(await page.textContent('#close-documents [data-document=registrar_notice] pre'), /zum 03\.04\.2010/);

  await page.click('#c-submit');
  await page.waitForTimeout(400);
  assert.equal(sent.length, 0);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'domainguard-ack-input');
  assert.equal(
    await page.textContent('#close-form .domainguard-ack'),
    ' Ich habe die Warnungen gelesen und möchte trotzdem fortfahren.',
  );
  await page.check('#close-form .domainguard-ack-input');
  await page.click('#c-submit');
  await waitSent(page, sent, 1);
  await context.close();
});

test('termination to the registrar: blocked next to the field, typed values unchanged, fix releases', async () => {
  const { context, page, sent } = await open();
  await page.fill('#c-holder', 'Erika Musterfrau');
  await page.fill('#c-registered', '04.04.2005');
  // the verdict of this choice (a late verdict of the typing before it is skipped)
  let next = await armVerdict(page, '#close-form', "(v.findings ?? []).some((f) => f.field === 'termination.to')");
  await page.selectOption('#c-to', 'registrar');
  const verdict = await next();
  const expected = rules.check(closeCase({ 'termination.to': 'registrar', 'holder.name': 'Erika Musterfrau' }));
  assert.deepStrictEqual(verdict, expected);
  const finding = expected.findings.find((f) => f.field === 'termination.to');
  assert.equal(await page.textContent('#c-to + .domainguard-message'), `Blockiert: ${finding.message}`);
  assert.equal(await page.getAttribute('#c-to', 'aria-invalid'), 'true');
  const values = await formValues(page, '#close-form');
  const todayValue = await page.inputValue('#today');
  for (let i = 0; i < 2; i++) {
    await page.click('#c-submit');
    await page.waitForTimeout(250);
  }
  assert.equal(sent.length, 0);
  assert.deepStrictEqual(await formValues(page, '#close-form'), values);
  assert.equal(await page.inputValue('#today'), todayValue);
  assert.equal(values.registered, '04.04.2005');

  next = await armVerdict(page, '#close-form');
  await page.selectOption('#c-to', 'reseller');
  assert.equal((await next()).allowed, true);
  assert.equal(await page.getAttribute('#c-to', 'aria-invalid'), null);
  assert.equal(await page.locator('#close-form .domainguard-message').count(), 0);
  await page.click('#c-submit');
  await waitSent(page, sent, 1);
  assert.equal(sent[0].get('holder'), 'Erika Musterfrau');
  await context.close();
});

test('English switch: page, messages, deadlines and letters in English; and back', async () => {
  const { context, page } = await open();
  const next = await armVerdict(page, '#close-form');
  await page.click('#lang-en');
  const verdict = await next();
  const expected = rules.check(closeCase({ locale: 'en' }));
  assert.deepStrictEqual(verdict, expected);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Terminating a domain: close and transfer');
  assert.equal(await page.textContent('#tab-transfer'), 'Transfer out');
  assert.equal(await page.textContent('label[for=today]'), 'Today (training date)');
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  await waitForText(page, '#close-form .domainguard-summary-title', 'No objections: the order can be sent.');
  const infos = expected.findings.map((f) => `Note: ${f.message}`);
  assert.deepStrictEqual(await texts(page, '#close-form .domainguard-summary-list li'), infos);
  assert.ok(infos.some((line) => line.includes('14 March 2009')));
  assert.deepStrictEqual((await timeline(page, 'close-timeline')).slice(0, 2), [
    ['today', '1 February 2009'],
    ['notice_deadline', '14 March 2009'],
  ]);
  // the timeline labels a deadline as the verdict does (the calendar's English label)
  const noticeLabel = expected.deadline_list.find((d) => d.key === 'notice_deadline').label;
  assert.match(noticeLabel, /notice/i);
  assert.equal(await page.textContent('#close-timeline li[data-key=notice_deadline] span'), noticeLabel);
  assert.equal(await page.textContent('#close-documents [data-document=holder_letter] h3'), 'Confirmation letter to the holder');
  assert.equal(await page.textContent('#close-documents [data-document=holder_letter] pre'), expected.documents.holder_letter);
  // the registrar's wording is the registrar's template, German either way
  assert.equal(await page.textContent('#close-documents [data-document=registrar_notice] pre'), NOTICE_0403);

  // a blocking message in English
  await page.selectOption('#c-to', 'registrar');
  const blockedEn = rules.check(closeCase({ locale: 'en', 'termination.to': 'registrar' }));
  const finding = blockedEn.findings.find((f) => f.field === 'termination.to');
  await waitForText(page, '#c-to + .domainguard-message', `Blocked: ${finding.message}`);

  await page.click('#lang-de');
  const de = rules.check(closeCase({ 'termination.to': 'registrar' })).findings.find((f) => f.field === 'termination.to');
  await waitForText(page, '#c-to + .domainguard-message', `Blockiert: ${de.message}`);
  assert.equal(await page.textContent('h1'), 'Domain kündigen: Schließung und Providerwechsel');
  await context.close();
});

test('?lang=en opens the page in English', async () => {
  const { context, page } = await open('?lang=en&today=2009-03-15');
  const expected = rules.check(closeCase({ locale: 'en', today: '2009-03-15' }));
  const warning = expected.findings.find((f) => f.severity === 'warn');
  assert.match(warning.message, /14 March 2009/);
  await waitForText(page, '#close-form .domainguard-summary-list li', `Warning: ${warning.message}`);
  assert.equal(await page.textContent('#close-form .domainguard-ack'), ' I have read the warnings and want to proceed anyway.');
  await context.close();
});

test('a holder name with markup is shown as text in the letters and runs nothing', async () => {
  const { context, page, problems, sent } = await open();
  const evil = '<img src=x onerror=alert(1)>';
  const next = await armVerdict(page, '#close-form');
  await page.fill('#c-holder', evil);
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(closeCase({ 'holder.name': evil })));
  const notice = await page.textContent('#close-documents [data-document=registrar_notice] pre');
  assert.equal(notice, `Bitte schließen Sie die Domain beispiel.de, zum 03.04.2009, die EVK des Kunden, Herr / Frau ${evil} liegt uns vor`);
  assert.ok((await page.textContent('#close-documents [data-document=holder_letter] pre')).includes(evil));
  await page.click('#c-submit');
  await waitSent(page, sent, 1);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => window.__imagesCreated), 0);
  assert.equal(await page.evaluate(() => window.__alerts), 0);
  assert.deepStrictEqual(problems.dialogs, []);
  assert.equal(sent[0].get('holder'), evil);
  await context.close();
});

test('copy buttons put the letter on the clipboard (and fall back without the Clipboard API)', async () => {
  const { context, page } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('#close-documents [data-document=registrar_notice] button.copy');
  await waitForText(page, '#close-documents [data-document=registrar_notice] .copy-feedback', 'Kopiert.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), NOTICE_0403);

  // without navigator.clipboard: the textarea fallback, which leaves nothing behind
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  const textareasBefore = await page.locator('textarea').count();
  await page.click('#close-documents [data-document=holder_letter] button.copy');
  await page.waitForFunction(
    () => document.querySelector('#close-documents [data-document=holder_letter] .copy-feedback').textContent !== '',
  );
  const feedback = await page.textContent('#close-documents [data-document=holder_letter] .copy-feedback');
  assert.ok(
    ['Kopiert.', 'Kopieren nicht möglich – bitte den Text markieren und kopieren.'].includes(feedback),
    feedback,
  );
  assert.equal(await page.locator('textarea').count(), textareasBefore);
  await context.close();
});

test('transfer tab: AuthInfo expiry and transfer-safe date on the timeline, letter, submit', async () => {
  const { context, page, problems, sent } = await open();
  await page.click('#tab-transfer');
  assert.equal(await page.isVisible('#panel-transfer'), true);
  assert.equal(await page.isVisible('#panel-close'), false);
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardDemo.handles.transfer_out.case), transferCase());
  const expected = rules.check(transferCase());
  assert.equal(expected.allowed, true);
  assert.equal(expected.deadlines.authinfo_expires, '2009-03-03');
  assert.equal(expected.deadlines.transfer_safe_until, '2009-04-02');
  const shown = Object.fromEntries(await timeline(page, 'transfer-timeline'));
  assert.equal(shown.today, '01.02.2009');
  assert.equal(shown.authinfo_expires, '03.03.2009');
  assert.equal(shown.notice_deadline, '14.03.2009');
  assert.equal(shown.transfer_safe_until, '02.04.2009');
  assert.equal(shown.renewal, '04.04.2009');
  assert.equal(await page.textContent('#transfer-documents [data-document=holder_letter] pre'), expected.documents.holder_letter);

  // no new provider in the EVK: blocked next to that field
  let next = await armVerdict(page, '#transfer-form');
  await page.fill('#t-new-provider', '');
  const blocked = await next();
  assert.deepStrictEqual(blocked, rules.check(transferCase({ 'evk.new_provider': undefined })));
  const finding = blocked.findings.find((f) => f.field === 'evk.new_provider');
  assert.equal(finding.severity, 'block');
  assert.equal(await page.textContent('#t-new-provider + .domainguard-message'), `Blockiert: ${finding.message}`);
  await page.click('#t-submit');
  await page.waitForTimeout(300);
  assert.equal(sent.length, 0);

  next = await armVerdict(page, '#transfer-form');
  await page.fill('#t-new-provider', 'Neuer Provider GmbH');
  assert.equal((await next()).allowed, true);
  await page.click('#t-submit');
  await waitSent(page, sent, 1);
  assert.equal(sent[0].get('form'), 'transfer_out');
  assert.match(await page.textContent('#sent-log li'), /Providerwechsel übermittelt: beispiel\.de$/);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('an impossible training date shows the error next to the date field', async () => {
  const { context, page, sent } = await open();
  const next = await armVerdict(page, '#close-form');
  await page.fill('#today', '2009-02-30');
  const result = await next();
  const expected = rules.check(closeCase({ today: '2009-02-30' }));
  assert.deepStrictEqual(result, expected);
  const error = expected.errors.find((e) => e.field === 'today');
  assert.match(error.message, /2009-02-30/);
  // the visible tab's guard shows it right after the field
  const visible = await page.$$eval('#today ~ .domainguard-message', (boxes) =>
    boxes.filter((b) => b.offsetParent !== null).map((b) => b.textContent),
  );
  assert.deepStrictEqual(visible, [`Blockiert: ${error.message}`]);
  assert.equal(await page.getAttribute('#today', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#today'), '2009-02-30');
  assert.equal(await page.textContent('#close-timeline .empty'), 'Keine Fristen: Bitte zuerst die markierten Eingaben korrigieren.');
  await page.click('#c-submit');
  await page.waitForTimeout(300);
  assert.equal(sent.length, 0);

  // both guards let go of the shared field once the date is valid again
  const fixed = await armVerdict(page, '#transfer-form');
  await page.fill('#today', '2009-02-01');
  await fixed();
  await page.waitForFunction(() => document.querySelectorAll('#today ~ .domainguard-message').length === 0);
  assert.equal(await page.getAttribute('#today', 'aria-invalid'), null);
  assert.equal(await page.getAttribute('#today', 'aria-describedby'), null);
  await context.close();
});
