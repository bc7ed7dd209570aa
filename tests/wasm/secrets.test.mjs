// The AuthInfo never leaves the wasm module through a verdict or an error (issue 11): every
// vector, with a code put in, in both locales; only letterWithAuthinfo writes it, into the
// letter of an allowed transfer. And the edge input where the CLI and the wasm module once
// differed: nesting, lone surrogates, numbers.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}target/release/domainguard`;
const CODE = 'Xk7Pq2Rs9Tv4Wy8M';
let dg;

before(async () => {
  assert.ok(existsSync(`${root}dist/domainguard.js`), 'dist/ is missing: run `bash scripts/build-wasm.sh`');
  assert.ok(existsSync(cli), 'target/release/domainguard is missing: run `cargo build --release`');
  dg = await import(`${root}dist/domainguard.js`);
  dg.initSync({ module: readFileSync(`${root}dist/domainguard_bg.wasm`) });
});

const vectors = readdirSync(`${root}tests/vectors/`)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(`${root}tests/vectors/${file}`, 'utf8')) }));

function withCode(c) {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return c;
  const a = c.authinfo && typeof c.authinfo === 'object' ? c.authinfo : {};
  return { ...c, authinfo: { ...a, code: CODE } };
}

function transfer(code = CODE) {
  return {
    action: 'transfer_out', today: '2009-02-01', locale: 'de',
    domain: { name: 'beispiel.de', registered: '2005-04-04' },
    holder: { name: 'Max Mustermann' },
    termination: { from: 'holder', to: 'reseller', received: '2009-02-01' },
    evk: { signed_by: 'holder', date: '2009-02-01', text: 'Hiermit kündige ich die Domain zum Providerwechsel.', new_provider: 'Neuer Hoster GmbH' },
    authinfo: { code, created: '2009-02-01', planned_transfer: '2009-02-20' },
  };
}

function runCli(args, input) {
  const out = spawnSync(cli, args, { input, encoding: 'utf8' });
  return { text: out.stdout, status: out.status };
}

test('no wasm output of any vector contains the AuthInfo put into it', () => {
  const leaks = [];
  for (const v of vectors) {
    for (const locale of ['de', 'en']) {
      const base = withCode(v.case);
      const c = base && typeof base === 'object' && !Array.isArray(base) ? { ...base, locale } : base;
      const out = JSON.stringify(dg.check(c));
      if (out.includes(CODE)) leaks.push(`${v.file} (${locale})`);
    }
  }
  assert.deepEqual(leaks, []);
  assert.ok(vectors.length >= 50);
});

test('an AuthInfo given as a string is named by its type only', () => {
  const out = dg.check({ ...transfer(), authinfo: CODE });
  assert.deepEqual(out.errors, [
    {
      code: 'INVALID_TYPE',
      field: 'authinfo',
      message: '`authinfo`: erwartet ein Objekt, gefunden: ein Wert vom Typ string',
      params: { expected: 'object', found: 'string' },
    },
  ]);
});

test('the verdict letter holds [[AUTHINFO]]; letterWithAuthinfo writes the code in, as the CLI does', () => {
  const v = dg.check(transfer());
  assert.equal(v.allowed, true);
  assert.equal(dg.AUTHINFO_PLACEHOLDER, '[[AUTHINFO]]');
  assert.ok(v.documents.holder_letter.includes('Ihre AuthInfo (Providerwechsel-Passwort): [[AUTHINFO]]\nSie ist ab dem 03.03.2009 ungültig.'));
  const letter = dg.letterWithAuthinfo(transfer());
  assert.equal(letter, v.documents.holder_letter.replace('[[AUTHINFO]]', CODE));
  const fromCli = runCli(['letter'], JSON.stringify(transfer()));
  assert.equal(fromCli.status, 0);
  assert.equal(fromCli.text, `${letter}\n`);
  // Blocked (expired code): no letter.
  const expired = transfer();
  expired.authinfo.created = '2008-11-01';
  assert.equal(dg.letterWithAuthinfo(expired), null);
  assert.equal(dg.letterWithAuthinfo({ action: 'fly' }), null);
});

// Cases the vector files cannot hold or where the CLI once differed from the wasm module.
const edgeCases = {
  'lone high surrogate in the holder name': { ...transfer(), holder: { name: 'Max \ud800 Mustermann' } },
  'lone low surrogate in the domain': { ...transfer(), domain: { name: 'beispiel\udc00.de', registered: '2005-04-04' } },
  'nesting 33 (English)': { ...transfer(), locale: 'en', x: JSON.parse('['.repeat(32) + ']'.repeat(32)) },
  'nesting 200 (English)': { ...transfer(), locale: 'en', x: JSON.parse('['.repeat(199) + ']'.repeat(199)) },
  'nesting 32': { ...transfer(), x: JSON.parse('['.repeat(31) + ']'.repeat(31)) },
  'number 1.5e-7': { ...transfer(), action: 'close', services: { mailboxes: 1.5e-7 } },
  'number 1e21': { ...transfer(), action: 'close', services: { mailboxes: 1e21 } },
  'number -0': { ...transfer(), action: 'close', services: { mailboxes: -0.25 } },
};

for (const [name, c] of Object.entries(edgeCases)) {
  test(`wasm and CLI give the same output: ${name}`, () => {
    const fromWasm = dg.check(c);
    const { text } = runCli(['check'], JSON.stringify(c));
    assert.deepStrictEqual(fromWasm, JSON.parse(text));
  });
}

test('the edge cases say what they should', () => {
  assert.equal(dg.check(edgeCases['lone high surrogate in the holder name']).allowed, true);
  assert.match(dg.check(edgeCases['lone high surrogate in the holder name']).documents.holder_letter, /Guten Tag Max \ufffd Mustermann,/);
  assert.equal(dg.check(edgeCases['nesting 33 (English)']).errors[0].message, 'the input is not valid JSON: nested deeper than 32 levels (or cyclic)');
  assert.equal(dg.check(edgeCases['nesting 32']).allowed, true);
  assert.match(dg.check(edgeCases['number 1.5e-7']).errors[0].message, /gefunden: 1\.5e-7$/);
  assert.match(dg.check(edgeCases['number 1e21']).errors[0].message, /gefunden: 1e\+21$/);
  const cyclic = { ...transfer() };
  cyclic.self = cyclic;
  assert.equal(dg.check(cyclic).errors[0].message, 'Die Eingabe ist kein gültiges JSON: nested deeper than 32 levels (or cyclic)');
});
