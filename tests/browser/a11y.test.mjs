// Accessibility and Content Security Policy of every demo page, in real headless Chromium:
// axe-core (npm `axe-core`, pinned; injected into the page by the test) finds no violation on any
// page, in its initial state and after a blocking verdict (or the page's equivalent: an error row,
// a wrong answer); and served under a strict CSP the pages raise no `securitypolicyviolation`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useBrowser, newPage } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const env = useBrowser();

/**
 * Every page of the demo with how to reach a blocking verdict on it. `ready` is what the page sets
 * once it is drawn; `block` lists the steps (see STEPS) by which a trainee reaches the blocked
 * state, each waiting for what it brings about.
 */
const BLOCKED = (form) => `${form} .domainguard-summary[data-state=blocked]`;
const DIALOG_BLOCKED = 'dialog.domainguard-dialog[open][data-state=blocked]';
const PAGES = [
  { path: 'index.html', ready: 'html[data-demo-ready]' },
  {
    path: 'close.html?story=004',
    ready: 'html[data-course-ready]',
    block: [['select', '#c-evk-by', ''], ['wait', BLOCKED('#close-form')], ['wrong', 'evk-wording', 'yes']],
  },
  {
    path: 'close.html?tab=transfer',
    ready: 'html[data-demo-ready]',
    block: [['fill', '#t-new-provider', ''], ['wait', BLOCKED('#transfer-form')]],
  },
  {
    path: 'move.html',
    ready: 'html[data-course-ready]',
    block: [['click', '#branch-early'], ['wait', '#branch-outcome[data-allowed=false]'], ['wrong', 'answer-the-mail', 'yes']],
  },
  {
    path: 'request.html',
    ready: 'html[data-demo-ready]',
    // without the EVK a refusal is permitted, but only with its reason: none given blocks
    block: [['uncheck', '#r-evk'], ['check', '#r-answer-no'], ['finding', 'REFUSAL_REASON_MISSING'], ['wait', BLOCKED('#request-form')]],
  },
  {
    path: 'request.html?tld=com',
    ready: 'html[data-demo-ready]',
    // a NACK within the 60 days after creation, without its reason: blocked
    block: [['check', '#r-answer-no'], ['finding', 'REFUSAL_REASON_MISSING'], ['wait', BLOCKED('#request-form')]],
  },
  {
    path: 'cms.html?now=2026-11-21T10:00&backup=2026-11-20T04:00',
    ready: 'html[data-demo-ready]',
    block: [['click', 'li[data-node-id="10"] > .node-row > .delete'], ['wait', DIALOG_BLOCKED]],
  },
  {
    path: 'cms.html?story=001&now=2011-09-13T10:00&backup=2011-09-12T04:00',
    ready: 'html[data-course-ready]',
    block: [['wrong', 'stale-backup', 'yes'], ['click', 'li[data-node-id="10"] > .node-row > .delete'], ['wait', DIALOG_BLOCKED]],
  },
  {
    path: 'cms.html?story=003&now=2009-12-09T20:00&backup=2009-12-08T10:00',
    ready: 'html[data-course-ready]',
    block: [['wrong', 'no-restore-point', 'yes'], ['click', 'tr[data-ext=typo3] .update'], ['wait', DIALOG_BLOCKED]],
  },
  {
    path: 'inventory.html?today=2026-11-21',
    ready: 'html[data-demo-ready]',
    block: [['click', '#run'], ['wait', 'html[data-inventory-state=done]'], ['wait', '#report-rows tr[data-severity=error]']],
  },
  {
    path: 'readiness.html',
    ready: 'html[data-course-ready]',
    block: [['fill', '#today', '2026-02-30'], ['wait', '#readiness-state[data-state=invalid]'], ['wrong', 'how-many-at-risk', '3']],
  },
  { path: 'submitted.html', ready: 'body' },
];

/** What a step of `block` does: acts like a trainee, or waits for the page's answer. */
const STEPS = {
  click: (page, selector) => page.click(selector),
  fill: (page, selector, value) => page.fill(selector, value),
  select: (page, selector, value) => page.selectOption(selector, value),
  check: (page, selector) => page.check(selector),
  uncheck: (page, selector) => page.uncheck(selector),
  wait: (page, selector) => page.waitForSelector(selector),
  /** the demo's guard reports the finding `code` */
  finding: (page, code) =>
    page.waitForFunction((c) => window.domainguardDemo.handle.verdict?.findings?.some((f) => f.code === c), code),
  wrong: (page, id, value) => answerWrong(page, id, value),
};

/** Runs a page's steps to its blocked state. */
async function block(page, steps) {
  for (const [step, ...args] of steps) await STEPS[step](page, ...args);
}

/** Answers exercise `id` with `value` (a choice value, yes/no, or a typed text) and waits for the marking. */
async function answerWrong(page, id, value) {
  const item = `li.exercise[data-exercise="${id}"]`;
  const radio = await page.$(`${item} input[name=answer][value="${value}"]`);
  if (radio) await radio.check();
  else await page.fill(`${item} input[name=answer]`, value);
  await page.click(`${item} button.check`);
  await page.waitForSelector(`${item}[data-result=wrong]`);
}

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

for (const spec of PAGES) {
  test(`axe-core: no violation on ${spec.path}${spec.block ? ', before and after a blocking verdict' : ''}`, async () => {
    const { context, page, problems } = await newPage(env.browser);
    await page.goto(`${env.origin}/demo/${spec.path}`);
    await page.waitForSelector(spec.ready);
    await page.waitForTimeout(300);
    assert.deepStrictEqual(await axe(page), [], 'initial state');
    if (spec.block) {
      await block(page, spec.block);
      await page.waitForTimeout(300);
      assert.deepStrictEqual(await axe(page), [], 'after a blocking verdict');
    }
    assert.deepStrictEqual(problems.errors, []);
    await context.close();
  });
}

/**
 * A browser context in which every response of the demo's origin carries the strict policy
 * (documents, the worker, the frame), and each page records its violations in `window.__csp`
 * ("directive blocked-URI source:line").
 */
async function strictContext() {
  const context = await env.browser.newContext();
  await context.route(`${env.origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return context;
}

test('strict CSP: no page raises a security policy violation, in its initial state and after a blocking verdict', async () => {
  const context = await strictContext();
  const report = [];
  for (const spec of PAGES) {
    const page = await context.newPage();
    const seen = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) seen.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => seen.push(`pageerror: ${err.message}`));
    const response = await page.goto(`${env.origin}/demo/${spec.path}`);
    assert.equal(response.headers()['content-security-policy'], POLICY);
    await page.waitForSelector(spec.ready);
    if (spec.block) await block(page, spec.block);
    // the submit frame, where a page has one, is loaded too
    await page.waitForTimeout(300);
    for (const frame of page.frames()) {
      const list = await frame.evaluate(() => window.__csp ?? []).catch(() => []);
      seen.push(...list);
    }
    if (seen.length) report.push(`${spec.path}: ${seen.join(' | ')}`);
    await page.close();
  }
  assert.deepStrictEqual(report, []);
  await context.close();
});

test('strict CSP: a page that did break the policy is caught (the check can fail)', async () => {
  const context = await strictContext();
  const page = await context.newPage();
  await page.goto(`${env.origin}/demo/submitted.html`);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.match((await page.evaluate(() => window.__csp))[0], /^style-src/);
  await context.close();
});
