// The TYPO3 package in headless Chromium: a page that loads the module exactly as the TYPO3
// v12/v13 backend does (import map from Configuration/JavaScriptModules.php, the JavaScript
// item handler importing @domainguard/domainguard/panel.js, a CSP with a nonce), with
// FormEngine field names, served from the built package (integrations/typo3/Resources/Public/).
// Form posts go to a server that re-checks them the way the module's controller does
// (tests/integrations/recheck-post.php: FormMapping + Recheck + the real domainguard CLI).
//
// It must behave like the demo: seed 004 on time goes through; a termination sent to the
// registrar is blocked with the message next to the field; fixing it releases the submit.
// And whatever the browser does, the server refuses what the rules block.
//
// Needs: bash scripts/build-integrations.sh, cargo build --release, php-cli, chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { extname, join, normalize, sep } from 'node:path';
import { launchChromium, listen, root, loadRules, newPage, waitForText, texts, armVerdict } from '../browser/helpers.mjs';
import { seed004, NO_SERVICES, summaryLines } from '../support/cases.mjs';

const EXT = `${root}integrations/typo3/`;
const PUBLIC_JS = `${EXT}Resources/Public/JavaScript/`;
const BIN = process.env.DOMAINGUARD_BIN ?? `${root}target/release/domainguard`;
const MODULE = '/typo3/module/domainguard/domains';
const TOKEN = 'c0ffee0123456789';
const CLOSE = '#domainguard-close';
const TRANSFER = '#domainguard-transfer_out';
const P = 'data[tx_domainguard][close]';
const sel = (field, form = P) => `[name="${form}[${field}]"]:not([type=hidden])`;
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8' };

function prerequisites() {
  const assets = ['domainguard.js', 'domainguard_wasm.js', 'domainguard_bg.wasm', 'domainguard_de_bg.wasm', 'domainguard_en_bg.wasm', 'domainguard_wasm_full.js'];
  for (const f of ['panel.js', ...assets]) {
    assert.ok(existsSync(PUBLIC_JS + f), `${PUBLIC_JS}${f} is missing: run \`bash scripts/build-integrations.sh\``);
  }
  for (const f of assets) {
    assert.ok(
      readFileSync(PUBLIC_JS + f).equals(readFileSync(`${root}dist/${f}`)),
      `${PUBLIC_JS}${f} differs from dist/${f}: run \`bash scripts/build-integrations.sh\``,
    );
  }
  assert.ok(existsSync(BIN), `${BIN} is missing: run \`cargo build --release\``);
}

const fixture = (name) => readFileSync(`${root}tests/integrations/fixtures/${name}`, 'utf8');

/**
 * The module page's markup (fixtures/typo3-importmap.html) with the fields both forms share
 * included: {{INCLUDE NAME ACTION}} is typo3-importmap.NAME.html with {{ACTION}} filled in.
 */
function moduleFixture() {
  return fixture('typo3-importmap.html').replace(/\{\{INCLUDE ([a-z-]+) ([a-z_]+)\}\}\n/g, (_, name, action) =>
    fixture(`typo3-importmap.${name}.html`).replace(/^<!--[^]*?-->\n/, '').replaceAll('{{ACTION}}', action),
  );
}

/** What the TYPO3 module writes into its page (import map, field mappings), from PHP. */
function typo3Page() {
  return JSON.parse(execFileSync('php', [`${root}tests/integrations/typo3-page.php`], { encoding: 'utf8' }));
}

const PLESK_PAGE = '/modules/domainguard/index.php/index/close';

/**
 * A Plesk page of the extension: no import map; Plesk includes htdocs/global.js as a classic
 * script. Same form, Plesk's field names, with what the server writes into it (locale, policy,
 * today, the module's URL) and without a CSRF field: global.js copies Plesk's meta token into
 * a form that has none (the server renders it; see plesk-nojs.test.mjs).
 */
function pleskPage(page) {
  const html = moduleFixture();
  const head = `<meta name="forgery_protection_token" id="forgery_protection_token" content="f0f0f0f0f0f0">
<script>Jsw = { namespace() {} };</script>
<script src="/modules/domainguard/global.js"></script>`;
  const mapping = JSON.stringify(page.mapping.close).replaceAll('data[tx_domainguard][close]', 'domainguard[close]');
  return html
    .replace(/<script type="importmap"[\s\S]*?<\/script>\n<script src="\/typo3[^\n]*<\/script>/, head)
    .replace('{{MAPPING_CLOSE}}', attr(mapping))
    .replace('{{MAPPING_TRANSFER}}', attr(JSON.stringify(page.mapping.transfer_out)))
    .replaceAll('data[tx_domainguard][close]', 'domainguard[close]')
    .replaceAll('data-domainguard-panel=', 'data-domainguard-module-url="/modules/domainguard/domainguard/panel.js" data-domainguard-panel=')
    .replaceAll('{{LOCALE}}', 'de')
    .replaceAll('{{TODAY}}', '2009-02-01')
    .replaceAll('{{FORM_ACTION}}', PLESK_PAGE);
}

function attr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function recheck(body, today, locale) {
  return new Promise((resolve, reject) => {
    const child = spawn('php', [`${root}tests/integrations/recheck-post.php`, today, locale], { env: { ...process.env, DOMAINGUARD_BIN: BIN } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`recheck-post.php failed (${code}): ${err}`));
      else resolve(JSON.parse(out));
    });
    child.stdin.end(body);
  });
}


/**
 * The backend, as far as this page needs it: the module route (GET: the page, POST: the
 * server re-check), the extension's public resources, TYPO3's item handler.
 */
function startServer(page) {
  const posts = [];
  let waiters = [];
  const listening = listen(async (req, res, url) => {
    const q = url.searchParams;
    if (url.pathname === MODULE && req.method === 'GET') {
      const nonce = randomBytes(16).toString('base64');
      const locale = q.get('locale') ?? 'de';
      const today = q.get('today') ?? '2009-02-01';
      const html = moduleFixture()
        .replaceAll('{{NONCE}}', nonce)
        .replace('{{IMPORTMAP}}', page.importmap)
        .replace('{{MAPPING_CLOSE}}', attr(JSON.stringify(page.mapping.close)))
        .replace('{{MAPPING_TRANSFER}}', attr(JSON.stringify(page.mapping.transfer_out)))
        .replaceAll('{{LOCALE}}', locale)
        .replaceAll('{{TODAY}}', today)
        .replaceAll('{{FORM_ACTION}}', attr(`${MODULE}?token=${TOKEN}&today=${today}&locale=${locale}`));
      // ?refused=1: the page as the server renders it after a refused post (Partials/Field.html):
      // term_to = registrar with the server's message, and a message only the server can give
      const page2 = q.get('refused') === '1'
        ? html
          .replace('<option value="reseller" selected>uns (Reseller)</option>\n        <option value="registrar">den Registrar</option>\n      </select>',
            '<option value="reseller">uns (Reseller)</option>\n        <option value="registrar" selected>den Registrar</option>\n      </select>\n      <div class="domainguard-server-message domainguard-block" data-domainguard-server-for="termination.to" data-code="TERMINATION_SENT_TO_REGISTRAR"><strong>Blockiert:</strong> vom Server</div>')
          .replace('name="data[tx_domainguard][close][mailboxes]" value="0" autocomplete="off">',
            'name="data[tx_domainguard][close][mailboxes]" value="0" autocomplete="off">\n      <div class="domainguard-server-message domainguard-block" data-domainguard-server-for="services.mailboxes" data-code="FACT_CONTRADICTED"><strong>Blockiert:</strong> Dieser Wert widerspricht den Daten des Panels (3).</div>')
        : html;
      // TYPO3's backend policy (nonce-based) plus what Configuration/ContentSecurityPolicies.php
      // adds; ?csp=strict leaves 'wasm-unsafe-eval' out, as a panel without that file would.
      const wasm = q.get('csp') === 'strict' ? '' : " 'wasm-unsafe-eval'";
      res.writeHead(200, {
        'content-type': TYPES['.html'],
        'cache-control': 'no-store',
        'content-security-policy': `default-src 'self'; script-src 'self' 'nonce-${nonce}'${wasm}; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'`,
      });
      res.end(page2);
      return;
    }
    if (url.pathname === MODULE && req.method === 'POST') {
      assert.equal(q.get('token'), TOKEN);
      let body = '';
      for await (const chunk of req) body += chunk;
      const result = await recheck(body, q.get('today') ?? '2009-02-01', q.get('locale') ?? 'de');
      posts.push({ body, result });
      for (const w of waiters) w();
      waiters = [];
      res.writeHead(result.allowed ? 200 : 422, { 'content-type': TYPES['.html'] });
      const messages = Object.values(result.messagesByField ?? {}).flat().map((m) => `<li>${attr(m.message)}</li>`).join('');
      res.end(
        `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Domains</title><div id="outcome" data-outcome="${result.allowed ? 'allowed' : 'refused'}" data-codes="${attr(result.blockingCodes.join(' '))}">${result.allowed ? 'angenommen' : 'abgelehnt'}<ul>${messages}</ul></div>`,
      );
      return;
    }
    if (url.pathname === PLESK_PAGE && req.method === 'GET') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(pleskPage(page));
      return;
    }
    let file = null;
    if (url.pathname.startsWith('/modules/domainguard/')) {
      const base = `${root}integrations/plesk/htdocs`;
      file = normalize(join(base, decodeURIComponent(url.pathname.slice('/modules/domainguard'.length))));
      if (!file.startsWith(base + sep) || file.endsWith('.php')) file = null;
    } else if (url.pathname === '/typo3/sysext/core/Resources/Public/JavaScript/java-script-item-handler.js') {
      file = `${root}tests/integrations/fixtures/java-script-item-handler.js`;
    } else if (url.pathname.startsWith('/typo3conf/ext/domainguard/Resources/Public/')) {
      const base = `${EXT}Resources/Public`;
      file = normalize(join(base, decodeURIComponent(url.pathname.slice('/typo3conf/ext/domainguard/Resources/Public'.length))));
      if (!file.startsWith(base + sep)) file = null;
    }
    if (req.method === 'GET' && file && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return listening.then(({ origin, close }) => ({
    origin,
    posts,
    nextPost(timeout = 10000) {
      const count = posts.length;
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error('no post reached the server')), timeout);
        waiters.push(() => {
          if (posts.length > count) {
            clearTimeout(timer);
            done(posts[posts.length - 1]);
          }
        });
      });
    },
    close,
  }));
}

let browser;
let server;
let rules;
let page;

before(async () => {
  prerequisites();
  page = typo3Page();
  rules = await loadRules();
  server = await startServer(page);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The case the fixture's close form must produce (seed 004, on time). */
const closeCase = (patch = {}) => seed004({ close: { mode: 'expiry' }, services: { ...NO_SERVICES } }, patch);

/** Opens the module page and waits until both forms are guarded and checked. */
async function open(query = '') {
  const { context, page: tab, problems } = await newPage(browser);
  await tab.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  await tab.goto(`${server.origin}${MODULE}?token=${TOKEN}${query ? `&${query}` : ''}`);
  return { context, tab, problems };
}

async function settled(tab, form) {
  await tab.waitForSelector(`${form} .domainguard-summary:not([data-state=loading])`, { timeout: 10000 });
}

/** The guard's handle, from the same module instance panel.js uses (URL without ?bust). */
function guardCase(tab, form) {
  return tab.evaluate(async (f) => {
    const m = await import('/typo3conf/ext/domainguard/Resources/Public/JavaScript/domainguard.js');
    return m.guardOf(document.querySelector(f)).case;
  }, form);
}

test('TYPO3 import map: the module loads once through @domainguard/domainguard/, under a nonce CSP with wasm-unsafe-eval', async () => {
  const map = JSON.parse(page.importmap);
  assert.equal(map.imports['@domainguard/domainguard/'], '/typo3conf/ext/domainguard/Resources/Public/JavaScript/');
  assert.match(map.imports['@domainguard/domainguard/panel.js'], /^\/typo3conf\/ext\/domainguard\/Resources\/Public\/JavaScript\/panel\.js\?bust=[0-9a-f]{40}$/);

  const { context, tab, problems } = await open();
  await settled(tab, CLOSE);
  await settled(tab, TRANSFER);
  const loaded = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search));
  const count = (re) => loaded.filter((u) => re.test(u)).length;
  assert.equal(count(/\/panel\.js\?bust=/), 1, loaded.join('\n'));
  assert.equal(count(/\/domainguard\.js$/), 1, 'domainguard.js once, relative to panel.js (one module instance)');
  assert.equal(count(/\/domainguard\.js\?/), 0);
  assert.equal(count(/\/domainguard_wasm\.js$/), 1);
  // the server's locale is German and the names are ASCII: the lean German module alone
  assert.equal(count(/\/domainguard_de_bg\.wasm$/), 1, loaded.join('\n'));
  assert.equal(count(/\/domainguard_bg\.wasm$/), 0, 'no full module');
  assert.equal(count(/\/domainguard_wasm_full\.js$/), 0);
  // the wasm came with its MIME type (streaming compile) and nothing was blocked
  assert.deepStrictEqual(await tab.evaluate(() => window.__csp), []);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  // both forms guarded, each with its own summary
  assert.equal(await tab.locator('.domainguard-summary').count(), 2);
  await context.close();
});

test('seed 004 on time: the demo\'s verdict, the submit goes through, and the server allows the same case', async () => {
  const { context, tab, problems } = await open();
  await settled(tab, CLOSE);
  const expected = closeCase();
  assert.deepStrictEqual(await guardCase(tab, CLOSE), expected);
  const verdict = rules.check(expected);
  assert.equal(verdict.allowed, true);

  await waitForText(tab, `${CLOSE} .domainguard-summary-title`, 'Keine Einwände: Der Auftrag kann abgeschickt werden.');
  assert.deepStrictEqual(await texts(tab, `${CLOSE} .domainguard-summary-list li`), summaryLines(verdict, 'de'));
  assert.equal(await tab.textContent(`${CLOSE} [data-deadline=notice_deadline]`), '14.03.2009');
  assert.equal(await tab.textContent(`${CLOSE} [data-deadline=close_date]`), '03.04.2009');
  assert.equal(await tab.textContent(`${CLOSE} [data-deadline=undo_until]`), '01.04.2009');
  assert.equal(await tab.textContent(`${CLOSE} [data-deadline=renewal]`), '04.04.2009');
  assert.equal(await tab.locator('[aria-invalid]').count(), 0);

  const post = server.nextPost();
  await tab.click(`${CLOSE} button[type=submit]`);
  const { body, result } = await post;
  // FormEngine names in the body, the hidden 0 before the ticked 1
  const pairs = [...new URLSearchParams(body)];
  assert.deepStrictEqual(pairs.filter(([k]) => k === `${P}[evk_ack]`).map(([, v]) => v), ['0', '1']);
  assert.ok(pairs.every(([k]) => k.startsWith(`${P}[`)), 'only this form\'s fields');
  // the server built exactly the browser's case from the post, and the native rules allowed it
  assert.equal(result.action, 'close');
  assert.deepStrictEqual(result.case, expected);
  assert.equal(result.outcome, 'allowed');
  await tab.waitForSelector('#outcome[data-outcome=allowed]');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('termination sent to the registrar: blocked with the message next to the field; fixing it releases the submit', async () => {
  const { context, tab, problems } = await open();
  await settled(tab, CLOSE);
  const before = server.posts.length;

  let next = await armVerdict(tab, CLOSE);
  await tab.selectOption(sel('term_to'), 'registrar');
  const verdict = await next();
  const expected = rules.check(closeCase({ 'termination.to': 'registrar' }));
  assert.deepStrictEqual(verdict, expected);
  const finding = expected.findings.find((f) => f.field === 'termination.to');
  assert.equal(finding.code, 'TERMINATION_SENT_TO_REGISTRAR');
  assert.equal(finding.severity, 'block');

  const box = tab.locator(`${sel('term_to')} + .domainguard-message`);
  assert.equal(await box.textContent(), `Blockiert: ${finding.message}`);
  assert.equal(await tab.getAttribute(sel('term_to'), 'aria-invalid'), 'true');
  assert.equal(await tab.getAttribute(sel('term_to'), 'aria-describedby'), await box.getAttribute('id'));
  await waitForText(tab, `${CLOSE} .domainguard-summary-title`, 'Blockiert: So kann der Auftrag nicht abgeschickt werden. Bitte die markierten Angaben korrigieren.');

  await tab.click(`${CLOSE} button[type=submit]`);
  await tab.waitForTimeout(500);
  assert.equal(server.posts.length, before, 'the blocked submit must not reach the server');
  assert.equal(await tab.evaluate(() => document.activeElement.id), 'data_tx_domainguard_close_term_to');

  next = await armVerdict(tab, CLOSE);
  await tab.selectOption(sel('term_to'), 'reseller');
  assert.equal((await next()).allowed, true);
  assert.equal(await tab.locator(`${CLOSE} .domainguard-message`).count(), 0);
  assert.equal(await tab.getAttribute(sel('term_to'), 'aria-invalid'), null);
  const post = server.nextPost();
  await tab.click(`${CLOSE} button[type=submit]`);
  assert.equal((await post).result.outcome, 'allowed');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('a tampered browser posts the blocked case anyway: the server re-check refuses it', async () => {
  const { context, tab } = await open();
  await settled(tab, CLOSE);
  const next = await armVerdict(tab, CLOSE);
  await tab.selectOption(sel('term_to'), 'registrar');
  assert.equal((await next()).allowed, false);
  const browserCase = await guardCase(tab, CLOSE);

  // form.submit() fires no submit event: the guard never sees it (as with devtools, a proxy, curl)
  const post = server.nextPost();
  await tab.evaluate((f) => HTMLFormElement.prototype.submit.call(document.querySelector(f)), CLOSE);
  const { result } = await post;
  assert.deepStrictEqual(result.case, browserCase);
  assert.equal(result.allowed, false);
  assert.equal(result.outcome, 'blocked');
  assert.deepStrictEqual(result.blockingCodes, ['TERMINATION_SENT_TO_REGISTRAR']);
  assert.equal(result.messagesByField['termination.to'][0].code, 'TERMINATION_SENT_TO_REGISTRAR');
  await tab.waitForSelector('#outcome[data-outcome=refused][data-codes=TERMINATION_SENT_TO_REGISTRAR]');
  await context.close();
});

test("without 'wasm-unsafe-eval' the browser check cannot load; the form still posts and the server refuses", async () => {
  const { context, tab } = await open('csp=strict');
  await tab.waitForSelector(`${CLOSE} .domainguard-summary[data-state=failed]`, { timeout: 10000 });
  assert.equal(
    await tab.textContent(`${CLOSE} .domainguard-summary-title`),
    'Die Prüfung konnte nicht geladen werden. Der Server prüft den Auftrag beim Absenden.',
  );
  const violations = await tab.evaluate(() => window.__csp);
  assert.ok(violations.some((v) => v.directive === 'script-src' && v.blocked === 'wasm-eval'), JSON.stringify(violations));

  await tab.selectOption(sel('term_to'), 'registrar');
  const post = server.nextPost();
  await tab.click(`${CLOSE} button[type=submit]`);
  const { result } = await post;
  assert.equal(result.allowed, false);
  assert.deepStrictEqual(result.blockingCodes, ['TERMINATION_SENT_TO_REGISTRAR']);
  await tab.waitForSelector('#outcome[data-outcome=refused]');
  await context.close();
});

test('transfer form: a malformed AuthInfo is blocked next to its field, never quoted; the server agrees', async () => {
  const { context, tab, problems } = await open();
  await settled(tab, TRANSFER);
  const T = 'data[tx_domainguard][transfer_out]';
  const secret = 'Xy7$geheimQO';
  const next = await armVerdict(tab, TRANSFER);
  await tab.fill(sel('authinfo', T), secret);
  const verdict = await next();
  const finding = verdict.findings.find((f) => f.field === 'authinfo.code');
  assert.equal(finding.code, 'AUTHINFO_INVALID');
  assert.equal(await tab.textContent(`${sel('authinfo', T)} + .domainguard-message .domainguard-text`), finding.message);
  assert.ok(!(await tab.textContent('body')).includes(secret), 'the AuthInfo is never written into the page');

  const post = server.nextPost();
  await tab.evaluate((f) => HTMLFormElement.prototype.submit.call(document.querySelector(f)), TRANSFER);
  const { result } = await post;
  assert.equal(result.action, 'transfer_out');
  assert.deepStrictEqual(result.blockingCodes, ['AUTHINFO_INVALID']);
  assert.ok(!JSON.stringify(result.log).includes(secret), 'the server log does not hold the AuthInfo');
  assert.ok(!JSON.stringify(result.messagesByField).includes(secret));
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

test('English module: the demo\'s English texts and dates', async () => {
  const { context, tab } = await open('locale=en');
  await settled(tab, CLOSE);
  const en = rules.check(closeCase({ locale: 'en' }));
  await waitForText(tab, `${CLOSE} .domainguard-summary-title`, 'No objections: the order can be sent.');
  assert.deepStrictEqual(await texts(tab, `${CLOSE} .domainguard-summary-list li`), summaryLines(en, 'en'));
  assert.equal(await tab.textContent(`${CLOSE} [data-deadline=notice_deadline]`), '14 March 2009');

  const next = await armVerdict(tab, CLOSE);
  await tab.selectOption(sel('term_to'), 'registrar');
  const blocked = await next();
  const finding = blocked.findings.find((f) => f.field === 'termination.to');
  assert.equal(await tab.textContent(`${sel('term_to')} + .domainguard-message`), `Blocked: ${finding.message}`);
  const post = server.nextPost();
  await tab.evaluate((f) => HTMLFormElement.prototype.submit.call(document.querySelector(f)), CLOSE);
  const { result } = await post;
  assert.equal(result.messagesByField['termination.to'][0].message, finding.message, 'the server says it in the same words');
  await context.close();
});

test('Plesk: global.js loads the module only where a guarded form is, with the form\'s own settings, and fills in a missing CSRF token', async () => {
  const { context, tab, problems } = await open();
  await tab.goto(`${server.origin}${PLESK_PAGE}`);
  await settled(tab, CLOSE);
  assert.equal(await tab.evaluate(() => window.PleskExt), undefined, 'no settings on every page');
  assert.equal(await tab.getAttribute(`${CLOSE} input[name=forgery_protection_token]`, 'value'), 'f0f0f0f0f0f0');
  const pleskCase = await tab.evaluate(async (f) => {
    const m = await import('/modules/domainguard/domainguard/domainguard.js');
    return m.guardOf(document.querySelector(f)).case;
  }, CLOSE);
  assert.deepStrictEqual(pleskCase, closeCase());

  const next = await armVerdict(tab, CLOSE);
  await tab.selectOption(sel('term_to', 'domainguard[close]'), 'registrar');
  const verdict = await next();
  const finding = verdict.findings.find((f) => f.field === 'termination.to');
  assert.equal(await tab.textContent(`${sel('term_to', 'domainguard[close]')} + .domainguard-message`), `Blockiert: ${finding.message}`);
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });

  // any other Plesk page: global.js loads nothing
  await tab.goto(`${server.origin}/modules/domainguard/global.js`);
  await tab.setContent('<!doctype html><title>Websites &amp; Domains</title><p>nothing to guard</p>');
  await tab.addScriptTag({ url: `${server.origin}/modules/domainguard/global.js` });
  await tab.waitForTimeout(300);
  assert.equal(await tab.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('panel.js'))), false);
  assert.equal(await tab.evaluate(() => window.domainguardPanel), undefined);
  await context.close();
});

test('after a refused post the browser check replaces the server\'s messages; one only the server knows stays until its field changes', async () => {
  const { context, tab, problems } = await open('refused=1');
  await settled(tab, CLOSE);
  const serverMessages = (path) => tab.locator(`${CLOSE} .domainguard-server-message[data-domainguard-server-for="${path}"]`).count();
  assert.equal(await serverMessages('termination.to'), 0, 'replaced by the browser\'s own message');
  assert.match(await tab.textContent(`${sel('term_to')} + .domainguard-message`), /^Blockiert: /);
  assert.equal(await serverMessages('services.mailboxes'), 1, 'the server\'s fact stays');
  const next = await armVerdict(tab, CLOSE);
  await tab.fill(sel('mailboxes'), '3');
  await next();
  assert.equal(await serverMessages('services.mailboxes'), 0, 'gone once the field changed');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});
