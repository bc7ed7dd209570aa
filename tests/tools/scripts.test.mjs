// scripts/serve.mjs and scripts/size.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { start } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function get(origin, path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serve.mjs serves the repository on 127.0.0.1 with the right types, and nothing outside it', async () => {
  assert.ok(existsSync(`${root}dist/domainguard_bg.wasm`), 'dist/ is missing: run `bash scripts/build-wasm.sh`');
  const server = await start(0);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/demo\/$/);
    const wasm = await get(server.origin, '/dist/domainguard_bg.wasm');
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.deepEqual(wasm.body, readFileSync(`${root}dist/domainguard_bg.wasm`));
    const demo = await get(server.origin, '/demo/');
    assert.equal(demo.status, 200);
    assert.equal(demo.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(demo.body.toString(), /<script type="module" src="demo\.js">/);
    assert.equal((await get(server.origin, '/js/domainguard.js')).headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal((await get(server.origin, '/demo/demo.css')).headers['content-type'], 'text/css; charset=utf-8');
    const home = await get(server.origin, '/');
    assert.equal(home.status, 302);
    assert.equal(home.headers.location, '/demo/');
    assert.equal((await get(server.origin, '/demo')).status, 301);
    assert.equal((await get(server.origin, '/nope.html')).status, 404);
    assert.equal((await get(server.origin, '/.git/HEAD')).status, 404);
    assert.notEqual((await get(server.origin, '/%2e%2e/%2e%2e/etc/passwd')).status, 200);
    assert.notEqual((await get(server.origin, '/..%2f..%2fetc%2fpasswd')).status, 200);
    assert.equal((await get(server.origin, '/demo/', 'POST')).status, 405);
    // the demo forms that carry an AuthInfo post to this page (no secret in a URL)
    const posted = await get(server.origin, '/demo/submitted.html', 'POST');
    assert.equal(posted.status, 200);
    assert.deepEqual(posted.body, readFileSync(`${root}demo/submitted.html`));
    assert.equal((await get(server.origin, '/demo/index.html', 'POST')).status, 405);
    const head = await get(server.origin, '/demo/', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  } finally {
    await server.close();
  }
});

test('node scripts/serve.mjs 0 prints the demo URL of a free port', async () => {
  const child = spawn(process.execPath, [`${root}scripts/serve.mjs`, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
      setTimeout(() => reject(new Error('serve.mjs printed nothing')), 5000);
    });
    const m = /^domainguard demo: (http:\/\/127\.0\.0\.1:(\d+)\/demo\/)$/.exec(line);
    assert.ok(m, line);
    assert.notEqual(m[2], '0');
    const res = await get(`http://127.0.0.1:${m[2]}`, '/demo/');
    assert.equal(res.status, 200);
  } finally {
    child.kill();
  }
  assert.equal(spawnSync(process.execPath, [`${root}scripts/serve.mjs`, 'x'], { encoding: 'utf8' }).status, 2);
});

test('size.mjs prints raw, gzip -9 and brotli -11 sizes and a module breakdown, and enforces the gzip budgets', async () => {
  const { BUDGET, WASM_BUDGET, FULL_BUDGET, BATCH_BUDGET, TARGET, WASM_TARGET, brotli } = await import('../../scripts/size.mjs');
  // the page's budgets are issue 12's targets
  assert.equal(BUDGET, 70 * 1024);
  assert.equal(WASM_BUDGET, 60 * 1024);
  assert.equal(TARGET, BUDGET);
  assert.equal(WASM_TARGET, WASM_BUDGET);
  const files = ['domainguard_de_bg.wasm', 'domainguard_wasm.js', 'domainguard.js'];
  for (const f of files) assert.ok(existsSync(`${root}dist/${f}`), `dist/${f} is missing: run \`bash scripts/build-wasm.sh\``);
  const out = spawnSync(process.execPath, [`${root}scripts/size.mjs`], { encoding: 'utf8' });
  // each file's line (raw, gzip -9, brotli -11) and the sums of a group of files
  const group = (names) => {
    const sum = { raw: 0, gz: 0, br: 0 };
    for (const f of names) {
      const bytes = readFileSync(`${root}dist/${f}`);
      const g = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
      const b = brotli(bytes);
      assert.ok(b < g, `${f}: brotli -11 (${b}) is smaller than gzip -9 (${g})`);
      sum.raw += bytes.length;
      sum.gz += g;
      sum.br += b;
      assert.match(out.stdout, new RegExp(`^dist/${f.replace('.', '\\.')}\\s+${bytes.length}\\s+${g}\\s+${b}$`, 'm'));
    }
    return sum;
  };
  const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz, br: a.br + b.br });
  const row = (name, t) => new RegExp(`^${name}\\s+${t.raw}\\s+${t.gz}\\s+${t.br}$`, 'm');
  // the German page: the lean German module, the glue, the ES module
  const wasmAndGlue = group(files.slice(0, 2));
  const esModule = group(files.slice(2));
  const page = add(wasmAndGlue, esModule);
  assert.match(out.stdout, row('total', page));
  assert.match(out.stdout, row('wasm \\+ glue', wasmAndGlue));
  // the English page
  const en = add(group(['domainguard_en_bg.wasm']), group(['domainguard_wasm.js']));
  assert.match(out.stdout, row('english wasm \\+ glue', en));
  assert.match(out.stdout, row('english total', add(en, esModule)));
  // the full module with its copy of the glue
  const full = group(['domainguard_bg.wasm', 'domainguard_wasm_full.js']);
  assert.match(out.stdout, row('full module', full));
  // the breakdown names the page module's sections, the code section the largest
  assert.match(out.stdout, /domainguard_de_bg\.wasm by section[^\n]*\n\s+code\s+\d+/);
  // the inventory page's module, on its own budget
  const batch = group(['batch/domainguard_bg.wasm', 'batch/domainguard_wasm.js']);
  assert.match(out.stdout, row('inventory page module', batch));
  const within =
    page.gz <= BUDGET && wasmAndGlue.gz <= WASM_BUDGET && add(en, esModule).gz <= BUDGET && en.gz <= WASM_BUDGET && full.gz <= FULL_BUDGET && batch.gz <= BATCH_BUDGET;
  if (within) {
    assert.equal(out.status, 0, out.stderr);
  } else {
    assert.equal(out.status, 1);
    assert.match(out.stderr, /exceeds the budget of \d+ bytes/);
  }
});
