// The "moving a customer" page (demo/move.html, seed 000) and a declarative AuthInfo form, in
// real headless Chromium: the AuthInfo cannot be pasted, copied, shown, generated or sent
// until the move checklist is complete; the code never shows up anywhere but in the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, recordSubmits, waitForText, texts, assertNotSent, armVerdict, settle } from './helpers.mjs';
import { patched } from '../support/cases.mjs';

const FORM = '#move-form';
const FIELD = '#m-authinfo';
const STATUS = '#move-form .domainguard-authinfo';
const SUBMITTED = '**/demo/submitted.html';
const DENIC = /^[A-HJ-NP-Za-km-np-z2-9+\-/*]{16}$/;
const CHECKBOXES = ['#m-website-copied', '#m-website-tested', '#m-dns-mx', '#m-dns-spf', '#m-dns-a', '#m-dns-cname', '#m-tls', '#m-cms'];
const HELD = {
  de: 'Die AuthInfo bleibt zurückgehalten, solange die Prüfung blockiert (z. B. die Checkliste offen ist): kein Einfügen, Kopieren, Anzeigen oder Generieren.',
  en: 'The AuthInfo is held back while the check blocks (e.g. the checklist is open): no pasting, copying, showing or generating.',
};

const env = useBrowser();
const rules = await loadRules();

/** The case the untouched page (seed 000 as it stood on 28 April 2014) must produce. */
function moveCase(patch = {}) {
  const c = {
    action: 'authinfo_release',
    today: '2014-04-28',
    locale: 'de',
    policy: 'default',
    domain: { name: 'kunde-shop.de' },
    move: {
      website_copied: false,
      website_tested: false,
      mailboxes: 5,
      mailboxes_done: 0,
      dns: null,
      tls_checked: false,
      cms_requirements_checked: false,
      switch_at: '2014-04-30T22:00',
      old_contract_end: '2014-04-30',
    },
    authinfo: { created: '2014-04-28' },
  };
  return patched(c, patch);
}

const COMPLETE = {
  'move.website_copied': true,
  'move.website_tested': true,
  'move.mailboxes_done': 5,
  'move.dns': { mx: true, spf_dkim: true, a_aaaa: true, cname: true },
  'move.tls_checked': true,
  'move.cms_requirements_checked': true,
  'move.old_contract_end': '2014-05-31',
};

async function open(query = '', { clipboard = false } = {}) {
  const { context, page, problems } = await newPage(env.browser, {
    permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : [],
  });
  const consoleTexts = [];
  page.on('console', (msg) => consoleTexts.push(msg.text()));
  const submits = await recordSubmits(page, SUBMITTED);
  await page.goto(`${env.origin}/demo/move.html${query}`);
  await page.waitForSelector('html[data-demo-ready]');
  await page.evaluate(() => {
    window.__details = [];
    const form = document.getElementById('move-form');
    for (const type of ['domainguard:verdict', 'domainguard:blocked']) {
      form.addEventListener(type, (e) => window.__details.push(JSON.stringify(e.detail)));
    }
  });
  return { context, page, problems, submits, consoleTexts };
}

async function completeChecklist(page) {
  // Ticked by keyboard, as a keyboard user does: each tick's debounced re-check adds or removes
  // messages beside the fields, which can move the next box from under a mouse pointer between
  // Playwright's stability check and its click (seen under load: "Clicking the checkbox did not
  // change its state").
  for (const box of CHECKBOXES) {
    await page.focus(box);
    if (!(await page.isChecked(box))) await page.keyboard.press('Space');
    assert.equal(await page.isChecked(box), true, `${box} is ticked`);
  }
  await page.fill('#m-mailboxes-done', '5');
  await settle(page); // the debounced checks of the steps above are done
  const next = await armVerdict(page, FORM);
  await page.fill('#m-old-end', '2014-05-31');
  return next();
}

/** The page state of the AuthInfo field and its buttons. */
function fieldState(page) {
  return page.evaluate(() => {
    const input = document.getElementById('m-authinfo');
    const reveal = document.querySelector('#move-form .domainguard-reveal');
    const gen = document.querySelector('#move-form .domainguard-generate');
    return {
      type: input.type,
      value: input.value,
      reveal: { text: reveal.textContent, disabled: reveal.disabled, pressed: reveal.getAttribute('aria-pressed') },
      generate: { text: gen.textContent, disabled: gen.disabled },
    };
  });
}

/** A synthetic paste with a DataTransfer; returns whether the guard cancelled it. */
function syntheticClipboard(page, type, text) {
  return page.evaluate(
    ([eventType, data]) => {
      const dt = new DataTransfer();
      if (data !== null) dt.setData('text/plain', data);
      const event = new ClipboardEvent(eventType, { clipboardData: dt, bubbles: true, cancelable: true });
      return !document.getElementById('m-authinfo').dispatchEvent(event);
    },
    [type, text],
  );
}

/** Every place outside the input's value where a secret could leak into the page. */
function leaks(page, secret) {
  return page.evaluate((code) => {
    const found = [];
    if (document.body.innerText.includes(code)) found.push('body.innerText');
    if (document.documentElement.textContent.includes(code)) found.push('textContent');
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.value.includes(code)) found.push(`${el.tagName}[${a.name}]`);
    }
    for (const d of window.__details) if (d.includes(code)) found.push('event detail');
    const demo = window.domainguardDemo;
    if (JSON.stringify(demo.handle.verdict).includes(code)) found.push('verdict');
    return found;
  }, secret);
}

function checklistLines(verdict, locale = 'de') {
  const word = locale === 'de' ? { true: 'erledigt', false: 'offen' } : { true: 'done', false: 'open' };
  return verdict.checklist.map((i) => `${word[i.done]} ${i.label}`);
}

test('nothing done: the AuthInfo is masked and held back – no paste, copy, reveal, generate or submit', async () => {
  const { context, page, problems, submits, consoleTexts } = await open('', { clipboard: true });
  const expected = rules.check(moveCase());
  assert.equal(expected.allowed, false);
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardDemo.handle.case), moveCase());
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardDemo.handle.verdict), expected);
  await waitForText(page, '#checklist-progress', `${expected.checklist.filter((i) => i.done).length} von 11 Punkten erledigt`);
  // the old contract runs to the end of the switch day (R-M2): that item is done
  assert.equal(await page.textContent('#checklist-progress'), '2 von 11 Punkten erledigt');
  assert.deepStrictEqual(await texts(page, '#checklist li'), checklistLines(expected));
  assert.equal(await page.textContent('#move-deadlines [data-deadline=authinfo_expires]'), '28.05.2014');
  assert.equal(await page.textContent('#move-form [data-deadline=authinfo_expires]'), '28.05.2014');
  // seed 000's contract ends on the day of the switch: it runs to the end of that day, so a
  // warning, not a block (R-M2)
  const sameDay = expected.findings.find((f) => f.code === 'MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY');
  await waitForText(page, '#m-old-end + .domainguard-message', `Warnung: ${sameDay.message}`);

  assert.deepStrictEqual(await fieldState(page), {
    type: 'password',
    value: '',
    reveal: { text: 'AuthInfo anzeigen', disabled: true, pressed: 'false' },
    generate: { text: 'Generieren', disabled: true },
  });
  assert.equal(await page.textContent(STATUS), `Gesperrt: ${HELD.de}`);
  assert.equal(await page.getAttribute(STATUS, 'role'), 'status');
  assert.ok((await page.getAttribute(FIELD, 'aria-describedby')).split(' ').includes(await page.getAttribute(STATUS, 'id')));

  // a real paste (Ctrl+V from the clipboard) does not land in the field
  const secret = 'Ab3+Xy9/Zq7k';
  await page.evaluate((code) => navigator.clipboard.writeText(code), secret);
  await page.focus(FIELD);
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue(FIELD), '');
  await waitForText(page, STATUS, `Einfügen gesperrt: ${HELD.de}`);
  // a synthetic paste with a DataTransfer and a drop are cancelled as well
  assert.equal(await syntheticClipboard(page, 'paste', secret), true);
  assert.equal(await page.inputValue(FIELD), '');
  assert.equal(
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'x');
      return !document.getElementById('m-authinfo').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }),
    true,
  );
  // typing stays possible (the guard never changes what the user typed); copy and cut do not
  await page.keyboard.type('Ab3+Xy9/Zq7k');
  assert.equal(await page.inputValue(FIELD), secret);
  assert.equal(await syntheticClipboard(page, 'copy', null), true);
  await waitForText(page, STATUS, `Kopieren gesperrt: ${HELD.de}Hinweis: Das Format der AuthInfo stimmt.`);
  assert.equal(await syntheticClipboard(page, 'cut', null), true);
  assert.equal(await page.inputValue(FIELD), secret);

  // the disabled buttons do nothing, even when a script re-enables them
  await page.evaluate(() => {
    for (const b of document.querySelectorAll('.domainguard-reveal, .domainguard-generate')) {
      b.disabled = false;
      b.click();
    }
  });
  assert.equal(await page.getAttribute(FIELD, 'type'), 'password');
  assert.equal(await page.inputValue(FIELD), secret);

  // and the submit is stopped
  await page.click('#m-submit');
  await assertNotSent(page, submits, 0);
  assert.equal(await page.getAttribute('#move-form .domainguard-summary', 'data-state'), 'blocked');
  assert.equal(await page.locator('#sent-log li').count(), 0);
  assert.deepStrictEqual(await leaks(page, secret), []);
  assert.ok(!consoleTexts.some((t) => t.includes(secret)));
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('ticking every item releases the AuthInfo: paste, reveal, generate and the submit work; unticking one holds it back again', async () => {
  const { context, page, problems, submits, consoleTexts } = await open('', { clipboard: true });
  const verdict = await completeChecklist(page);
  const expected = rules.check(moveCase(COMPLETE));
  assert.deepStrictEqual(verdict, expected);
  assert.equal(expected.allowed, true);
  assert.ok(expected.checklist.every((i) => i.done));
  await waitForText(page, '#checklist-progress', '11 von 11 Punkten erledigt');
  assert.deepStrictEqual(await texts(page, '#checklist li'), checklistLines(expected));
  assert.equal(await page.textContent(STATUS), '');
  assert.deepStrictEqual(await fieldState(page), {
    type: 'password',
    value: '',
    reveal: { text: 'AuthInfo anzeigen', disabled: false, pressed: 'false' },
    generate: { text: 'Generieren', disabled: false },
  });

  // a real paste goes in now
  const secret = 'Ab3+Xy9/Zq7k';
  await page.evaluate((code) => navigator.clipboard.writeText(code), secret);
  await page.focus(FIELD);
  let next = await armVerdict(page, FORM);
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue(FIELD), secret);
  const withCode = await next();
  assert.deepStrictEqual(withCode, rules.check(moveCase({ ...COMPLETE, 'authinfo.code': secret })));
  assert.equal(await page.textContent(STATUS), 'Hinweis: Das Format der AuthInfo stimmt.');
  assert.equal(await syntheticClipboard(page, 'copy', null), false, 'copy is not stopped once released');

  // reveal toggles password/text
  await page.click('#move-form .domainguard-reveal');
  assert.equal(await page.getAttribute(FIELD, 'type'), 'text');
  assert.equal(await page.getAttribute('#move-form .domainguard-reveal', 'aria-pressed'), 'true');
  await page.click('#move-form .domainguard-reveal');
  assert.equal(await page.getAttribute(FIELD, 'type'), 'password');
  assert.equal(await page.getAttribute('#move-form .domainguard-reveal', 'aria-pressed'), 'false');
  await page.click('#move-form .domainguard-reveal');
  assert.equal(await page.getAttribute(FIELD, 'type'), 'text');

  // only a warning remains (mailboxes may be locked at the switch): acknowledge and send
  const warn = expected.findings.find((f) => f.severity === 'warn');
  assert.equal(warn.code, 'MOVE_MAILBOX_LOCK');
  await page.check('#move-form .domainguard-ack-input');
  const sent = submits.next();
  await page.click('#m-submit');
  const request = await sent;
  assert.equal(request.method, 'POST', 'an AuthInfo is posted, never put into a URL');
  assert.ok(!request.url.includes(secret));
  const body = new URLSearchParams(request.body);
  assert.equal(body.get('authinfo'), secret);
  assert.equal(body.get('form'), 'authinfo_release');
  await waitForText(page, '#sent-log li', 'AuthInfo-Freigabe übermittelt: kunde-shop.de');

  // unticking one item holds the code back again: masked, buttons disabled, submit stopped
  next = await armVerdict(page, FORM);
  await page.uncheck('#m-dns-cname');
  const open_ = await next();
  assert.equal(open_.allowed, false);
  assert.deepStrictEqual(open_.checklist.filter((i) => !i.done).map((i) => i.item), ['dns_cname']);
  assert.deepStrictEqual(await fieldState(page), {
    type: 'password',
    value: secret,
    reveal: { text: 'AuthInfo anzeigen', disabled: true, pressed: 'false' },
    generate: { text: 'Generieren', disabled: true },
  });
  assert.equal(await syntheticClipboard(page, 'copy', null), true);
  await page.click('#m-submit');
  await assertNotSent(page, submits, 1);
  assert.deepStrictEqual(await leaks(page, secret), []);
  assert.ok(!consoleTexts.some((t) => t.includes(secret)));
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('the generate button fills a 16-character DENIC code that passes the validator, and nothing else shows it', async () => {
  const { context, page, problems, consoleTexts } = await open();
  await completeChecklist(page);
  const next = await armVerdict(page, FORM);
  await page.click('#move-form .domainguard-generate');
  const code = await page.inputValue(FIELD);
  assert.match(code, DENIC);
  assert.deepStrictEqual(rules.checkAuthinfo('de', code, 'de'), { valid: true, reason: null, positions: [], message: null });
  // the guard re-checked the form with the new code (the generate fires input and change)
  const verdict = await next();
  assert.deepStrictEqual(verdict, rules.check(moveCase({ ...COMPLETE, 'authinfo.code': code })));
  assert.ok(!verdict.findings.some((f) => f.code === 'AUTHINFO_INVALID'));
  assert.equal(await page.textContent(STATUS), 'Hinweis: Das Format der AuthInfo stimmt.');
  assert.equal(await page.getAttribute(FIELD, 'type'), 'password');
  assert.equal(await page.getAttribute(FIELD, 'value'), '', 'the value attribute is not touched');
  // a second click gives another code
  await page.click('#move-form .domainguard-generate');
  const second = await page.inputValue(FIELD);
  assert.match(second, DENIC);
  assert.notEqual(second, code);
  await page.waitForTimeout(300);
  for (const c of [code, second]) {
    assert.deepStrictEqual(await leaks(page, c), []);
    assert.ok(!consoleTexts.some((t) => t.includes(c)));
  }
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('typing AbIl3O0xyz: the message names positions 3, 4, 6, 7; the code is nowhere but in the field', async () => {
  const { context, page, problems, consoleTexts } = await open();
  const code = 'AbIl3O0xyz';
  const check = rules.checkAuthinfo('kunde-shop.de', code, 'de');
  assert.deepStrictEqual(check.positions, [3, 4, 6, 7]);
  assert.match(check.message, /Positionen 3, 4, 6, 7/);
  await page.focus(FIELD);
  await page.keyboard.type(code);
  // as typed: the message next to the field, before the (debounced) check of the form
  await waitForText(page, STATUS, `Gesperrt: ${HELD.de}AuthInfo ungültig: ${check.message}`);
  assert.equal(await page.getAttribute(FIELD, 'aria-invalid'), 'true');
  await settle(page);
  const verdict = await page.evaluate(() => window.domainguardDemo.handle.verdict);
  assert.deepStrictEqual(verdict, rules.check(moveCase({ 'authinfo.code': code })));
  const invalid = verdict.findings.find((f) => f.code === 'AUTHINFO_INVALID');
  assert.deepStrictEqual(invalid.params.positions, [3, 4, 6, 7]);
  // the summary lists the finding; next to the field only the guard's own line (no duplicate)
  assert.ok((await texts(page, '#move-form .domainguard-summary-list li')).includes(`Blockiert: ${invalid.message}`));
  assert.equal(await page.locator('#move-form .domainguard-message[data-domainguard-for="authinfo.code"]').count(), 0);
  assert.equal(await page.inputValue(FIELD), code);
  assert.deepStrictEqual(await leaks(page, code), []);
  assert.ok(!consoleTexts.some((t) => t.includes(code)));

  // once the checklist is complete, the code can be shown: still only as the field's value
  await completeChecklist(page);
  await waitForText(page, STATUS, `AuthInfo ungültig: ${check.message}`);
  await page.click('#move-form .domainguard-reveal');
  assert.equal(await page.getAttribute(FIELD, 'type'), 'text');
  assert.deepStrictEqual(await leaks(page, code), []);
  // fixing it clears the message and aria-invalid
  await page.fill(FIELD, 'Ab3+Xy9/Zq');
  await waitForText(page, STATUS, 'Hinweis: Das Format der AuthInfo stimmt.');
  assert.equal(await page.getAttribute(FIELD, 'aria-invalid'), null);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('English: buttons, lock message, validation and checklist in English', async () => {
  const { context, page, problems } = await open('?lang=en', { clipboard: true });
  const expected = rules.check(moveCase({ locale: 'en' }));
  await waitForText(page, '#checklist-progress', '2 of 11 items done');
  assert.deepStrictEqual(await texts(page, '#checklist li'), checklistLines(expected, 'en'));
  assert.equal(await page.textContent('h1'), 'Moving a customer: the AuthInfo only after the checklist');
  assert.deepStrictEqual((await fieldState(page)).reveal, { text: 'Show AuthInfo', disabled: true, pressed: 'false' });
  assert.equal((await fieldState(page)).generate.text, 'Generate');
  assert.equal(await page.textContent(STATUS), `Locked: ${HELD.en}`);
  await page.evaluate(() => navigator.clipboard.writeText('Ab3+Xy9/Zq7k'));
  await page.focus(FIELD);
  await page.keyboard.press('Control+V');
  await waitForText(page, STATUS, `Pasting blocked: ${HELD.en}`);
  await page.keyboard.type('AbIl3O0xyz');
  const check = rules.checkAuthinfo('de', 'AbIl3O0xyz', 'en');
  await waitForText(page, STATUS, `Pasting blocked: ${HELD.en}AuthInfo invalid: ${check.message}`);
  // back to German: the guard's own text follows
  await page.click('#lang-de');
  await waitForText(page, STATUS, `Einfügen gesperrt: ${HELD.de}AuthInfo ungültig: ${rules.checkAuthinfo('de', 'AbIl3O0xyz', 'de').message}`);
  assert.equal((await fieldState(page)).reveal.text, 'AuthInfo anzeigen');
  assert.equal(await page.getAttribute('a[data-page="request.html"]', 'href'), 'request.html');
  await page.click('#lang-en');
  assert.equal(await page.getAttribute('a[data-page="request.html"]', 'href'), 'request.html?lang=en');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('declarative: data-domainguard-authinfo masks the field, adds the buttons; detach restores the field', async () => {
  const { context, page, problems } = await newPage(env.browser);
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/authinfo-form.html`);
  await page.waitForSelector('#release .domainguard-summary[data-state=blocked]');
  assert.equal(await page.getAttribute('#code', 'type'), 'password');
  assert.equal(await page.isDisabled('#release .domainguard-generate'), true);
  assert.equal(await page.isDisabled('#release .domainguard-reveal'), true);
  assert.equal(await page.getAttribute('#release .domainguard-reveal', 'aria-controls'), 'code');
  await page.click('button[type=submit]');
  await assertNotSent(page, submits, 0);

  const next = await armVerdict(page, '#release');
  await page.check('input[name=cms]');
  const verdict = await next();
  assert.equal(verdict.allowed, true);
  assert.equal(await page.isDisabled('#release .domainguard-generate'), false);
  await page.click('#release .domainguard-generate');
  const code = await page.inputValue('#code');
  assert.match(code, DENIC);
  const caseSent = await page.evaluate(async () => {
    const m = await import('/dist/domainguard.js');
    const guard = m.guardOf(document.getElementById('release'));
    await guard.check();
    return guard.case;
  });
  // The field is mapped to authinfo.code; guard.case masks it (issue 11).
  assert.equal(caseSent.authinfo.code, '[[AUTHINFO]]', 'the field is mapped to authinfo.code, masked');
  const sent = submits.next();
  await page.click('button[type=submit]');
  const request = await sent;
  assert.deepStrictEqual([...new URLSearchParams(request.body)], [['cms', '1'], ['code', code]]);
  await context.close();

  // detach removes the buttons and the status and gives the field its own type back
  const second = await newPage(env.browser);
  await second.page.goto(`${env.origin}/tests/browser/fixtures/authinfo-form.html`);
  await second.page.waitForSelector('#release .domainguard-summary');
  const after = await second.page.evaluate(async () => {
    const m = await import('/dist/domainguard.js');
    m.guardOf(document.getElementById('release')).detach();
    const input = document.getElementById('code');
    return {
      type: input.getAttribute('type'),
      siblings: input.parentElement.children.length,
      describedby: input.getAttribute('aria-describedby'),
      guardNodes: document.querySelectorAll('[class^=domainguard]').length,
    };
  });
  assert.deepStrictEqual(after, { type: null, siblings: 2, describedby: null, guardNodes: 0 });
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  assert.deepStrictEqual(second.problems, { dialogs: [], errors: [] });
  await second.context.close();
});
