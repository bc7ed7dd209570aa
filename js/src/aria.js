// aria attributes on fields. Several guards (or several paths of one guard) may describe the
// same element; each holds a claim, and the attributes are recomputed from the claims. Tokens
// the panel put into aria-describedby stay; its own aria-invalid comes back with the last claim.

const claimsOf = new WeakMap(); // element -> { invalid, describedby_, claims_: Map(key -> {id, invalid}) }
const OUR_TOKEN = /^domainguard-\d+-msg-\d+$/;

function applyClaims(el) {
  const record = claimsOf.get(el);
  const base = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && !OUR_TOKEN.test(t));
  if (!record || record.claims_.size === 0) {
    const original = record ? record.describedby_ : null;
    const originalBase = (original ?? '').split(/\s+/).filter(Boolean);
    if (base.join(' ') === originalBase.join(' ')) {
      if (original === null) el.removeAttribute('aria-describedby');
      else el.setAttribute('aria-describedby', original);
    } else el.setAttribute('aria-describedby', base.join(' '));
    if (record) {
      if (record.invalid === null) el.removeAttribute('aria-invalid');
      else el.setAttribute('aria-invalid', record.invalid);
      claimsOf.delete(el);
    }
    return;
  }
  const tokens = [...base];
  let invalid = false;
  for (const c of record.claims_.values()) {
    if (!tokens.includes(c.id)) tokens.push(c.id);
    invalid = invalid || c.invalid;
  }
  el.setAttribute('aria-describedby', tokens.join(' '));
  if (invalid) el.setAttribute('aria-invalid', 'true');
  else if (record.invalid === null) el.removeAttribute('aria-invalid');
  else el.setAttribute('aria-invalid', record.invalid);
}

/** Describes `el` by the message element `id` under `key`; `invalid` marks it aria-invalid. */
export function claim(el, key, id, invalid) {
  let record = claimsOf.get(el);
  if (!record) {
    record = { invalid: el.getAttribute('aria-invalid'), describedby_: el.getAttribute('aria-describedby'), claims_: new Map() };
    claimsOf.set(el, record);
  }
  record.claims_.set(key, { id, invalid });
  applyClaims(el);
}

/** Drops the claim `key` on `el`; the last one gives the panel's own attributes back. */
export function unclaim(el, key) {
  const record = claimsOf.get(el);
  if (!record || !record.claims_.delete(key)) return;
  applyClaims(el);
}
