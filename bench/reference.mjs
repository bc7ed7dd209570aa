// The reference pipeline of issue 12: what a competent front-end developer would write instead
// of domainguard for the inventory report — tldts for the name and its public suffix, date-fns
// for the dates, the same rules as the default policy (21 days' notice, 2 days' undo, transfer
// safe 2 days before the renewal, renewal warning 30 days, 29 February renews on 28 February).
// It computes for every row the renewal, the notice deadline, the close date, the undo date, the
// next action, its deadline, the days left and the severity, and sorts like the inventory.
// tests/tools/reference.test.mjs checks that it agrees with domainguard on every row of the
// benchmark corpus; scripts/bench.mjs times both on the same list in the same process/page.
//
// Written to be fast, not as a strawman: one pass over the text with split, dates parsed once,
// date-fns' calendar-day functions, a comparator on precomputed keys.
import { parse as parseDomain } from 'tldts';
import { addDays, addYears, differenceInCalendarDays, isValid } from 'date-fns';

export const POLICY = Object.freeze({ noticeDays: 21, undoDays: 2, transferSafeDays: 2, warningDays: 30 });

const RANK = { error: 0, high: 1, medium: 2, low: 3 };
const YES = new Set(['true', 'yes', 'ja', '1']);
const NO = new Set(['', 'false', 'no', 'nein', '0']);

// 'YYYY-MM-DD' → a local Date at midnight, or null (a day that does not exist is null too)
function day(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const y = +text.slice(0, 4);
  const m = +text.slice(5, 7) - 1;
  const d = +text.slice(8, 10);
  const date = new Date(y, m, d);
  return isValid(date) && date.getMonth() === m && date.getDate() === d ? date : null;
}

// The anniversary of `reg` in `year`: 29 February falls back to 28 February in other years
// (date-fns' addYears keeps the month and clamps the day).
const anniversary = (reg, year) => addYears(reg, year - reg.getFullYear());

// The first anniversary strictly after today (and after the registration year).
function nextRenewal(reg, today) {
  const first = Math.max(today.getFullYear(), reg.getFullYear() + 1);
  for (let y = first; y <= first + 1; y++) {
    const a = anniversary(reg, y);
    if (a > today) return a;
  }
  return null;
}

const byDays = (days) => (days <= 7 ? 'high' : days <= 30 ? 'medium' : 'low');
// ISO text by hand: date-fns' format() parses its pattern on every call, ~10× slower
const pad = (n) => (n < 10 ? `0${n}` : String(n));
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
// the list's names are host names, never URLs or IP addresses; tldts still validates them
const TLDTS = { detectIp: false, mixedInputs: false };

/**
 * The report for a CSV list (header row, ';' or ','), as the inventory computes it.
 * @returns {{rows: Array<object>}} rows most urgent first; each with line, domain, suffix,
 *   renewal, notice, close, undo (ISO dates or null), action, deadline, days and severity
 */
export function referenceReport(csv, todayText, policy = POLICY) {
  const today = day(todayText);
  const lines = csv.split('\n');
  const head = lines[0].replace(/^\uFEFF/, '').replace(/\r$/, '');
  const sep = head.includes(';') && !head.includes(',') ? ';' : ',';
  const cols = head.split(sep).map((c) => c.trim().toLowerCase());
  const at = (name) => cols.indexOf(name);
  const iDomain = at('domain');
  const iReg = at('registered');
  const iRenewal = at('renewal');
  const iHolder = at('holder');
  const iUnpaid = at('invoice_unpaid');
  const iIntent = at('intent');
  const rows = [];
  for (let n = 1; n < lines.length; n++) {
    const text = lines[n].replace(/\r$/, '');
    if (text.trim() === '') continue;
    const f = text.split(sep);
    const get = (i) => (i < 0 ? '' : (f[i] ?? '').trim());
    const row = {
      index: rows.length,
      line: n + 1,
      domain: get(iDomain),
      suffix: null,
      holder: get(iHolder),
      renewal: null,
      notice: null,
      close: null,
      undo: null,
      action: 'FIX_ROW',
      deadline: null,
      days: null,
      severity: 'error',
    };
    rows.push(row);
    const name = row.domain.toLowerCase();
    const parsed = parseDomain(name, TLDTS);
    if (!parsed.domain || !parsed.isIcann || parsed.hostname !== name) continue;
    row.domain = name;
    row.suffix = parsed.publicSuffix;
    const regText = get(iReg);
    const renText = get(iRenewal);
    const reg = regText ? day(regText) : null;
    let renewal = renText ? day(renText) : null;
    if ((regText && !reg) || (renText && !renewal)) continue;
    const unpaidText = get(iUnpaid).toLowerCase();
    if (!YES.has(unpaidText) && !NO.has(unpaidText)) continue;
    const unpaid = YES.has(unpaidText);
    const intent = get(iIntent).toLowerCase() || 'keep';
    if (intent !== 'keep' && intent !== 'close' && intent !== 'transfer') continue;
    if (reg && reg > today) continue;
    if (!renewal) renewal = reg ? nextRenewal(reg, today) : null;
    if (!renewal) continue;
    row.renewal = iso(renewal);
    // the close at expiry: rolled over to the next renewal while the notice deadline has passed
    let target = renewal;
    let notice = addDays(target, -policy.noticeDays);
    const missed = today > notice;
    for (let i = 0; i < 3 && today > notice; i++) {
      target = anniversary(reg ?? renewal, target.getFullYear() + 1);
      notice = addDays(target, -policy.noticeDays);
    }
    const close = addDays(target, -1);
    row.notice = iso(notice);
    row.close = iso(close);
    row.undo = iso(addDays(close, -policy.undoDays));
    const toRenewal = differenceInCalendarDays(renewal, today);
    let deadline = renewal;
    if (unpaid && toRenewal >= 0 && toRenewal <= policy.warningDays) {
      row.action = 'RENEWAL_AT_RISK';
      row.severity = 'high';
    } else if (intent === 'close') {
      if (missed) {
        row.action = 'CLOSE_NOTICE_MISSED';
        row.severity = 'high';
      } else {
        row.action = 'SEND_CLOSE_NOTICE';
        deadline = notice;
        row.severity = byDays(differenceInCalendarDays(notice, today));
      }
    } else if (intent === 'transfer') {
      const safe = addDays(renewal, -policy.transferSafeDays);
      if (today > safe) {
        row.action = 'TRANSFER_TOO_LATE';
        row.severity = 'high';
      } else {
        row.action = 'COMPLETE_TRANSFER';
        deadline = safe;
        row.severity = byDays(differenceInCalendarDays(safe, today));
      }
    } else {
      row.action = 'RENEWAL';
      row.severity = unpaid ? 'medium' : 'low';
    }
    row.deadline = iso(deadline);
    row.days = differenceInCalendarDays(deadline, today);
  }
  rows.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.days ?? Infinity) - (b.days ?? Infinity) ||
      (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0) ||
      a.index - b.index,
  );
  return { rows };
}
