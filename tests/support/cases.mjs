// Cases and expectations the JS tests share (tests/browser, tests/integrations, tests/wasm):
// seed 004 – the holder terminates at the reseller on 1 February 2009, an EVK signed the same
// day – as the fixtures' forms and the vectors' extra cases hold it, and the summary lines a
// page shows for a verdict. No browser and no wasm here: plain data and functions.

/** The EVK text of the panel fixtures (TYPO3 fixture, import-map page, the wasm test's cases). */
export const EVK_TEXT = 'Hiermit beantrage ich die Schließung der Domain beispiel.de.';

/**
 * Seed 004's close case on time (today 2009-02-01): a fresh copy. `extra` adds or replaces
 * top-level parts (e.g. `close`, `services`); `patch` sets dotted paths
 * (`{ 'termination.to': 'registrar' }`), after `extra`.
 */
export function seed004(extra = {}, patch = {}) {
  return patched(
    {
      action: 'close',
      today: '2009-02-01',
      locale: 'de',
      policy: 'default',
      domain: { name: 'beispiel.de', registered: '2005-04-04' },
      holder: { name: 'Max Mustermann' },
      termination: { from: 'holder', to: 'reseller', received: '2009-02-01' },
      evk: { signed_by: 'holder', date: '2009-02-01', text: EVK_TEXT, acknowledges_availability: true },
      ...structuredClone(extra),
    },
    patch,
  );
}

/** The services of a form with nothing on the domain (no website, no mailboxes, no backup confirmed). */
export const NO_SERVICES = Object.freeze({ website: false, mailboxes: 0, mail_backup_confirmed: false });

/** `c` with each dotted path of `patch` set to its value (the parents must exist); returns `c`. */
export function patched(c, patch = {}) {
  for (const [path, value] of Object.entries(patch)) {
    const segments = path.split('.');
    let cur = c;
    for (const s of segments.slice(0, -1)) cur = cur[s];
    cur[segments.at(-1)] = value;
  }
  return c;
}

/** The guard's severity labels, as the summary list shows them. */
export const SEVERITY_LABEL = {
  de: { block: 'Blockiert', warn: 'Warnung', info: 'Hinweis' },
  en: { block: 'Blocked', warn: 'Warning', info: 'Note' },
};
const RANK = { block: 0, warn: 1, info: 2 };

/** The summary lines a page must show for a verdict: input errors as blocks, else blocks first, then warnings, notes. */
export function summaryLines(verdict, locale = 'de') {
  const items = verdict.errors
    ? verdict.errors.map((e) => ({ ...e, severity: 'block' }))
    : [...verdict.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return items.map((i) => `${SEVERITY_LABEL[locale][i.severity]}: ${i.message}`);
}
