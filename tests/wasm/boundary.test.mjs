// How a case crosses into the wasm (issue 12): check() of dist/domainguard.js writes it as one
// JSON text (JSON.stringify) for the glue's check_json, and hands what JSON text cannot carry
// exactly (cycles, nesting too deep, functions, bigints, Dates, Maps, fractions, …) to the
// glue's object walk (check), which answers as it always did. Both roads must give the same
// answer for every vector. Needs `bash scripts/build-wasm.sh`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seed004 } from '../support/cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vectorDir = `${root}tests/vectors/`;
let dg;
let glue;

before(async () => {
  for (const f of ['dist/domainguard.js', 'dist/domainguard_wasm.js', 'dist/domainguard_bg.wasm']) {
    assert.ok(existsSync(root + f), `${f} is missing: run \`bash scripts/build-wasm.sh\``);
  }
  dg = await import(`${root}dist/domainguard.js`);
  dg.initSync({ module: readFileSync(`${root}dist/domainguard_bg.wasm`) });
  glue = await import(`${root}dist/domainguard_wasm.js`); // the same instance
});

test('every vector: the JSON text road and the object walk give the same outcome', () => {
  const files = readdirSync(vectorDir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 100);
  let byText = 0;
  for (const file of files) {
    const { case: c, expected } = JSON.parse(readFileSync(vectorDir + file, 'utf8'));
    const walked = glue.check(c);
    const text = glue.check_json(JSON.stringify(c));
    if (text !== undefined) {
      byText++;
      assert.deepStrictEqual(JSON.parse(text), walked, file);
    }
    assert.deepStrictEqual(dg.check(c), expected, file);
  }
  // only the vectors with fractions, exponents or deep nesting take the walk
  assert.ok(byText >= files.length - 10, `${byText} of ${files.length} by text`);
});

test('check_json leaves to the walk what it does not read exactly', () => {
  const c = seed004();
  assert.equal(typeof glue.check_json(JSON.stringify(c)), 'string');
  const deep = (n) => JSON.parse('['.repeat(n) + ']'.repeat(n));
  // 31 arrays inside the case object: 32 containers, the most the walk reads
  assert.equal(typeof glue.check_json(JSON.stringify({ ...c, x: deep(31) })), 'string');
  assert.equal(glue.check_json(JSON.stringify({ ...c, x: deep(32) })), undefined);
  for (const n of ['1.5', '1e3', '-0.25', '1234567890123456', '01']) {
    assert.equal(glue.check_json(`{"action":"close","x":${n}}`), undefined, n);
  }
  for (const bad of ['', '{', '{"a":}', '[1,]', '"\\x"', '{"a":1}x', 'nul', '"\u0001"']) {
    assert.equal(glue.check_json(bad), undefined, JSON.stringify(bad));
  }
  // escapes, a surrogate pair and a lone surrogate (U+FFFD, as the walk and the CLI read it)
  const named = (name) => JSON.parse(glue.check_json(JSON.stringify({ ...c, holder: { name } }))).documents.holder_letter;
  assert.match(named('Max "M" \\ \n 😀 \ud800 Mustermann'), /Guten Tag Max "M" \\ \n 😀 \ufffd Mustermann,/);
});

test('check() gives what the walk gives for values JSON text cannot carry', () => {
  const c = seed004();
  const cyclic = { ...c };
  cyclic.self = cyclic;
  const cases = [
    cyclic,
    { ...c, x: () => 1 },
    { ...c, x: Symbol('x') },
    { ...c, x: 10n },
    { ...c, x: undefined },
    { ...c, holder: { name: 'Max', extra: undefined } },
    { ...c, today: new Date('2009-02-01') },
    { ...c, domain: new Map([['name', 'beispiel.de']]) },
    { ...c, holder: { name: new String('Max') } },
    { ...c, holder: { name: 'Max', toJSON: () => ({ name: 'Moritz' }) } },
    { ...c, x: [undefined, 1, () => 2] },
    undefined,
    null,
    'close',
    42,
  ];
  for (const value of cases) {
    assert.deepStrictEqual(dg.check(value), glue.check(value), String(value));
  }
  assert.equal(dg.check(cyclic).errors[0].message, 'Die Eingabe ist kein gültiges JSON: nested deeper than 32 levels (or cyclic)');
  assert.match(dg.check({ ...c, x: () => 1 }).errors[0].message, /a function, symbol or bigint/);
  assert.match(dg.check({ ...c, x: 10n }).errors[0].message, /a function, symbol or bigint/);
  // a Date is an object to the walk, not the text its toJSON gives
  assert.equal(dg.check({ ...c, today: new Date('2009-02-01') }).errors[0].field, 'today');
});
