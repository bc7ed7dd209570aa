// The batch module's inventory (as shipped in dist/batch/) against the native CLI: the list
// read in parts, the report, the CSV and the calendar handed over in parts, and the view a
// virtual table pages through (len, sort, rowsJson). Needs `bash scripts/build-wasm.sh` and
// `cargo build --release`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const batch = await import(`${root}dist/batch/domainguard_wasm.js`);
batch.initSync({ module: readFileSync(`${root}dist/batch/domainguard_bg.wasm`) });
const cli = `${root}target/release/domainguard`;

function job(list, today = '2009-02-01', locale = 'de') {
  const j = new batch.InventoryJob(list, { today, locale });
  assert.equal(j.errors(), null);
  return j;
}

function native(list, out, today = '2009-02-01', locale = 'de') {
  assert.ok(existsSync(cli), 'target/release/domainguard is missing: run `cargo build --release`');
  const r = spawnSync(cli, ['inventory', '--today', today, '--locale', locale, '--out', out, '-'], {
    input: list, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

// A list longer than one part (64 Ki UTF-16 units) with a surrogate pair across every part
// boundary it can be placed on, umlauts and a holder with a quote.
function bigList() {
  const lines = ['domain;registered;holder;intent'];
  let i = 0;
  let length = lines[0].length + 1;
  while (length < 200_000) {
    const line = `kunde-${i}.de;2005-04-${String((i % 28) + 1).padStart(2, '0')};Ümit 😀 "${i}";${i % 3 ? '' : 'close'}`;
    lines.push(line);
    length += line.length + 1;
    i++;
  }
  return lines.join('\n') + '\n';
}

test('a list of more than one part is read as one text: every report, CSV and calendar byte as the CLI writes it', () => {
  const list = bigList();
  for (let shift = 0; shift < 4; shift++) {
    // move the part boundaries through the pairs
    const text = ' '.repeat(shift) + list;
    const j = job(text);
    const report = j.report();
    assert.equal(JSON.stringify(report), native(text, 'json').trimEnd());
    assert.equal(j.csv(), native(text, 'csv'));
    assert.equal(j.ics(), native(text, 'ics'));
    // the byte parts a Blob is made of: the same texts in UTF-8, split only between characters
    for (const [kind, parts] of [['csv', j.csvParts()], ['ics', j.icsParts()]]) {
      assert.ok(parts.every((p) => p instanceof Uint8Array), kind);
      // the calendar of this list is a few megabytes: several parts, each valid UTF-8 on its own
      assert.ok(kind === 'csv' ? parts.length >= 1 : parts.length > 1, `${kind}: ${parts.length} parts`);
      const decoder = new TextDecoder('utf-8', { fatal: true });
      assert.equal(parts.map((p) => decoder.decode(p)).join(''), native(text, kind), kind);
    }
    assert.ok(report.rows.every((r) => /^Ümit 😀 "\d+"$/.test(r.holder)), 'every holder whole');
    j.free();
  }
});

test('a lone surrogate reads as U+FFFD, as in one read', () => {
  const j = job('domain;registered;holder\nbeispiel.de;2005-04-04;a\ud800b\n');
  assert.equal(j.report().rows[0].holder, 'a\ufffdb');
  j.free();
});

test('the view for a virtual table: len, sort by a column with ties in urgency order, rowsJson a screenful at a time', () => {
  const list = 'domain;registered;renewal;holder;invoice_unpaid;intent\n'
    + 'beispiel.de;2005-04-04;;Max Mustermann;nein;close\n'
    + 'spät.de;2004-02-10;;"Müller; Anna";;close\n'
    + 'kunde.com;2001-02-20;;;ja;keep\n'
    + 'umzug.de;2003-03-01;;;;transfer\n'
    + 'ruhig.de;2003-09-01;;;;\n'
    + 'kaputt.de;2010-13-01;;;;\n';
  const j = job(list);
  assert.equal(j.len(), 6);
  const domains = (text) => JSON.parse(text).map((r) => r.domain);
  const urgency = ['kaputt.de', 'spät.de', 'kunde.com', 'umzug.de', 'beispiel.de', 'ruhig.de'];
  assert.deepEqual(domains(j.rowsJson(0, 100)), urgency);
  const report = j.report();
  assert.deepEqual(JSON.parse(j.rowsJson(1, 2)), report.rows.slice(1, 3));
  assert.equal(j.sort('holder', false), true);
  assert.deepEqual(domains(j.rowsJson(0, 6)), ['kaputt.de', 'kunde.com', 'umzug.de', 'ruhig.de', 'beispiel.de', 'spät.de']);
  assert.equal(j.sort('deadline', true), true);
  assert.deepEqual(domains(j.rowsJson(0, 6)), ['ruhig.de', 'beispiel.de', 'umzug.de', 'kunde.com', 'spät.de', 'kaputt.de']);
  assert.deepEqual(domains(j.rowsJson(4, 10)), ['spät.de', 'kaputt.de']);
  assert.equal(j.rowsJson(6, 10), '[]');
  assert.equal(j.sort('colour', false), false);
  assert.deepEqual(domains(j.rowsJson(0, 1)), ['ruhig.de'], 'an unknown column changes nothing');
  // the report, CSV and calendar keep the urgency order
  assert.deepEqual(j.report().rows.map((r) => r.domain), urgency);
  assert.equal(j.csv(), native(list, 'csv'));
  j.free();
});
