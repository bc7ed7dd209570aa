// The close page's timeline in real headless Chromium: however the deadlines cluster, no two
// labels (deadline names and dates) overlap and none leaves the drawing. Measured with the
// labels' bounding boxes as the browser lays them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, newPage } from './helpers.mjs';

const env = useBrowser();

/** The bounding boxes of every text in a timeline, and the SVG's own box. */
function boxes(page, box) {
  return page.$eval(`#${box} svg`, (svg) => ({
    svg: svg.getBoundingClientRect().toJSON(),
    texts: [...svg.querySelectorAll('text')].map((t) => ({ key: t.closest('g').dataset.key, text: t.textContent, ...t.getBoundingClientRect().toJSON() })),
  }));
}

function assertNoOverlap({ svg, texts }, what) {
  assert.ok(texts.length >= 4, `${what}: at least two points drawn`);
  for (const t of texts) {
    assert.ok(t.width > 0 && t.height > 0, `${what}: ${t.text} is laid out`);
    assert.ok(t.left >= svg.left - 0.5 && t.right <= svg.right + 0.5, `${what}: "${t.text}" leaves the drawing (${t.left}–${t.right} of ${svg.left}–${svg.right})`);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      assert.ok(!overlap, `${what}: "${a.text}" (${a.key}) overlaps "${b.text}" (${b.key})`);
    }
  }
}

const CASES = [
  { query: 'today=2009-02-01', box: 'close-timeline', form: '#close-form', keys: ['today', 'notice_deadline', 'undo_until', 'close_date', 'renewal'] },
  // the late case: the renewal of 2009 is billed, the next close's deadlines cluster in 2010
  { query: 'today=2009-03-20', box: 'close-timeline', form: '#close-form', keys: ['today', 'renewal', 'notice_deadline', 'undo_until', 'close_date'] },
  { query: 'today=2009-03-14', box: 'close-timeline', form: '#close-form', keys: ['today', 'notice_deadline', 'undo_until', 'close_date', 'renewal'] },
  { query: 'today=2009-04-02', box: 'close-timeline', form: '#close-form', keys: ['today', 'renewal'] },
  { query: 'tab=transfer&today=2009-02-01', box: 'transfer-timeline', form: '#transfer-form', keys: ['today', 'authinfo_expires'] },
  { query: 'tab=transfer&today=2009-03-30', box: 'transfer-timeline', form: '#transfer-form', keys: ['today'] },
];

for (const c of CASES) {
  for (const lang of ['de', 'en']) {
    for (const width of [1280, 420]) {
      test(`timeline ${c.query} (${lang}, ${width} px wide): no label overlaps another`, async () => {
        const { context, page, problems } = await newPage(env.browser);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${env.origin}/demo/close.html?${c.query}${lang === 'en' ? '&lang=en' : ''}`);
        await page.waitForSelector('html[data-demo-ready]');
        await page.waitForSelector(`#${c.box} svg`);
        const shown = await page.$$eval(`#${c.box} svg g[data-key]`, (gs) => gs.map((g) => g.dataset.key));
        for (const key of c.keys) assert.ok(shown.includes(key), `${key} is on the timeline (${shown})`);
        assertNoOverlap(await boxes(page, c.box), `${c.query} ${lang} ${width}`);
        assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
        await context.close();
      });
    }
  }
}

test('the hidden tab’s timeline is laid out again when its tab is shown', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(`${env.origin}/demo/close.html?today=2009-03-20&lang=en`);
  await page.waitForSelector('html[data-demo-ready]');
  await page.waitForSelector('#transfer-timeline svg', { state: 'attached' });
  await page.click('#tab-transfer');
  await page.waitForSelector('#transfer-timeline svg', { state: 'visible' });
  assertNoOverlap(await boxes(page, 'transfer-timeline'), 'transfer tab after switching');
  await page.click('#tab-close');
  assertNoOverlap(await boxes(page, 'close-timeline'), 'close tab after switching back');
  await context.close();
});
