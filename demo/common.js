// Shared bits of the training pages move.html and request.html: the language switch, the
// "today" field from the URL, loading the module, and the log of what reached the panel.
// All text reaches the page through textContent.

export const params = new URLSearchParams(location.search);
export const $ = (id) => document.getElementById(id);

/** An element with a class and text (textContent only). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The language switch: `[data-i18n]` text, `[data-i18n-placeholder]`, `[data-i18n-label]`
 * (aria-label), the page links (`a[data-page]` keep the language). Calls onChange(lang) after a switch.
 */
export function languages(TEXT, onChange) {
  const state = { lang: params.get('lang') === 'en' ? 'en' : 'de' };
  state.t = () => TEXT[state.lang];
  state.apply = () => {
    const t = state.t();
    document.documentElement.lang = state.lang;
    document.title = `domainguard – ${t.title}`;
    for (const node of document.querySelectorAll('[data-i18n]')) {
      const text = t[node.dataset.i18n];
      if (text !== undefined) node.textContent = text;
    }
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
      node.placeholder = t[node.dataset.i18nPlaceholder] ?? node.placeholder;
    }
    for (const node of document.querySelectorAll('[data-i18n-label]')) {
      node.setAttribute('aria-label', t[node.dataset.i18nLabel] ?? node.getAttribute('aria-label'));
    }
    for (const link of document.querySelectorAll('a[data-page]')) {
      link.href = `${link.dataset.page}${state.lang === 'en' ? '?lang=en' : ''}`;
    }
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    }
  };
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      if (state.lang === button.dataset.lang) return;
      state.lang = button.dataset.lang;
      state.apply();
      onChange?.(state.lang);
    });
  }
  state.apply();
  return state;
}

/** Loads dist/domainguard.js and the wasm; on failure shows the page's load-error box. */
export async function loadModule(message) {
  try {
    const dg = await import('../dist/domainguard.js');
    await dg.init();
    return dg;
  } catch (err) {
    const box = $('load-error');
    box.textContent = message;
    box.hidden = false;
    console.error('demo: domainguard did not load', err);
    throw err;
  }
}

/**
 * Logs what really reached the (demo) panel: a form's submit that the guard let through
 * (a bubbling listener: the guard stops blocked submits in the capture phase) is noted, and
 * logged once the response arrives in the iframe.
 */
export function logSubmits(form, frame, list, describe) {
  let pending = null;
  form.addEventListener('submit', (event) => {
    if (!event.defaultPrevented) pending = describe();
  });
  frame.addEventListener('load', () => {
    let url;
    try {
      url = new URL(frame.contentWindow.location.href);
    } catch {
      return;
    }
    if (url.protocol === 'about:' || !pending) return;
    const li = el('li', 'sent-entry', pending.text);
    li.dataset.form = pending.form;
    pending = null;
    list.prepend(li);
  });
}

/** A <time> element with the ISO date and its localised text. */
export function timeEl(dg, iso, lang) {
  const time = el('time', '', dg.formatDate(iso, lang));
  time.dateTime = iso;
  return time;
}
