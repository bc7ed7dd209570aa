// Calendar dates and local times in a time zone (Europe/Berlin by default), and dates written
// the way the rules' messages write them.

import { normalizeLocale } from './locale.js';

function zoned(timeZone, date, withTime) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hourCycle: 'h23', hour: '2-digit', minute: '2-digit' } : {}),
  }).formatToParts(date);
  const part = (type) => parts.find((p) => p.type === type).value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return withTime ? `${day}T${part('hour')}:${part('minute')}` : day;
}

/** Today's calendar date (YYYY-MM-DD) in a time zone, Europe/Berlin by default. */
export function today(timeZone = 'Europe/Berlin', now = new Date()) {
  return zoned(timeZone, now, false);
}

/**
 * The local date and time (`YYYY-MM-DDTHH:MM`) in a time zone, Europe/Berlin by default: the
 * `now` of a cms case.
 */
export function localNow(timeZone = 'Europe/Berlin', date = new Date()) {
  return zoned(timeZone, date, true);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes an ISO date the way the rules' messages do: 14.03.2009 (de), 14 March 2009 (en). */
export function formatDate(iso, locale) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return String(iso);
  return normalizeLocale(locale) === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
}
