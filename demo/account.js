// The reseller account the training pages show (seed 002): no emergency contact on file and no
// power of attorney, and two domains whose renewal is close with the invoice unpaid. Dates are
// relative to the page's "today", so the banner stays the same whatever day it is opened.

/** `YYYY-MM-DD` plus `days` (calendar arithmetic, no time zone). */
export function addDays(iso, days) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

/** The readiness case of the demo account for a given today. */
export function demoAccount(today) {
  return {
    today,
    account: {
      name: 'Webagentur Sonnenschein (Reseller 4711)',
      emergency_contact: null,
      power_of_attorney: false,
    },
    domains: [
      { name: 'praxis-dr-meier.de', renewal: addDays(today, 24), invoice_unpaid: true },
      { name: 'bäckerei-sonnenschein.de', renewal: addDays(today, 9), invoice_unpaid: true },
      { name: 'verein-beispiel.de', renewal: addDays(today, 120), invoice_unpaid: true },
      { name: 'kanzlei-beispiel.com', renewal: addDays(today, 5), invoice_unpaid: false },
    ],
  };
}
