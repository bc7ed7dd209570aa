// The lean panel modules (dist/domainguard_de_bg.wasm, dist/domainguard_en_bg.wasm; src/lean.rs)
// against the full module on every vector, in German and English: each answer is the full
// module's, byte for byte, or `{needs_full_module}` for a reason the case shows (a domain name
// with a non-ASCII character or an `xn--` label, the other language, a CMS action, an inline
// policy object). Needs `bash scripts/build-wasm.sh`; fails (never skips) without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist/`;
const vectorDir = `${root}tests/vectors/`;

// One glue file serves every module; a query string gives each module an instance of its own.
async function instance(wasm, tag) {
  assert.ok(existsSync(dist + wasm), `dist/${wasm} is missing: run \`bash scripts/build-wasm.sh\``);
  const glue = await import(`${dist}domainguard_wasm.js?${tag}`);
  glue.initSync({ module: readFileSync(dist + wasm) });
  return glue;
}
const full = await instance('domainguard_bg.wasm', 'full');
const lean = { de: await instance('domainguard_de_bg.wasm', 'de'), en: await instance('domainguard_en_bg.wasm', 'en') };

const vectors = readdirSync(vectorDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(vectorDir + file, 'utf8')) }));

// What a case shows that a lean module of `language` lacks (the reasons it may give).
function lacks(c, language) {
  const reasons = new Set();
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return reasons;
  const tag = typeof c.locale === 'string' ? c.locale.trim().split(/[-_]/)[0].toLowerCase() : '';
  if ((tag === 'en' ? 'en' : 'de') !== language) reasons.add('locale');
  if (c.action === 'cms_delete' || c.action === 'cms_update') reasons.add('cms');
  if (c.policy !== null && typeof c.policy === 'object') reasons.add('policy');
  // a domain name: a string without spaces that has a dot, with a non-ASCII character or an
  // `xn--` label (under any key: domain.name, a readiness list, a TLD)
  const walk = (v) => {
    if (typeof v === 'string') {
      const t = v.trim();
      if (!/\s/.test(t) && (/[^\x00-\x7f]/.test(t) || /(^|\.)xn--/i.test(t))) reasons.add('idna');
    } else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(c);
  return reasons;
}

for (const language of ['de', 'en']) {
  test(`the ${language} lean module answers every vector as the full module does, or hands it over for a reason the case shows`, () => {
    let answered = 0;
    for (const vector of vectors) {
      for (const locale of ['de', 'en']) {
        const c = vector.case && typeof vector.case === 'object' && !Array.isArray(vector.case) ? { ...vector.case, locale } : vector.case;
        const out = lean[language].check(c);
        if (out && typeof out.needs_full_module === 'string') {
          assert.ok(lacks(c, language).has(out.needs_full_module), `${vector.file} (${locale}): needs_full_module ${out.needs_full_module} without a reason`);
        } else {
          assert.deepStrictEqual(out, full.check(c), `${vector.file} (${locale})`);
          if (locale === language) answered++;
        }
      }
    }
    // the lean module is of use: it answers most vectors in its own language itself
    assert.ok(answered >= 100, `${language}: only ${answered} of ${vectors.length} vectors answered`);
  });
}

test('a lean module hands over exactly what it lacks, and answers the rest', () => {
  const base = JSON.parse(readFileSync(`${root}docs/examples/seed-004-close.json`, 'utf8'));
  const de = lean.de;
  assert.deepStrictEqual(de.check(base), full.check(base));
  const needs = (c) => de.check(c).needs_full_module ?? null;
  assert.equal(needs({ ...base, domain: { ...base.domain, name: 'müller.de' } }), 'idna');
  assert.equal(needs({ ...base, domain: { ...base.domain, name: 'XN--mller-kva.de' } }), 'idna');
  // an invalid non-ASCII name too: the full module says why
  assert.equal(needs({ ...base, domain: { ...base.domain, name: 'ab€c.de' } }), 'idna');
  assert.equal(needs({ ...base, locale: 'en' }), 'locale');
  assert.equal(needs({ ...base, policy: { notice_days: 30 } }), 'policy');
  assert.equal(needs({ action: 'cms_delete', today: '2009-02-01' }), 'cms');
  // an English case that shows no text (an unknown action's error is in English) and an
  // ASCII name with hyphens at 3 and 4 are answered
  assert.deepStrictEqual(lean.en.check({ ...base, locale: 'en' }), full.check({ ...base, locale: 'en' }));
  const dashes = { ...base, domain: { ...base.domain, name: 'ab--cd.de' } };
  assert.deepStrictEqual(de.check(dashes), full.check(dashes));
  assert.equal(de.check(dashes).errors[0].field, 'domain.name');
  // the other exports
  // (an AuthInfo's format depends on `.de` or not, never on IDNA)
  for (const tld of ['de', 'xn--p1ai', 'рф', 'müller.de']) {
    assert.deepStrictEqual(de.check_authinfo(tld, 'Ab3+Xy9/Zq', 'de'), full.check_authinfo(tld, 'Ab3+Xy9/Zq', 'de'), tld);
  }
  assert.equal(de.check_authinfo('de', 'x', 'en').needs_full_module, 'locale');
  assert.deepStrictEqual(de.fields('close'), full.fields('close'));
  assert.equal(de.fields('cms_delete').needs_full_module, 'cms');
  assert.deepStrictEqual(de.policies(), full.policies());
  assert.equal(de.version(), full.version());
});
