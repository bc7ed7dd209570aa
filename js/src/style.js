// Default styles as a constructed stylesheet: no <style> element, so a CSP's style-src does not
// apply. One sheet per text, adopted by a document while at least one user holds it.

/** A stylesheet that users adopt into a document (`use`) and release again (`release`). */
export function stylesheet(text) {
  let sheet = null;
  const users = new WeakMap(); // document -> count
  return {
    /** Adopts the sheet into `doc`; false when the browser cannot (then nothing to release). */
    use(doc) {
      const view = doc.defaultView;
      if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return false;
      try {
        if (!sheet) {
          sheet = new view.CSSStyleSheet();
          sheet.replaceSync(text);
        }
        if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        users.set(doc, (users.get(doc) ?? 0) + 1);
        return true;
      } catch {
        return false;
      }
    },
    /** Gives up one use; the last one removes the sheet from `doc`. */
    release(doc) {
      const n = (users.get(doc) ?? 1) - 1;
      users.set(doc, Math.max(n, 0));
      if (n <= 0 && sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
