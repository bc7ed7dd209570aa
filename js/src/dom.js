// Element helpers shared by the form guard and the click guard. Text goes in through textContent only.

/** True for a DOM element (of any window). */
export function isElement(x) {
  return !!x && typeof x === 'object' && x.nodeType === 1;
}

/** A new element of `doc` with an optional class and text. */
export function make(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Hides or shows one of the guard's own parts whatever the panel's CSS says (`label {display:
 * inline-block}` would beat the `hidden` attribute): the attribute for the accessibility tree,
 * plus an inline `display: none !important` (CSSOM, so a CSP without 'unsafe-inline' allows it).
 */
export function setHidden(el, hidden) {
  el.hidden = hidden;
  if (hidden) el.style.setProperty('display', 'none', 'important');
  else el.style.removeProperty('display');
}

/** A JSON copy (undefined stays undefined). */
export function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
