// Shared setup of the browser tests (tests/browser, tests/integrations): Debian's Chromium
// driven by playwright-core (launchChromium, useBrowser), the static server or a test's own
// (listen), and the wasm loaded in Node to know the exact messages the page must show.
// The cases the tests share: tests/support/cases.mjs.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.DOMAINGUARD_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Fails (never skips) with a clear message when something the browser tests need is missing. */
export function assertPrerequisites() {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: run scripts/setup.sh --all`);
  for (const f of ['dist/domainguard.js', 'dist/domainguard_wasm.js', 'dist/domainguard_bg.wasm']) {
    assert.ok(existsSync(root + f), `${f} is missing: run \`bash scripts/build-wasm.sh\` before the browser tests`);
  }
  assert.ok(
    existsSync(`${root}node_modules/playwright-core/package.json`),
    'playwright-core is missing: run `npm ci` (or scripts/setup.sh --all)',
  );
}

/** Debian's Chromium, headless, driven by playwright-core; fails (never skips) when either is missing. */
export async function launchChromium() {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: run scripts/setup.sh --all`);
  assert.ok(
    existsSync(`${root}node_modules/playwright-core/package.json`),
    'playwright-core is missing: run `npm ci` (or scripts/setup.sh --all)',
  );
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** One browser and one server (scripts/serve.mjs) for a test file. */
export async function openBrowser() {
  assertPrerequisites();
  const server = await start(0);
  let browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    browser,
    server,
    origin: server.origin,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * openBrowser() for the whole test file: opened before the first test, closed after the last.
 * Returns the object that then holds `browser`, `origin`, `url`, `server`.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    Object.assign(env, await openBrowser());
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/**
 * A test's own HTTP server on 127.0.0.1 (a free port): `handler(req, res, url)`; a handler that
 * throws answers 500 with the error. Resolves to `{ origin, close() }`.
 */
export function listen(handler) {
  const server = createServer(async (req, res) => {
    try {
      await handler(req, res, new URL(req.url, 'http://127.0.0.1'));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** The wasm rules in Node (from dist/), to compute what the page must show. */
export async function loadRules() {
  assertPrerequisites();
  const dg = await import(`${root}dist/domainguard.js`);
  dg.initSync({ module: readFileSync(`${root}dist/domainguard_bg.wasm`) });
  return dg;
}

/**
 * A fresh context and page that records dialogs, page errors and console errors, and every
 * <img> the page ever creates (a MutationObserver installed before any page script).
 */
export async function newPage(browser, { permissions = [] } = {}) {
  const context = await browser.newContext();
  if (permissions.length) await context.grantPermissions(permissions);
  const page = await context.newPage();
  const problems = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    window.__imagesCreated = 0;
    window.__alerts = 0;
    const realAlert = window.alert;
    window.alert = (...args) => {
      window.__alerts++;
      return realAlert.apply(window, args);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1) continue;
          if (node.tagName === 'IMG') window.__imagesCreated++;
          window.__imagesCreated += node.querySelectorAll ? node.querySelectorAll('img').length : 0;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return { context, page, problems };
}

/**
 * Intercepts form posts to `pattern` and records them. `sent` lists each request's URL and
 * body; `next()` resolves at the next one.
 */
export async function recordSubmits(page, pattern, body = '<!doctype html><title>saved</title><p id="saved">gespeichert</p>') {
  const sent = [];
  let waiters = [];
  await page.route(pattern, async (route) => {
    const request = route.request();
    sent.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' });
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    for (const w of waiters) w();
    waiters = [];
  });
  return {
    sent,
    next(timeout = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no submit to ${pattern} within ${timeout} ms`)), timeout);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(sent[sent.length - 1]);
        });
      });
    },
  };
}

/** Waits until the element matching `selector` has exactly `text` as its textContent. */
export async function waitForText(page, selector, text, timeout = 5000) {
  try {
    await page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.textContent === want,
      [selector, text],
      { timeout },
    );
  } catch {
    const actual = await page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);
    assert.fail(`${selector}: expected text ${JSON.stringify(text)}, found ${JSON.stringify(actual)}`);
  }
}

/** Texts of all elements matching a selector. */
export function texts(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent));
}

/** Every form control's current value (checked state for boxes), by name or id. */
export function formValues(page, formSelector) {
  return page.$eval(formSelector, (form) => {
    const out = {};
    for (const el of form.querySelectorAll('input, select, textarea')) {
      if (el.closest('.domainguard-summary')) continue;
      const key = `${el.name || el.id}${el.type === 'radio' || el.type === 'hidden' ? `=${el.value}` : ''}`;
      out[key] = el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
    }
    return out;
  });
}

/** A structural snapshot (tags, attributes, text) of a subtree, to compare before/after. */
export function domSnapshot(page, selector) {
  return page.$eval(selector, (rootEl) => {
    const walk = (node) => {
      if (node.nodeType === 3) return node.data;
      if (node.nodeType !== 1) return null;
      const attrs = {};
      for (const a of node.attributes) attrs[a.name] = a.value;
      return { tag: node.tagName, attrs, children: [...node.childNodes].map(walk).filter((c) => c !== null) };
    };
    return walk(rootEl);
  });
}

/** Submit must not go through: wait a little and check that nothing was sent. */
export async function assertNotSent(page, record, count, ms = 400) {
  await page.waitForTimeout(ms);
  assert.equal(record.sent.length, count, 'the submit went through although it should have been stopped');
}

/** Resolves when the page's guard(s) settled: no pending debounce, a verdict rendered. */
export async function settle(page, ms = 250) {
  await page.waitForTimeout(ms);
}

/**
 * Arms a one-shot listener for the next `domainguard:verdict` on a form; call the returned
 * function after the user action to wait for (and get) that verdict.
 */
export async function armVerdict(page, formSelector, accept = 'true') {
  // `accept`: a JS expression over the verdict `v`; verdicts of earlier (debounced) edits that
  // arrive after arming are skipped until one satisfies it
  await page.evaluate(
    ([sel, acceptSource]) => {
      const form = document.querySelector(sel);
      const ok = new Function('v', `return (${acceptSource});`);
      window.__nextVerdict = new Promise((resolve) => {
        const listener = (e) => {
          if (!ok(e.detail)) return;
          form.removeEventListener('domainguard:verdict', listener);
          resolve(e.detail);
        };
        form.addEventListener('domainguard:verdict', listener);
      });
    },
    [formSelector, accept],
  );
  return () => page.evaluate(() => window.__nextVerdict);
}
