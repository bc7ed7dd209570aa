// The wasm build (as shipped in dist/) against the shared vectors and the native CLI.
// Needs `bash scripts/build-wasm.sh` and `cargo build --release` to have run; fails (never
// skips) when either is missing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seed004 } from '../support/cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const wasmFile = `${root}dist/domainguard_bg.wasm`;
const moduleFile = `${root}dist/domainguard.js`;
const cli = `${root}target/release/domainguard`;
const vectorDir = `${root}tests/vectors/`;

const vectors = existsSync(vectorDir)
  ? readdirSync(vectorDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => ({ file, ...JSON.parse(readFileSync(vectorDir + file, 'utf8')) }))
  : [];

// A few cases of our own on top of the vectors, for the CLI comparison.
const base = seed004();
const extraCases = {
  'seed 004 on time': base,
  'seed 004 one day late': { ...base, today: '2009-03-15' },
  'termination to the registrar': { ...base, termination: { ...base.termination, to: 'registrar' } },
  'impossible registration date': { ...base, domain: { ...base.domain, registered: '2009-02-30' } },
  'markup in the holder name': { ...base, holder: { name: '<img src=x onerror=alert(1)>' } },
  // every kind of character the module's JSON writer escapes (or copies as it is), in the letters
  'quotes, a backslash, control characters and an emoji in the holder name': { ...base, holder: { name: 'Müller "Bau" \\ GmbH\u0007\u001f\t😀' } },
  'no EVK': { ...base, evk: null },
  'German date format is not accepted by the rules': { ...base, today: '01.02.2009' },
  'empty case': {},
  'transfer out': {
    ...base,
    action: 'transfer_out',
    evk: { ...base.evk, text: 'Wechsel zu Neuer Provider GmbH', new_provider: 'Neuer Provider GmbH' },
    authinfo: { created: '2009-02-01', planned_transfer: '2009-02-20' },
  },
};

let dg;

before(async () => {
  assert.ok(
    existsSync(moduleFile) && existsSync(wasmFile),
    'dist/ is missing: run `bash scripts/build-wasm.sh` before `npm test`',
  );
  assert.ok(existsSync(cli), 'target/release/domainguard is missing: run `cargo build --release` before `npm test`');
  dg = await import(moduleFile);
  dg.initSync({ module: readFileSync(wasmFile) });
});

function runCli(caseObject) {
  const out = spawnSync(cli, ['check'], { input: JSON.stringify(caseObject), encoding: 'utf8' });
  assert.equal(out.error, undefined, `CLI did not run: ${out.error}`);
  let json;
  try {
    json = JSON.parse(out.stdout);
  } catch {
    assert.fail(`CLI printed no JSON (exit ${out.status}): ${out.stdout}${out.stderr}`);
  }
  return { json, status: out.status };
}

function expectedStatus(output) {
  if (Array.isArray(output.errors)) return 2;
  return output.allowed ? 0 : 1;
}

test('the vector set is there', () => {
  assert.ok(vectors.length > 0, 'no tests/vectors/*.json found');
});

for (const vector of vectors) {
  test(`wasm gives the expected output: ${vector.file}`, () => {
    assert.ok(vector.case !== undefined, `${vector.file} has no "case"`);
    assert.ok(vector.expected !== undefined, `${vector.file} has no "expected" (bless the vectors first)`);
    assert.deepStrictEqual(dg.check(vector.case), vector.expected);
  });
}

for (const vector of vectors) {
  test(`wasm and CLI agree in German and English: ${vector.file}`, () => {
    for (const locale of ['de', 'en']) {
      const c = vector.case && typeof vector.case === 'object' && !Array.isArray(vector.case) ? { ...vector.case, locale } : vector.case;
      const fromWasm = dg.check(c);
      const { json, status } = runCli(c);
      assert.deepStrictEqual(fromWasm, json, `locale ${locale}`);
      assert.equal(status, expectedStatus(json), `exit status, locale ${locale}`);
    }
  });
}

// The inventory page's module (dist/batch/) holds the same rules, built for speed (opt-level 2,
// wasm-opt -O3) rather than for size: it must give the same output for every vector.
test('the inventory page\'s module, built for speed, gives every vector\'s output in German and English', async () => {
  const batch = await import(`${root}dist/batch/domainguard_wasm.js`);
  batch.initSync({ module: readFileSync(`${root}dist/batch/domainguard_bg.wasm`) });
  for (const vector of vectors) {
    assert.deepStrictEqual(batch.check(vector.case), vector.expected, vector.file);
    const c = vector.case && typeof vector.case === 'object' && !Array.isArray(vector.case) ? { ...vector.case, locale: 'en' } : vector.case;
    assert.deepStrictEqual(batch.check(c), dg.check(c), `${vector.file}, English`);
  }
});

for (const [name, c] of Object.entries(extraCases)) {
  test(`wasm and CLI agree in German and English: ${name}`, () => {
    for (const locale of ['de', 'en']) {
      const localised = { ...c, locale };
      const fromWasm = dg.check(localised);
      const { json, status } = runCli(localised);
      assert.deepStrictEqual(fromWasm, json, `locale ${locale}`);
      assert.equal(status, expectedStatus(json), `exit status, locale ${locale}`);
    }
  });
}

test('seed 004 on time: the deadlines of the worked example', () => {
  const v = dg.check(base);
  assert.equal(v.allowed, true);
  assert.equal(v.deadlines.renewal, '2009-04-04');
  assert.equal(v.deadlines.close_date, '2009-04-03');
  assert.equal(v.deadlines.notice_deadline, '2009-03-14');
  assert.equal(
    v.documents.registrar_notice,
    'Bitte schließen Sie die Domain beispiel.de, zum 03.04.2009, die EVK des Kunden, Herr / Frau Max Mustermann liegt uns vor',
  );
});

test('bad values never throw: they come back as input errors', () => {
  for (const bad of [null, undefined, 42, 'close', [], [1, 2], { action: 'fly', today: '2009-02-01' }, { action: 'close' }]) {
    let out;
    assert.doesNotThrow(() => {
      out = dg.check(bad);
    }, `check(${JSON.stringify(bad)})`);
    assert.ok(Array.isArray(out.errors) && out.errors.length > 0, `errors for ${JSON.stringify(bad)}`);
    for (const e of out.errors) {
      assert.equal(typeof e.code, 'string');
      assert.equal(typeof e.message, 'string');
      assert.ok(e.message.length > 0);
    }
  }
});

test('the module exposes fields, policies and version', () => {
  const close = dg.fields('close');
  assert.ok(Array.isArray(close));
  const registered = close.find((f) => f.path === 'domain.registered');
  assert.deepEqual(registered, { path: 'domain.registered', type: 'date', required: true, kind: 'fact' });
  assert.equal(close.find((f) => f.path === 'evk.acknowledges_availability').kind, 'declaration');
  const to = close.find((f) => f.path === 'termination.to');
  assert.deepEqual(to.values, ['reseller', 'registrar']);
  assert.ok(dg.fields('transfer_out').some((f) => f.path === 'evk.new_provider'));
  assert.equal(dg.fields('no_such_action'), null);
  assert.ok(dg.policies().some((p) => p.id === 'default'));
  const cargo = readFileSync(`${root}Cargo.toml`, 'utf8');
  assert.equal(dg.version(), /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1]);
});

test('formatDate writes dates the way the messages do', () => {
  assert.equal(dg.formatDate('2009-03-14', 'de'), '14.03.2009');
  assert.equal(dg.formatDate('2009-03-14', 'en'), '14 March 2009');
  assert.equal(dg.formatDate('2009-04-03', 'en-GB'), '3 April 2009');
  const late = dg.check({ ...base, today: '2009-03-15', locale: 'en' });
  assert.ok(late.findings.some((f) => f.message.includes(dg.formatDate('2009-03-14', 'en'))));
});

test('today() is the calendar date in Europe/Berlin', () => {
  // 2009-03-14 23:30 UTC is already 2009-03-15 in Berlin (UTC+1 in March before DST).
  assert.equal(dg.today('Europe/Berlin', new Date('2009-03-14T23:30:00Z')), '2009-03-15');
  assert.equal(dg.today('Europe/Berlin', new Date('2009-03-14T22:30:00Z')), '2009-03-14');
  // summer time: UTC+2
  assert.equal(dg.today('Europe/Berlin', new Date('2009-07-31T22:30:00Z')), '2009-08-01');
  assert.match(dg.today(), /^\d{4}-\d{2}-\d{2}$/);
});
