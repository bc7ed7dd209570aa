// The CMS training page (demo/cms.html) in real headless Chromium: the click guard of
// dist/cms.js on the mock TYPO3 page tree and extension manager, and the readiness banner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, waitForText, texts } from './helpers.mjs';

const env = useBrowser();
const rules = await loadRules();

const NOW = '2026-11-21T10:00';
const STALE = '2026-11-20T04:00'; // 30 hours before NOW
const FRESH = '2026-11-21T09:00';
const SERVICE = 'li[data-node-id="10"] > .node-row > .delete';
const DIALOG = 'dialog.domainguard-dialog';

const STALE_DE = 'Die letzte Datensicherung ist 30 Stunden alt (erlaubt: höchstens 24 Stunden): Legen Sie vorher eine neue an.';
const STALE_EN = 'The newest backup is 30 hours old (at most 24 hours allowed): make a new one first.';

function deleteCase(patch = {}) {
  return {
    action: 'cms_delete',
    today: '2026-11-21',
    now: NOW,
    locale: 'de',
    policy: 'default',
    backup: { created_at: FRESH },
    node: { id: '10', title: 'Service', descendants: 37, records: 109 },
    ...patch,
  };
}

async function open(query = '', options = {}) {
  const { context, page, problems } = await newPage(env.browser, options);
  const navigations = [];
  page.on('request', (r) => {
    if (r.url().includes('/demo/submitted.html?')) navigations.push(new URL(r.url()).searchParams);
  });
  await page.goto(`${env.origin}/demo/cms.html?now=${NOW}${query}`);
  await page.waitForSelector('html[data-demo-ready]');
  await page.evaluate(() => {
    window.__events = [];
    for (const type of ['domainguard:verdict', 'domainguard:blocked']) {
      document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail }));
    }
  });
  return { context, page, problems, navigations };
}

const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.detail), type);
const demo = (page) => page.evaluate(() => ({ deleted: window.domainguardCmsDemo.deleted, updates: window.domainguardCmsDemo.updates, log: window.domainguardCmsDemo.log }));
const dialogOpen = (page) => page.$eval(DIALOG, (d) => d.open).catch(() => false);
const findings = (page) =>
  page.$$eval(`${DIALOG} .domainguard-findings li`, (lis) => lis.map((li) => ({ code: li.dataset.code, text: li.querySelector('.domainguard-text').textContent, full: li.textContent })));

test('delete "Service" (37 descendants) with a 30-hour-old backup: blocked, the dialog says so with the numbers, the node stays', async () => {
  const { context, page, problems } = await open(`&backup=${STALE}`);
  assert.equal(await page.getAttribute(SERVICE, 'data-domainguard-descendants'), '37');
  await page.click(SERVICE);
  await page.waitForSelector(`${DIALOG}[open]`);

  const expected = rules.check(deleteCase({ backup: { created_at: STALE } }));
  assert.equal(expected.allowed, false);
  const [verdict] = await events(page, 'domainguard:verdict');
  assert.deepStrictEqual(verdict, expected);

  assert.equal(await page.getAttribute(DIALOG, 'data-state'), 'blocked');
  assert.equal(await page.textContent(`${DIALOG} .domainguard-dialog-title`), '„Service“ löschen');
  assert.equal(await page.textContent(`${DIALOG} .domainguard-dialog-intro`), 'Blockiert: So ist diese Aktion nicht möglich.');
  const shown = await findings(page);
  assert.deepStrictEqual(shown[0], { code: 'BACKUP_TOO_OLD', text: STALE_DE, full: `Blockiert: ${STALE_DE}` });
  assert.deepStrictEqual(shown[1], {
    code: 'DELETE_WITH_DESCENDANTS',
    text: 'Mit „Service“ werden 37 Unterseiten und 109 Datensätze gelöscht.',
    full: 'Warnung: Mit „Service“ werden 37 Unterseiten und 109 Datensätze gelöscht.',
  });
  assert.equal(shown.length, 2, 'the confirmation findings are not listed while something else blocks');
  // no way forward: neither a count field nor a proceed button
  assert.equal(await page.isVisible(`${DIALOG} .domainguard-confirm-input`), false);
  assert.equal(await page.isVisible(`${DIALOG} .domainguard-proceed`), false);
  assert.equal(await page.textContent(`${DIALOG} .domainguard-cancel`), 'Schließen');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'domainguard-cancel');
  assert.deepStrictEqual(
    (await events(page, 'domainguard:blocked')).map((d) => d.reason),
    ['block'],
  );

  await page.keyboard.press('Escape');
  await page.waitForFunction((sel) => !document.querySelector(sel).open, DIALOG);
  assert.deepStrictEqual(
    (await events(page, 'domainguard:blocked')).map((d) => d.reason),
    ['block', 'cancelled'],
  );
  assert.equal(await page.$$eval('li[data-node-id="10"]', (l) => l.length), 1);
  assert.deepStrictEqual((await demo(page)).deleted, []);
  // focus goes back to the button
  assert.equal(await page.evaluate(() => document.activeElement.dataset.domainguardDelete), '10');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('with a fresh backup the delete needs the typed count: 36 stays blocked, 37 deletes the node', async () => {
  const { context, page, problems } = await open(`&backup=${STALE}`);
  await page.click('#make-backup'); // the backup is now NOW: 0 hours old
  assert.equal(await page.inputValue('#backup'), NOW);
  await page.click(SERVICE);
  await page.waitForSelector(`${DIALOG}[open]`);
  assert.equal(await page.getAttribute(DIALOG, 'data-state'), 'confirm');
  assert.equal(await page.textContent(`${DIALOG} .domainguard-dialog-intro`), 'Bitte bestätigen Sie die Löschung.');
  const first = rules.check(deleteCase({ backup: { created_at: NOW } }));
  assert.deepStrictEqual((await events(page, 'domainguard:verdict'))[0], first);
  const missing = first.findings.find((f) => f.code === 'DELETE_CONFIRMATION_MISSING');
  assert.equal(missing.message, 'Zur Bestätigung die Zahl der mitgelöschten Unterseiten eintippen: 37.');
  assert.equal(await page.textContent(`${DIALOG} .domainguard-confirm-label`), missing.message);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'domainguard-confirm-input');
  assert.deepStrictEqual(
    (await findings(page)).map((f) => f.code),
    ['DELETE_WITH_DESCENDANTS'],
  );
  assert.equal(await page.isVisible(`${DIALOG} .domainguard-ack`), false, 'the typed count answers the descendants warning');

  await page.fill(`${DIALOG} .domainguard-confirm-input`, '36');
  await page.click(`${DIALOG} .domainguard-proceed`);
  const wrong = rules.check(deleteCase({ backup: { created_at: NOW }, confirmation: '36' }));
  assert.equal(wrong.allowed, false);
  await waitForText(page, `${DIALOG} .domainguard-confirm-error`, 'Die Bestätigung stimmt nicht: Tippen Sie die Zahl der mitgelöschten Unterseiten (37).');
  assert.equal(await page.getAttribute(`${DIALOG} .domainguard-confirm-input`, 'aria-invalid'), 'true');
  assert.equal(await dialogOpen(page), true);
  assert.equal(await page.$$eval('li[data-node-id="10"]', (l) => l.length), 1);
  assert.deepStrictEqual((await demo(page)).deleted, []);
  assert.deepStrictEqual((await events(page, 'domainguard:verdict')).at(-1), wrong);
  assert.deepStrictEqual(
    (await events(page, 'domainguard:blocked')).map((d) => d.reason),
    ['confirmation', 'confirmation'],
  );

  await page.fill(`${DIALOG} .domainguard-confirm-input`, '37');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('li[data-node-id="10"]').length === 0);
  assert.equal(await dialogOpen(page), false);
  const right = rules.check(deleteCase({ backup: { created_at: NOW }, confirmation: '37' }));
  assert.equal(right.allowed, true);
  assert.deepStrictEqual((await events(page, 'domainguard:verdict')).at(-1), right);
  const state = await demo(page);
  assert.deepStrictEqual(state.deleted, [{ id: '10', title: 'Service', descendants: 37 }]);
  assert.equal(state.log.at(-1), '„Service“ gelöscht, mit 37 Unterseiten.');
  // the subpages went with it; the root now counts 8 descendants
  assert.equal(await page.$$eval('li[data-node-id="100"]', (l) => l.length), 0);
  assert.equal(await page.getAttribute('li[data-node-id="1"] > .node-row > .delete', 'data-domainguard-descendants'), '8');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('English: the same block and the same count, in English', async () => {
  const { context, page, problems } = await open(`&backup=${STALE}&lang=en`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click(SERVICE);
  await page.waitForSelector(`${DIALOG}[open]`);
  const expected = rules.check(deleteCase({ backup: { created_at: STALE }, locale: 'en' }));
  assert.deepStrictEqual((await events(page, 'domainguard:verdict'))[0], expected);
  assert.equal(await page.textContent(`${DIALOG} .domainguard-dialog-title`), 'Delete “Service”');
  const shown = await findings(page);
  assert.equal(shown[0].full, `Blocked: ${STALE_EN}`);
  assert.equal(shown[1].full, 'Warning: Deleting “Service” also deletes 37 pages below it and 109 records.');
  assert.equal(await page.textContent(`${DIALOG} .domainguard-cancel`), 'Close');
  await page.click(`${DIALOG} .domainguard-cancel`);

  await page.fill('#backup', FRESH);
  await page.click(SERVICE);
  await page.waitForSelector(`${DIALOG}[open][data-state=confirm]`);
  assert.equal(await page.textContent(`${DIALOG} .domainguard-confirm-label`), 'To confirm, type the number of pages deleted with it: 37.');
  assert.equal(await page.textContent(`${DIALOG} .domainguard-proceed`), 'Delete');
  await page.fill(`${DIALOG} .domainguard-confirm-input`, '3');
  await page.click(`${DIALOG} .domainguard-proceed`);
  await waitForText(page, `${DIALOG} .domainguard-confirm-error`, 'The confirmation does not match: type the number of pages deleted with it (37).');
  await page.fill(`${DIALOG} .domainguard-confirm-input`, ' 37 ');
  await page.click(`${DIALOG} .domainguard-proceed`);
  await page.waitForFunction(() => document.querySelectorAll('li[data-node-id="10"]').length === 0);
  assert.equal((await demo(page)).log.at(-1), '“Service” deleted, with 37 subpages.');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('update without a staging test: a warning that must be acknowledged before the link is followed', async () => {
  const { context, page, problems, navigations } = await open(`&backup=${FRESH}`);
  const link = 'tr[data-ext=news] .update';
  await page.click(link);
  await page.waitForSelector(`${DIALOG}[open]`);
  assert.equal(await page.getAttribute(DIALOG, 'data-state'), 'warnings');
  const expected = rules.check({
    action: 'cms_update',
    today: '2026-11-21',
    now: NOW,
    locale: 'de',
    policy: 'default',
    backup: { created_at: FRESH },
    update: { component: 'extension', name: 'news', from_version: '11.0.3', to_version: '12.1.0' },
    staging_tested: false,
    core: { version: '11.5.41', support_ends: '2024-10-31' },
    hosting: { backup_responsibility: 'customer' },
  });
  assert.equal(expected.allowed, true);
  assert.deepStrictEqual((await events(page, 'domainguard:verdict'))[0], expected);
  assert.equal(await page.textContent(`${DIALOG} .domainguard-dialog-title`), 'news aktualisieren (11.0.3 → 12.1.0)');
  assert.deepStrictEqual(
    await texts(page, `${DIALOG} .domainguard-findings li`),
    expected.findings.map((f) => `${{ block: 'Blockiert', warn: 'Warnung', info: 'Hinweis' }[f.severity]}: ${f.message}`),
  );
  assert.ok((await texts(page, `${DIALOG} .domainguard-findings li`)).includes('Warnung: Das Update von news wurde nicht auf einer Staging-Kopie getestet.'));
  assert.equal(await page.isVisible(`${DIALOG} .domainguard-ack`), true);
  assert.equal(await page.isVisible(`${DIALOG} .domainguard-confirm-input`), false);
  assert.equal(await page.textContent(`${DIALOG} .domainguard-proceed`), 'Aktualisieren');

  // not acknowledged: nothing happens
  await page.click(`${DIALOG} .domainguard-proceed`);
  await waitForText(page, `${DIALOG} .domainguard-ack-error`, 'Bitte bestätigen Sie zuerst, dass Sie die Warnungen gelesen haben.');
  assert.equal(await dialogOpen(page), true);
  await page.waitForTimeout(300);
  assert.equal(navigations.length, 0);
  assert.deepStrictEqual((await demo(page)).updates, []);
  assert.deepStrictEqual(
    (await events(page, 'domainguard:blocked')).map((d) => d.reason),
    ['unacknowledged', 'unacknowledged'],
  );

  await page.check(`${DIALOG} .domainguard-ack-input`);
  await page.click(`${DIALOG} .domainguard-proceed`);
  await page.waitForFunction(() => window.domainguardCmsDemo.updates.length === 1);
  await page.waitForFunction(() => document.getElementById('update-frame').contentWindow.location.href.includes('submitted.html'));
  assert.equal(await dialogOpen(page), false);
  assert.equal(navigations.length, 1);
  assert.equal(navigations[0].get('update'), 'news');
  assert.equal(navigations[0].get('to'), '12.1.0');
  assert.equal(await page.textContent('tr[data-ext=news] .installed'), '12.1.0');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('an update with a stale backup is blocked; a staged update still warns about the core out of support', async () => {
  const { context, page, navigations } = await open(`&backup=${STALE}`);
  await page.check('#staging-powermail');
  assert.equal(await page.getAttribute('tr[data-ext=powermail]', 'data-domainguard-staging-tested'), 'true');
  await page.click('tr[data-ext=powermail] .update');
  await page.waitForSelector(`${DIALOG}[open][data-state=blocked]`);
  assert.equal((await findings(page))[0].text, STALE_DE);
  await page.click(`${DIALOG} .domainguard-cancel`);

  await page.click('#make-backup');
  await page.click('tr[data-ext=powermail] .update');
  await page.waitForSelector(`${DIALOG}[open][data-state=warnings]`);
  assert.deepStrictEqual(
    (await findings(page)).map((f) => f.code),
    ['CORE_OUT_OF_SUPPORT', 'BACKUP_RESPONSIBILITY'],
  );
  assert.equal(
    (await findings(page))[0].text,
    'Der installierte Core 11.5.41 bekommt seit dem 31.10.2024 keine Sicherheitsupdates mehr.',
  );
  await page.check(`${DIALOG} .domainguard-ack-input`);
  await page.click(`${DIALOG} .domainguard-proceed`);
  await page.waitForFunction(() => window.domainguardCmsDemo.updates.includes('powermail'));
  await page.waitForTimeout(200);
  assert.equal(navigations.length, 1);
  await context.close();
});

test('nothing to say: a page without subpages and a fresh backup is deleted by the click itself, no dialog', async () => {
  const { context, page } = await open(`&backup=${FRESH}`);
  await page.click('li[data-node-id="8"] > .node-row > .delete'); // "Kontakt"
  await page.waitForFunction(() => document.querySelectorAll('li[data-node-id="8"]').length === 0);
  assert.equal(await page.$(DIALOG), null, 'no dialog was even created');
  const [verdict] = await events(page, 'domainguard:verdict');
  assert.deepStrictEqual(verdict, { allowed: true, findings: [], deadlines: {}, documents: {}, deadline_list: [], confirmation: null });
  assert.deepStrictEqual(await events(page, 'domainguard:blocked'), []);
  await context.close();
});

test('a click before the rules are loaded is held, then decided: blocked, or carried out', async () => {
  const { context, page } = await newPage(env.browser);
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/dist/domainguard_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`${env.origin}/demo/cms.html?now=${NOW}&backup=${STALE}`);
  await page.waitForFunction(() => window.domainguardCmsDemo?.guard);
  await page.evaluate(() => {
    window.__events = [];
    document.addEventListener('domainguard:blocked', (e) => window.__events.push({ type: 'blocked', detail: e.detail }));
  });
  await page.click('li[data-node-id="9"] > .node-row > .delete'); // "Impressum", stale backup
  await page.waitForTimeout(200);
  assert.equal(await page.$$eval('li[data-node-id="9"]', (l) => l.length), 1, 'held while loading');
  assert.deepStrictEqual(await page.evaluate(() => window.__events.map((e) => e.detail.reason)), ['loading']);
  release();
  await page.waitForSelector(`${DIALOG}[open][data-state=blocked]`);
  assert.equal((await findings(page))[0].text, STALE_DE);
  assert.deepStrictEqual(await page.evaluate(() => window.__events.map((e) => e.detail.reason)), ['loading', 'block']);
  assert.equal(await page.$$eval('li[data-node-id="9"]', (l) => l.length), 1);
  await context.close();

  // the same with a fresh backup: the held click is carried out once the rules allow it
  const second = await newPage(env.browser);
  let release2;
  const gate2 = new Promise((resolve) => {
    release2 = resolve;
  });
  await second.page.route('**/dist/domainguard_bg.wasm', async (route) => {
    await gate2;
    await route.continue();
  });
  await second.page.goto(`${env.origin}/demo/cms.html?now=${NOW}&backup=${FRESH}`);
  await second.page.waitForFunction(() => window.domainguardCmsDemo?.guard);
  await second.page.click('li[data-node-id="9"] > .node-row > .delete');
  await second.page.waitForTimeout(200);
  assert.equal(await second.page.$$eval('li[data-node-id="9"]', (l) => l.length), 1);
  release2();
  await second.page.waitForFunction(() => document.querySelectorAll('li[data-node-id="9"]').length === 0);
  assert.deepStrictEqual(await second.page.evaluate(() => window.domainguardCmsDemo.deleted), [{ id: '9', title: 'Impressum', descendants: 0 }]);
  await second.context.close();
});

test('titles are text, caseFor and perform replace attributes and the default action, release() undoes it all', async () => {
  const { context, page, problems } = await open(`&backup=${FRESH}`);
  const result = await page.evaluate(async () => {
    const cms = await import('/dist/cms.js');
    const box = document.createElement('div');
    box.lang = 'de';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'weg';
    button.dataset.remove = 'yes';
    box.append(button);
    document.body.append(box);
    const performed = [];
    let ownHandler = 0;
    button.addEventListener('click', () => ownHandler++);
    const guard = cms.guardClicks(box, {
      deleteSelector: '[data-remove]',
      now: '2026-11-21T10:00',
      backup: () => '2026-11-21T09:30',
      caseFor: (b, base) => ({ ...base, node: { id: 'x', title: '<img src=x onerror="window.__pwned=1">', descendants: 2 } }),
      perform: (b, detail) => performed.push(detail.verdict.allowed),
    });
    button.click();
    await new Promise((r) => setTimeout(r, 50));
    const dialog = guard.dialog;
    const title = dialog.querySelector('.domainguard-dialog-title').textContent;
    const input = dialog.querySelector('.domainguard-confirm-input');
    input.value = '2';
    dialog.querySelector('.domainguard-proceed').click();
    await new Promise((r) => setTimeout(r, 50));
    const after = { performed: [...performed], ownHandler, open: dialog.open };
    guard.release();
    const removed = !dialog.isConnected;
    button.click();
    return { title, after, removed, ownHandlerAfterRelease: ownHandler, performedAfterRelease: performed.length, pwned: window.__pwned ?? 0 };
  });
  assert.equal(result.title, '„<img src=x onerror="window.__pwned=1">“ löschen');
  assert.deepStrictEqual(result.after, { performed: [true], ownHandler: 0, open: false });
  assert.equal(result.removed, true);
  assert.equal(result.ownHandlerAfterRelease, 1, 'after release the click reaches the page unguarded');
  assert.equal(result.performedAfterRelease, 1);
  assert.equal(result.pwned, 0);
  assert.equal(await page.evaluate(() => window.__imagesCreated), 0);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('the case comes from the rules\' form layer: yes/no words and counts as in every form, a bad word named, an empty node still checked', async () => {
  const { context, page, problems } = await open(`&backup=${FRESH}`);
  const result = await page.evaluate(async () => {
    const cms = await import('/dist/cms.js');
    const box = document.createElement('div');
    box.lang = 'en-GB';
    box.innerHTML = `
      <table data-domainguard-core-version="11.5.41">
        <tr data-domainguard-staging-tested=" JA "><td><button type="button" data-domainguard-update data-domainguard-name="news" data-domainguard-to="12.1.0">u</button></td></tr>
        <tr data-domainguard-staging-tested="nein"><td><button type="button" data-domainguard-update="core" data-domainguard-name="TYPO3">u</button></td></tr>
        <tr data-domainguard-staging-tested="vielleicht"><td><button type="button" data-domainguard-update data-domainguard-name="powermail">u</button></td></tr>
      </table>
      <button type="button" data-domainguard-delete="5" data-domainguard-title="Team" data-domainguard-descendants=" 3 " data-domainguard-records="">d</button>
      <button type="button" data-domainguard-delete="" data-domainguard-descendants="viele">d</button>
      <button type="button" data-domainguard-delete="">d</button>`;
    document.body.append(box);
    const guard = cms.guardClicks(box, { now: '2026-11-21T10:00', backup: '2026-11-21T09:30', preload: false });
    const [yes, no, maybe] = box.querySelectorAll('[data-domainguard-update]');
    const [team, many, bare] = box.querySelectorAll('[data-domainguard-delete]');
    const out = {
      yes: guard.caseFor(yes),
      no: guard.caseFor(no),
      maybe: guard.check(maybe).errors,
      team: guard.caseFor(team, '3'),
      teamVerdict: guard.check(team, '3').allowed,
      many: guard.check(many).errors,
      bare: guard.caseFor(bare),
      bareVerdict: guard.check(bare),
    };
    guard.release();
    box.remove();
    return out;
  });
  const update = {
    action: 'cms_update',
    today: '2026-11-21',
    locale: 'en',
    policy: 'default',
    backup: { created_at: '2026-11-21T09:30' },
    core: { version: '11.5.41' },
    hosting: null, // no attribute and no constants: the form layer's empty object
    now: '2026-11-21T10:00',
  };
  assert.deepStrictEqual(result.yes, { ...update, update: { component: 'extension', name: 'news', to_version: '12.1.0' }, staging_tested: true });
  // an unset or "no" staging test is false (the rules read absent the same way)
  assert.deepStrictEqual(result.no, { ...update, update: { component: 'core', name: 'TYPO3' }, staging_tested: false });
  assert.deepStrictEqual(result.maybe.map((e) => [e.code, e.field]), [['INVALID_TYPE', 'staging_tested']]);
  assert.deepStrictEqual(result.team, {
    action: 'cms_delete',
    today: '2026-11-21',
    locale: 'en',
    policy: 'default',
    backup: { created_at: '2026-11-21T09:30' },
    node: { id: '5', title: 'Team', descendants: 3 },
    now: '2026-11-21T10:00',
    confirmation: '3',
  });
  assert.equal(result.teamVerdict, true);
  assert.deepStrictEqual(result.many.map((e) => [e.code, e.field]), [['INVALID_TYPE', 'node.descendants']]);
  assert.deepStrictEqual(result.bare.node, {});
  assert.deepStrictEqual(result.bareVerdict, rules.check(result.bare));
  assert.equal(result.bareVerdict.allowed, true);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('readiness banner: the account without an emergency contact warns, at-risk domains first, in both languages', async () => {
  const { context, page, problems } = await open(`&backup=${FRESH}`);
  const account = (await import('../../demo/account.js')).demoAccount('2026-11-21');
  const expected = rules.check({ ...account, action: 'readiness', today: '2026-11-21', locale: 'de', policy: 'default' });
  const codes = expected.findings.map((f) => f.code);
  assert.deepStrictEqual(codes, ['DOMAIN_RENEWAL_AT_RISK', 'DOMAIN_RENEWAL_AT_RISK', 'ACCOUNT_NO_EMERGENCY_CONTACT', 'ACCOUNT_NO_POWER_OF_ATTORNEY', 'ACCOUNT_UNREACHABLE_PATHS']);
  const shown = await page.$$eval('#readiness li', (lis) => lis.map((li) => [li.dataset.code, li.querySelector('.domainguard-text').textContent]));
  assert.deepStrictEqual(shown, expected.findings.map((f) => [f.code, f.message]));
  assert.ok(shown.some(([, text]) => text === 'Für dieses Reseller-Konto ist kein Notfallkontakt hinterlegt.'));
  assert.equal(shown[0][1], 'bäckerei-sonnenschein.de verlängert sich am 30.11.2026 (in 9 Tagen), die Rechnung ist offen: Die Domain droht zu verfallen.');
  assert.equal(await page.getAttribute('#readiness .domainguard-readiness', 'data-state'), 'warn');
  assert.equal(await page.textContent('#readiness .domainguard-readiness-title'), 'Notfallvorsorge des Kontos „Webagentur Sonnenschein (Reseller 4711)“');

  await page.click('#lang-en');
  await waitForText(page, '#readiness li[data-code=ACCOUNT_NO_EMERGENCY_CONTACT] .domainguard-text', 'This reseller account has no emergency contact on file.');
  const en = rules.check({ ...account, action: 'readiness', today: '2026-11-21', locale: 'en', policy: 'default' });
  assert.deepStrictEqual(
    await page.$$eval('#readiness li .domainguard-text', (els) => els.map((e) => e.textContent)),
    en.findings.map((f) => f.message),
  );
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('the right count with another warning still needs the acknowledgement; a dialog closed from outside counts as cancelled', async () => {
  // a backup time after "now": allowed, but a warning (BACKUP_IN_FUTURE) besides the count
  const { context, page, problems } = await open('&backup=2026-11-21T12:00');
  await page.click(SERVICE);
  await page.waitForSelector(`${DIALOG}[open][data-state=confirm]`);
  assert.deepStrictEqual((await findings(page)).map((f) => f.code), ['BACKUP_IN_FUTURE', 'DELETE_WITH_DESCENDANTS']);
  assert.equal(await page.isVisible(`${DIALOG} .domainguard-ack`), true);
  await page.fill(`${DIALOG} .domainguard-confirm-input`, '37');
  await page.click(`${DIALOG} .domainguard-proceed`);
  await waitForText(page, `${DIALOG} .domainguard-ack-error`, 'Bitte bestätigen Sie zuerst, dass Sie die Warnungen gelesen haben.');
  assert.equal(await page.getAttribute(DIALOG, 'data-state'), 'warnings');
  assert.equal(await page.inputValue(`${DIALOG} .domainguard-confirm-input`), '37', 'the typed count stays');
  assert.deepStrictEqual((await demo(page)).deleted, []);
  assert.equal((await events(page, 'domainguard:blocked')).at(-1).reason, 'unacknowledged');
  await page.check(`${DIALOG} .domainguard-ack-input`);
  await page.click(`${DIALOG} .domainguard-proceed`);
  await page.waitForFunction(() => document.querySelectorAll('li[data-node-id="10"]').length === 0);

  await page.click('li[data-node-id="2"] > .node-row > .delete');
  await page.waitForSelector(`${DIALOG}[open]`);
  await page.evaluate((sel) => document.querySelector(sel).close(), DIALOG);
  // the dialog's close event is queued as a task: wait for it
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'domainguard:blocked').at(-1)?.detail.reason === 'cancelled');
  assert.equal(await page.$$eval('li[data-node-id="2"]', (l) => l.length), 1);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});
