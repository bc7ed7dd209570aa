// The ES module on a page that loads a lean module (init({locale})): checks what the lean module
// answers, throws NEEDS_FULL_MODULE for a case it lacks while the full module loads, and answers
// that case, as the full module does, once ready(case) has resolved. (Its own process: the module
// keeps one state.) Needs `bash scripts/build-wasm.sh`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist/`;
const dg = await import(`${dist}domainguard.js`);
// the reference: the full module in a glue instance of its own
const reference = await import(`${dist}domainguard_wasm.js?reference`);
reference.initSync({ module: readFileSync(`${dist}domainguard_bg.wasm`) });

const base = JSON.parse(readFileSync(`${root}docs/examples/seed-004-close.json`, 'utf8'));
const idn = { ...base, domain: { ...base.domain, name: 'Müller.de' } };

test('a German page: the lean module answers, an IDN loads the full module once', async () => {
  // In Node there is no fetch of file URLs: the modules are given as bytes.
  await dg.init({ locale: 'de-DE', leanUrl: readFileSync(`${dist}domainguard_de_bg.wasm`), url: readFileSync(`${dist}domainguard_bg.wasm`) });
  assert.equal(dg.leanModule(), 'de');
  assert.deepStrictEqual(dg.check(base), reference.check(base));
  assert.equal(dg.check(base).deadlines.notice_deadline, '2009-03-14');
  await dg.ready(base);
  assert.equal(dg.leanModule(), 'de', 'ready() of a case the lean module answers loads nothing');

  let thrown;
  assert.throws(
    () => dg.check(idn),
    (err) => {
      thrown = err;
      return err.code === 'NEEDS_FULL_MODULE' && err.lacks === 'idna' && err.ready instanceof Promise;
    },
  );
  assert.equal(
    thrown.message,
    'domainguard: an internationalised domain name needs the full rules module, which is loading now; await ready(case) and call again',
  );
  await dg.ready(idn);
  assert.equal(dg.leanModule(), null, 'the full module answers from now on');
  const verdict = dg.check(idn);
  assert.deepStrictEqual(verdict, reference.check(idn));
  assert.match(verdict.documents.registrar_notice, /müller\.de/);
  // and every other case, in either language
  assert.deepStrictEqual(dg.check({ ...base, locale: 'en' }), reference.check({ ...base, locale: 'en' }));
  await thrown.ready; // the promise the error carried has resolved too
});
