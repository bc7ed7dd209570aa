// A Node consumer of the package, type-checked with `tsc --strict` and no DOM lib (so no
// `console` either: the results are exported).
import { check, fields, policies, type CheckResult, type Verdict } from 'domainguard';

const result: CheckResult = check({
  action: 'close',
  today: '2009-02-01',
  domain: { name: 'beispiel.de', registered: '2005-04-04' },
  holder: { name: 'Max Mustermann' },
});

export function noticeDeadline(r: CheckResult): string | null {
  if ('errors' in r) return r.errors[0]?.message ?? null;
  const verdict: Verdict = r;
  return verdict.deadlines.notice_deadline ?? null;
}

export const notice = noticeDeadline(result);
export const paths: string[] = (fields('close') ?? []).map((f) => f.path);
export const ids: string[] = policies().map((p) => p.id);
