// The benchmark's reference pipeline (bench/reference.mjs: tldts + date-fns) computes the same
// report as domainguard's inventory, row for row: otherwise the benchmark's ratio would compare
// two different things. Needs `bash scripts/build-wasm.sh` (dist/batch/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpus } from '../../bench/corpus.mjs';
import { referenceReport } from '../../bench/reference.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const batch = await import(`${root}dist/batch/domainguard_wasm.js`);
batch.initSync({ module: readFileSync(`${root}dist/batch/domainguard_bg.wasm`) });

function domainguard(list, today) {
  const job = new batch.InventoryJob(list, { today, locale: 'de' });
  try {
    assert.equal(job.errors(), null);
    return job.report();
  } finally {
    job.free();
  }
}

const german = (iso) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso);

function assertAgree(list, today) {
  const ours = domainguard(list, today).rows;
  const ref = referenceReport(list, today).rows;
  assert.equal(ref.length, ours.length);
  let closes = 0;
  for (let i = 0; i < ours.length; i++) {
    const a = ours[i];
    const b = ref[i];
    const got = [b.line, b.domain, b.renewal, b.action, b.deadline, b.days, b.severity];
    const want = [a.line, a.domain, a.renewal ?? null, a.next_action, a.deadline ?? null, a.days_left ?? null, a.severity];
    assert.deepEqual(got, want, `row ${i} (line ${a.line})`);
    // the close's dates, which the report only names in its message
    if (a.next_action === 'SEND_CLOSE_NOTICE' || a.next_action === 'CLOSE_NOTICE_MISSED') {
      closes++;
      for (const d of [b.close, b.notice]) assert.ok(a.message.includes(german(d)), `row ${i}: ${a.message} lacks ${german(d)}`);
      if (a.next_action === 'SEND_CLOSE_NOTICE') assert.ok(a.message.includes(german(b.undo)), `row ${i}: ${a.message} lacks ${german(b.undo)}`);
    }
  }
  return { rows: ours.length, closes };
}

test('the reference pipeline agrees with domainguard on every row of the 100,000-row benchmark corpus', () => {
  const { rows, closes } = assertAgree(corpus(100000), '2026-11-21');
  assert.equal(rows, 100000);
  assert.ok(closes > 5000, `${closes} close rows compared`);
});

test('and on leap days, given renewals, rolled-over closes, late transfers and unreadable rows', () => {
  const list = [
    'domain,registered,renewal,invoice_unpaid,intent',
    'schaltjahr.de,2008-02-29,,nein,close', // renews on 28 February, the close rolls over
    'schaltjahr2.de,2008-02-29,,ja,keep',
    'gegeben.com,,2027-01-10,,transfer',
    'spaet.org,2001-11-22,,,transfer', // the transfer-safe date has passed
    'knapp.de,2010-12-01,,ja,', // unpaid, renews within the warning days
    'Gross.DE,2010-05-05,,,close',
    'kaputt.de,2010-13-01,,,',
    'kein-datum.de,,,,',
    'a..b.de,2010-01-01,,,',
    'zukunft.de,2027-01-01,,,',
  ].join('\n');
  for (const today of ['2026-02-20', '2026-11-21', '2028-02-28']) {
    const { rows } = assertAgree(list, today);
    assert.equal(rows, 10);
  }
});
