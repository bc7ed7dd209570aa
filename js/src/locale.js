// Locales and the guard's UI text.

import { GUARD } from './strings.js';

/** Normalises a locale tag (`de-DE`, `en_GB`, …) to `de` or `en`; anything else is `de`. */
export function normalizeLocale(tag) {
  const lang = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return lang === 'en' ? 'en' : 'de';
}

/** UI text of the guard for a locale (for panels that want to reuse the labels). */
export function uiStrings(locale) {
  return GUARD[normalizeLocale(locale)];
}

/** The order in which deadlines are listed. */
export const DEADLINE_KEYS = Object.freeze([
  'notice_deadline',
  'undo_until',
  'close_date',
  'transfer_safe_until',
  'renewal',
  'rgp_until',
  'authinfo_expires',
  'ack_deadline',
  'transfer_lock_until',
]);
