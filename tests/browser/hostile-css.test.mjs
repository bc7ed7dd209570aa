// The guard's hidden parts stay hidden on a panel whose stylesheet styles every label and list
// (`label { display: inline-block }`, even `form label { display: flex !important }`): the
// "I have read the warnings" acknowledgement shows exactly while a warning remains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, loadRules, newPage, recordSubmits, assertNotSent } from './helpers.mjs';

const env = useBrowser();
const rules = await loadRules();

const ACK = '#close .domainguard-ack';

/** What the user sees of the acknowledgement: its computed display and whether it takes space. */
function ackShown(page) {
  return page.$eval(ACK, (el) => ({ display: getComputedStyle(el).display, height: el.getBoundingClientRect().height }));
}

test('a hostile panel stylesheet leaves the acknowledgement hidden while no warning remains', async () => {
  const { context, page, problems } = await newPage(env.browser);
  const submits = await recordSubmits(page, '**/__submit/**');
  await page.goto(`${env.origin}/tests/browser/fixtures/hostile-css.html`);
  await page.waitForSelector('#close .domainguard-summary[data-state=ok]');
  // The panel's rules do apply to the page's own labels.
  assert.equal(await page.$eval('label[for=d-name]', (el) => getComputedStyle(el).display), 'flex');

  // No warning: the acknowledgement is neither displayed nor taking space.
  assert.deepStrictEqual(await ackShown(page), { display: 'none', height: 0 });
  assert.equal(await page.isVisible(ACK), false);

  // A website on the domain: a warning the user must acknowledge, and the box shows.
  const warnCase = {
    action: 'close', today: '2009-02-01', locale: 'de', policy: 'default',
    domain: { name: 'beispiel.de', registered: '2005-04-04' },
    holder: { name: 'Max Mustermann' },
    termination: { from: 'holder', to: 'reseller', received: '2009-02-01' },
    evk: { signed_by: 'holder', date: '2009-02-01', text: 'Bitte Schließung der Domain beispiel.de', acknowledges_availability: true },
    services: { website: true },
  };
  const expected = rules.check(warnCase);
  assert.deepStrictEqual(expected.findings.filter((f) => f.severity === 'warn').map((f) => f.code), ['SERVICES_WEBSITE_ONLINE']);
  await page.check('#website');
  await page.waitForSelector('#close .domainguard-summary[data-state=warnings]');
  assert.equal(await page.isVisible(ACK), true);
  assert.equal((await ackShown(page)).display, 'flex', "shown, in the panel's own label style");
  assert.equal(
    await page.textContent('#close .domainguard-summary-list'),
    await page.$$eval('#close .domainguard-summary-list li', (lis) => lis.map((li) => li.textContent).join('')),
  );
  assert.ok(
    (await page.textContent('#close .domainguard-summary-list')).includes(expected.findings.find((f) => f.code === 'SERVICES_WEBSITE_ONLINE').message),
  );
  // Unacknowledged, the submit is stopped.
  await page.click('#close button[type=submit]');
  await assertNotSent(page, submits, 0);

  // The website is gone again: no warning remains, and the acknowledgement is hidden again.
  await page.uncheck('#website');
  await page.waitForSelector('#close .domainguard-summary[data-state=ok]');
  assert.deepStrictEqual(await ackShown(page), { display: 'none', height: 0 });
  assert.equal(await page.isVisible(ACK), false);
  const sent = submits.next();
  await page.click('#close button[type=submit]');
  await sent;
  assert.equal(submits.sent.length, 1, 'with no warning left, the submit goes through');
  assert.deepStrictEqual(problems.errors, []);
  await context.close();
});
