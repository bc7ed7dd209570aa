// checkAuthinfo / generateAuthinfo of dist/domainguard.js in Node (webcrypto as the random
// source), against the wasm-bindgen glue they wrap. Needs `bash scripts/build-wasm.sh`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dg;
let glue;

before(async () => {
  for (const f of ['dist/domainguard.js', 'dist/domainguard_wasm.js', 'dist/domainguard_bg.wasm']) {
    assert.ok(existsSync(root + f), `${f} is missing: run \`bash scripts/build-wasm.sh\``);
  }
  dg = await import(`${root}dist/domainguard.js`);
  dg.initSync({ module: readFileSync(`${root}dist/domainguard_bg.wasm`) });
  glue = await import(`${root}dist/domainguard_wasm.js`); // the same module instance
});

const DENIC = /^[A-HJ-NP-Za-km-np-z2-9+\-/*]{16}$/;

test('the glue exports what the wrappers need', () => {
  for (const name of ['check', 'fields', 'policies', 'version', 'check_authinfo', 'generate_authinfo']) {
    assert.equal(typeof glue[name], 'function', name);
  }
  assert.equal(typeof dg.checkAuthinfo, 'function');
  assert.equal(typeof dg.generateAuthinfo, 'function');
});

test('checkAuthinfo: DENIC format, positions and messages in both languages, never the code', () => {
  const de = dg.checkAuthinfo('de', 'AbIl3O0xyz', 'de');
  assert.deepStrictEqual(Object.keys(de), ['valid', 'reason', 'positions', 'message']);
  assert.equal(de.valid, false);
  assert.equal(de.reason, 'invalid_characters');
  assert.deepStrictEqual(de.positions, [3, 4, 6, 7]);
  assert.match(de.message, /Positionen 3, 4, 6, 7 .*\.de-AuthInfo/);
  assert.deepStrictEqual(de, JSON.parse(JSON.stringify(glue.check_authinfo('de', 'AbIl3O0xyz', 'de'))));
  const en = dg.checkAuthinfo('kunde-shop.de', 'AbIl3O0xyz', 'en-GB');
  assert.deepStrictEqual(en.positions, [3, 4, 6, 7]);
  assert.match(en.message, /positions 3, 4, 6, 7 .*\.de AuthInfo/);
  for (const r of [de, en]) assert.ok(!JSON.stringify(r).includes('AbIl3O0xyz'));
  // a plain object (no Map), as JSON
  assert.equal(Object.getPrototypeOf(de), Object.prototype);

  assert.deepStrictEqual(dg.checkAuthinfo('de', 'Ab3+Xy9/Zq', 'de'), { valid: true, reason: null, positions: [], message: null });
  assert.deepStrictEqual(dg.checkAuthinfo('de', ' Ab3+Xy9/Zq\n'), { valid: true, reason: null, positions: [], message: null });
  assert.equal(dg.checkAuthinfo('de', 'ABC', 'de').reason, 'too_short');
  const long = dg.checkAuthinfo('de', 'ABCDEFGHJKLMNPQRSTUV', 'de');
  assert.equal(long.reason, 'too_long');
  assert.match(long.message, /8 bis 16 Zeichen.*20/);
  assert.equal(dg.checkAuthinfo('de', '', 'de').reason, 'empty');
  assert.equal(dg.checkAuthinfo('de', null, 'de').reason, 'empty');
  // gTLD: letter, digit and special character
  assert.equal(dg.checkAuthinfo('com', 'abcdefgh', 'en').reason, 'missing_character_classes');
  assert.equal(dg.checkAuthinfo('beispiel.com', 'abc-1234', 'en').valid, true);
});

test('generateAuthinfo: 16 characters of the DENIC alphabet from crypto.getRandomValues, valid for the checker', () => {
  const seen = new Set();
  for (let i = 0; i < 50; i++) {
    const r = dg.generateAuthinfo('de');
    assert.deepStrictEqual(Object.keys(r), ['code']);
    assert.match(r.code, DENIC);
    assert.equal(dg.checkAuthinfo('de', r.code, 'de').valid, true);
    seen.add(r.code);
  }
  assert.equal(seen.size, 50, 'codes repeat: not random');
  const byDomain = dg.generateAuthinfo('kunde-shop.de').code;
  assert.match(byDomain, DENIC);
  for (let i = 0; i < 20; i++) {
    const com = dg.generateAuthinfo('beispiel.com').code;
    assert.equal(com.length, 22, 'gTLD codes carry at least 128 bits (RFC 9154)');
    assert.equal(dg.checkAuthinfo('com', com, 'en').valid, true, 'a generated gTLD code passes the gTLD check');
  }
});

test('generateAuthinfo takes its bytes from crypto.getRandomValues (1024 of them)', () => {
  const real = globalThis.crypto.getRandomValues;
  const calls = [];
  const fake = (array) => {
    calls.push(array.length);
    return real.call(globalThis.crypto, array);
  };
  Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: fake, configurable: true, writable: true });
  try {
    assert.match(dg.generateAuthinfo('de').code, DENIC);
  } finally {
    Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: real, configurable: true, writable: true });
  }
  assert.deepStrictEqual(calls, [1024]);
  // too few random bytes are an error, not a weak code (the glue, as the wrapper would see it)
  const short = glue.generate_authinfo('de', new Uint8Array(3));
  assert.equal(short.errors[0].code, 'not_enough_randomness');
});
