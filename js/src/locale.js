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

