// Shared bits of the training pages: the header (panel name, title, intro, the course
// navigation, the language switch, the "today" field), the footer, the language switch's
// behaviour, loading the module, the deadline list, and the log of what reached the panel.
// Importing this module fills the page's empty `<header class="top">` and `<footer>` (see
// pageFrame below), so a page names only what differs: its texts and its training date.
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
      if (typeof text === 'string') node.textContent = text;
    }
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
      node.placeholder = t[node.dataset.i18nPlaceholder] ?? node.placeholder;
    }
    for (const node of document.querySelectorAll('[data-i18n-label]')) {
      node.setAttribute('aria-label', t[node.dataset.i18nLabel] ?? node.getAttribute('aria-label'));
    }
    for (const node of document.querySelectorAll('[data-i18n-title]')) {
      node.title = t[node.dataset.i18nTitle] ?? node.title;
    }
    for (const link of document.querySelectorAll('a[data-page]')) {
      link.href = withLang(link.dataset.page, state.lang);
    }
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
    }
    renderNav(state.lang);
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

/**
 * The header and footer every page shares, built from the page's markup:
 * `<header class="top" data-today="2009-02-01">` gets the panel name, the title and the intro
 * (the page's texts `panel`, `title`, `intro`), `nav#course-nav`, the language switch and the
 * training date field `#today` (label text `today`; `data-today=""` for an empty field that the
 * page fills); `data-now` instead gives the date-and-time field `#now` (label text `now`); neither,
 * no field. The URL's `?today=` (or `?now=`) wins over the page's date.
 * An empty `<section class="sent">` gets the log of what reached the panel (`#sent-log`) and
 * the frame the forms post into (`submit-frame`). `<footer>` gets the texts line (`footer`) and, with `data-version`, `#version`.
 * The texts themselves arrive with the language switch (`data-i18n`).
 */
export function pageFrame(doc = document) {
  const header = doc.querySelector('header.top');
  if (header && !header.firstElementChild) {
    const i18n = (node, key) => {
      node.dataset.i18n = key;
      return node;
    };
    const brand = el('div', 'brand');
    const nav = el('nav', 'course-nav');
    nav.id = 'course-nav';
    nav.setAttribute('aria-label', COURSE.labels.de.nav);
    brand.append(i18n(el('p', 'panel-name'), 'panel'), i18n(el('h1'), 'title'), i18n(el('p', 'intro'), 'intro'), nav);
    const controls = el('div', 'controls');
    const switcher = el('div', 'lang');
    switcher.setAttribute('role', 'group');
    switcher.setAttribute('aria-label', 'Sprache / Language');
    for (const [code, name] of [['de', 'Deutsch'], ['en', 'English']]) {
      const button = el('button', '', name);
      button.type = 'button';
      button.id = `lang-${code}`;
      button.dataset.lang = code;
      button.setAttribute('aria-pressed', String(code === 'de'));
      switcher.append(button);
    }
    controls.append(switcher);
    const field = 'now' in header.dataset ? 'now' : 'today' in header.dataset ? 'today' : null;
    if (field) {
      const wrap = el('div', 'today');
      const label = i18n(el('label'), field);
      label.htmlFor = field;
      const input = el('input');
      input.id = field;
      input.autocomplete = 'off';
      if (field === 'now') input.type = 'datetime-local';
      else {
        input.type = 'text';
        input.inputMode = 'numeric';
        input.placeholder = 'JJJJ-MM-TT';
        input.dataset.i18nPlaceholder = 'datePlaceholder';
      }
      // the training date or time from the URL (`?today=…`, `?now=…`), else the page's own
      input.value = params.get(field) || header.dataset[field] || '';
      wrap.append(label, input);
      controls.append(wrap);
    }
    header.append(brand, controls);
  }
  // what reached the panel: `<section class="sent">` (pages whose forms really post, logSubmits())
  const sent = doc.querySelector('section.sent');
  if (sent && !sent.firstElementChild) {
    const title = el('h2');
    title.id = 'sent-title';
    title.dataset.i18n = 'sentTitle';
    const intro = el('p');
    intro.dataset.i18n = 'sentIntro';
    const log = el('ol', 'sent-log');
    log.id = 'sent-log';
    log.setAttribute('aria-live', 'polite');
    const frame = el('iframe');
    frame.name = 'submit-frame';
    frame.id = 'submit-frame';
    frame.title = 'Antwort des Panels';
    frame.dataset.i18nTitle = 'frameTitle';
    frame.src = 'about:blank';
    sent.setAttribute('aria-labelledby', 'sent-title');
    sent.append(title, intro, log, frame);
  }
  const footer = doc.querySelector('body > footer');
  if (footer && !footer.firstElementChild) {
    const line = el('p');
    line.append(el('span', '', ''));
    line.firstChild.dataset.i18n = 'footer';
    if ('version' in footer.dataset) {
      const version = el('span');
      version.id = 'version';
      line.append(' ', version);
    }
    footer.append(line);
  }
}

/** Loads dist/domainguard.js and the wasm; on failure shows the page's load-error box. */
export async function loadModule(message) {
  try {
    const dg = await import('../dist/domainguard.js');
    await dg.init();
    showVersion(dg);
    return dg;
  } catch (err) {
    const box = $('load-error');
    box.textContent = message;
    box.hidden = false;
    console.error('demo: domainguard did not load', err);
    throw err;
  }
}

/** The rules' version in the footer (`#version`, where the page has one). */
export function showVersion(dg) {
  const out = $('version');
  try {
    if (out) out.textContent = dg.version();
  } catch {
    /* informative only */
  }
}

/**
 * A verdict's deadlines as a `<dl class="deadline-list">` (term: the label, description: the
 * date, `data-deadline` its key), in the rules' order; without deadlines (or with input errors) a
 * paragraph with `emptyText` (a <dd> without <dt> is not a list).
 */
export function deadlineList(dg, verdict, lang, emptyText) {
  // the verdict's labelled deadlines, in display order
  const deadlines = verdict && !verdict.errors ? verdict.deadline_list ?? [] : [];
  const rows = [];
  for (const d of deadlines) {
    const dd = el('dd');
    dd.dataset.deadline = d.key;
    dd.append(timeEl(dg, d.date, lang));
    rows.push(el('dt', '', d.label), dd);
  }
  // a <dl> only with its terms; without deadlines a paragraph (a <dd> without <dt> is not a list)
  if (!rows.length) return el('p', 'empty', emptyText);
  const list = el('dl', 'deadline-list');
  list.append(...rows);
  return list;
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

// --- the course: one navigation on every page ----------------------------------------------------

/** The course's pages: the start page, the five stories (seeds 000–004), the free practice pages. */
export const COURSE = {
  start: { href: 'index.html', de: 'Kurs: Übersicht', en: 'Course: overview' },
  stories: [
    { seed: '000', href: 'move.html', de: '000 Umzug: Auth-Code zu früh', en: '000 Move: auth code too early' },
    { seed: '001', href: 'cms.html?story=001', de: '001 Seitenbaum gelöscht', en: '001 Page tree deleted' },
    { seed: '002', href: 'readiness.html', de: '002 Reseller im Notfall', en: '002 Reseller in an emergency' },
    { seed: '003', href: 'cms.html?story=003', de: '003 Wartung und Updates', en: '003 Maintenance and updates' },
    { seed: '004', href: 'close.html?story=004', de: '004 Kündigung beim Reseller', en: '004 Termination at the reseller' },
  ],
  practice: [
    { href: 'close.html', de: 'Domain kündigen', en: 'Terminate a domain' },
    { href: 'request.html', de: 'Transferanfrage beantworten', en: 'Answer a transfer request' },
    { href: 'inventory.html', de: 'Bestandsliste prüfen', en: 'Check the domain list' },
    { href: 'cms.html', de: 'CMS: Löschen und Updates', en: 'CMS: delete and update' },
  ],
  labels: {
    de: { nav: 'Kurs', stories: 'Geschichten', practice: 'Freies Üben' },
    en: { nav: 'Course', stories: 'Stories', practice: 'Free practice' },
  },
};

/** `href` with the page's language kept (`lang=en`). */
export function withLang(href, lang) {
  if (lang !== 'en') return href;
  return `${href}${href.includes('?') ? '&' : '?'}lang=en`;
}

/** Whether a course link points at the page being shown (its file and its `story`). */
function isCurrent(href) {
  const url = new URL(href, location.href);
  const here = new URL(location.href);
  const file = (p) => p.pathname.replace(/\/$/, '/index.html');
  return file(url) === file(here) && (url.searchParams.get('story') ?? '') === (here.searchParams.get('story') ?? '');
}

/**
 * Fills `nav#course-nav` (every page has one) with the course's links in `lang`: the start page,
 * the stories, the practice pages; the current page carries aria-current="page".
 */
export function renderNav(lang) {
  const nav = document.getElementById('course-nav');
  if (!nav) return;
  const labels = COURSE.labels[lang] ?? COURSE.labels.de;
  nav.setAttribute('aria-label', labels.nav);
  const link = (item) => {
    const a = el('a', '', item[lang] ?? item.de);
    a.href = withLang(item.href, lang);
    a.dataset.page = item.href; // the target without the language
    if (item.seed) a.dataset.seed = item.seed;
    if (isCurrent(item.href)) a.setAttribute('aria-current', 'page');
    return a;
  };
  const group = (title, items, key) => {
    const wrap = el('div', 'course-nav-group');
    wrap.dataset.group = key;
    const heading = el('span', 'course-nav-title', title);
    const list = el('ul');
    for (const item of items) {
      const li = el('li');
      li.append(link(item));
      list.append(li);
    }
    wrap.append(heading, list);
    return wrap;
  };
  const start = el('div', 'course-nav-group');
  start.dataset.group = 'start';
  start.append(link(COURSE.start));
  nav.replaceChildren(start, group(labels.stories, COURSE.stories, 'stories'), group(labels.practice, COURSE.practice, 'practice'));
}

pageFrame();
