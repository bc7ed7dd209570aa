// The form layer through the wasm exports (issue 10): `caseFromForm` builds from a form post the
// very case the CLI's `domainguard case --form` builds (byte for byte), `checkForm` places every
// finding and error at its control and masks the AuthInfo, and nothing throws or leaks the code.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}target/release/domainguard`;
const CODE = 'Xk7Pq2Rs9Tv4Wy8M';
let wasm;

before(async () => {
  assert.ok(existsSync(`${root}dist/domainguard_wasm.js`), 'dist/ is missing: run `bash scripts/build-wasm.sh`');
  assert.ok(existsSync(cli), 'target/release/domainguard is missing: run `cargo build --release`');
  const dg = await import(`${root}dist/domainguard.js`);
  dg.initSync({ module: readFileSync(`${root}dist/domainguard_bg.wasm`) });
  wasm = await import(`${root}dist/domainguard_wasm.js`);
});

const MAPPING = {
  fields: {
    'domain.name': 'dg[domain]',
    'domain.registered': 'dg[registered]',
    'domain.status': 'dg[status]',
    'holder.name': 'dg[holder]',
    'termination.from': 'dg[from]',
    'termination.to': 'dg[to]',
    'evk.signed_by': 'dg[evk_by]',
    'evk.date': 'dg[evk_date]',
    'evk.text': 'dg[evk_text]',
    'evk.new_provider': 'dg[provider]',
    'authinfo.code': 'dg[authinfo]',
    'authinfo.created': 'dg[authinfo_created]',
  },
  constants: { domain: { last_transfer: null } },
};

function post(overrides = {}) {
  return {
    'dg[domain]': 'beispiel.de',
    'dg[registered]': '4.4.2005',
    'dg[status]': 'ok, clientTransferProhibited',
    'dg[holder]': ' Max Mustermann ',
    'dg[from]': 'holder',
    'dg[to]': 'reseller',
    'dg[evk_by]': 'holder',
    'dg[evk_date]': '01.02.2009',
    'dg[evk_text]': 'Hiermit kündige ich die Domain\r\nzum Providerwechsel.',
    'dg[provider]': 'Neuer Hoster GmbH',
    'dg[authinfo]': CODE,
    'dg[authinfo_created]': '2009-02-01',
    ...overrides,
  };
}

const CONTEXT = { today: '2009-02-01', locale: 'de-DE', timeZone: 'Europe/Berlin' };

function cliCase(action, mapping, values, context, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), 'dg-form-'));
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
  const input = JSON.stringify({ action, ...context, values });
  return spawnSync(cli, ['case', '--form', join(dir, 'mapping.json'), ...extra], { input, encoding: 'utf8' });
}

test('caseFromForm: the coercions, and the same bytes as `domainguard case --form`', () => {
  const result = wasm.caseFromForm('transfer_out', MAPPING, post(), CONTEXT);
  assert.equal(result.errors, undefined);
  const c = result.case;
  assert.equal(c.domain.registered, '2005-04-04');
  assert.deepEqual(c.domain.status, ['ok', 'clientTransferProhibited']);
  assert.equal(c.evk.date, '2009-02-01');
  assert.equal(c.evk.text, 'Hiermit kündige ich die Domain\nzum Providerwechsel.');
  assert.equal(c.locale, 'de');
  assert.equal(c.policy, 'default');
  assert.equal(c.authinfo.code, CODE, 'caseFromForm gives the case as typed');
  const run = cliCase('transfer_out', MAPPING, post(), CONTEXT, ['--with-secrets']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.stringify(c) + '\n', run.stdout);
});

test('checkForm: findings carry their control, the case its AuthInfo masked, no output the code', () => {
  const result = wasm.checkForm('transfer_out', MAPPING, post({ 'dg[to]': 'registrar' }), CONTEXT);
  assert.equal(result.case.authinfo.code, '[[AUTHINFO]]');
  assert.equal(result.case.domain.registered, '2005-04-04');
  const v = result.verdict;
  assert.equal(v.allowed, false);
  const f = v.findings.find((x) => x.code === 'TERMINATION_SENT_TO_REGISTRAR');
  assert.equal(f.field, 'termination.to');
  assert.equal(f.control, 'dg[to]');
  // a finding without a field has no control
  assert.ok(v.findings.filter((x) => x.field === null).every((x) => !('control' in x)));
  assert.equal(v.authinfo_held_back, true, 'a block on the termination holds the code back');
  assert.ok(!JSON.stringify(result).includes(CODE));
  // the verdict equals the CLI's for the same post
  const dir = mkdtempSync(join(tmpdir(), 'dg-form-'));
  writeFileSync(join(dir, 'm.json'), JSON.stringify(MAPPING));
  const run = spawnSync(cli, ['check', '--form', join(dir, 'm.json')], {
    input: JSON.stringify({ action: 'transfer_out', ...CONTEXT, values: post({ 'dg[to]': 'registrar' }) }),
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.deepEqual(JSON.parse(run.stdout), v);
});

test('checkForm: an allowed transfer leaves the code free; deadline_list labelled in the case locale', () => {
  const v = wasm.checkForm('transfer_out', MAPPING, post({ 'dg[status]': 'ok' }), { ...CONTEXT, locale: 'en' }).verdict;
  assert.equal(v.allowed, true, JSON.stringify(v.findings));
  assert.equal(v.authinfo_held_back, false);
  assert.deepEqual(
    v.deadline_list.map((d) => [d.key, d.date, d.label]),
    [
      ['notice_deadline', '2009-03-14', 'Notice must reach the registrar by'],
      ['transfer_safe_until', '2009-04-02', 'Transfer without a new renewal charge until'],
      ['renewal', '2009-04-04', 'Next renewal'],
      ['authinfo_expires', '2009-03-03', 'AuthInfo invalid from'],
    ],
  );
  assert.equal(v.confirmation, null);
});

test('a value that is not a text or a list of texts is INVALID_TYPE naming the control, never dropped', () => {
  for (const bad of [{ nested: 'x' }, [['x']], 7, true, ['a', 1]]) {
    const r = wasm.caseFromForm('transfer_out', MAPPING, post({ 'dg[holder]': bad }), CONTEXT);
    assert.equal(r.errors.length, 1, JSON.stringify(bad));
    assert.equal(r.errors[0].code, 'INVALID_TYPE');
    assert.equal(r.errors[0].field, 'holder.name');
    assert.equal(r.errors[0].control, 'dg[holder]');
    const checked = wasm.checkForm('transfer_out', MAPPING, post({ 'dg[holder]': bad }), CONTEXT);
    assert.equal(checked.case, null);
    assert.equal(checked.verdict.errors[0].control, 'dg[holder]');
  }
  // an AuthInfo posted as an object: its content never shows
  const r = wasm.checkForm('transfer_out', MAPPING, post({ 'dg[authinfo]': { code: CODE } }), { ...CONTEXT, locale: 'en' });
  assert.equal(r.verdict.errors[0].message, '`authinfo.code`: expected a text or a list of texts, but found a value of type object');
  assert.ok(!JSON.stringify(r).includes(CODE));
});

test('errors of the rules are placed at controls too; nothing throws on values JSON cannot hold', () => {
  const r = wasm.checkForm('transfer_out', MAPPING, post({ 'dg[registered]': '31.02.2005' }), CONTEXT);
  const e = r.verdict.errors.find((x) => x.field === 'domain.registered');
  assert.equal(e.control, 'dg[registered]');
  assert.equal(e.message, '`domain.registered`: `2005-02-31` gibt es nicht: Der Februar 2005 hat 28 Tage');
  const cyclic = {};
  cyclic.self = cyclic;
  for (const weird of [() => 1, Symbol('x'), cyclic, undefined, null, 'text']) {
    const out = wasm.checkForm('transfer_out', MAPPING, weird, CONTEXT);
    assert.ok(Array.isArray(out.verdict.errors), String(typeof weird));
    assert.equal(out.case, null);
    const built = wasm.caseFromForm('transfer_out', weird, post(), CONTEXT);
    assert.ok(Array.isArray(built.errors));
  }
});

test('the form controls of a cms_delete confirmation and a transfer_request answer', () => {
  const del = wasm.checkForm(
    'cms_delete',
    { fields: { 'node.title': 'title', 'node.descendants': 'pages', confirmation: 'typed' }, constants: { node: { id: '42' }, delete: { undoable: true } } },
    { title: 'Service', pages: '37', typed: '36' },
    { today: '2026-11-21', locale: 'en', constants: { now: '2026-11-21T14:00' } },
  ).verdict;
  assert.deepEqual(del.confirmation, { finding: 'DELETE_WITH_DESCENDANTS', field: 'confirmation', expected: '37' });
  const wrong = del.findings.find((f) => f.code === 'DELETE_CONFIRMATION_WRONG');
  assert.equal(wrong.control, 'typed');
  const req = wasm.checkForm(
    'transfer_request',
    { fields: { 'domain.name': 'domain', 'domain.registered': 'registered', 'request.received': 'received', facts: 'facts', answer: 'answer' } },
    // a checkbox group: the list of the ticked values
    { domain: 'beispiel.com', registered: '2020-03-10', received: '2026-11-20', facts: ['fraud'] },
    { today: '2026-11-21', locale: 'de' },
  ).verdict;
  assert.deepEqual(req.answers.options, [
    { value: 'ack', label: 'Transfer genehmigen (ACK)' },
    { value: 'nack', label: 'Transfer ablehnen (NACK)' },
  ]);
  assert.equal(req.findings.find((f) => f.code === 'ANSWER_MISSING').control, 'answer');
});

test('fields marks the AuthInfo secret and nothing else', () => {
  const secret = wasm.fields('transfer_out').filter((f) => f.secret === true).map((f) => f.path);
  assert.deepEqual(secret, ['authinfo.code']);
  assert.ok(wasm.fields('close').every((f) => !('secret' in f)));
});
