// domainguard training page (close.html; seed 004): the close form and the transfer-out form of a reseller panel,
// guarded by attach(), with the deadlines drawn as a timeline and the generated letters.
// All text reaches the page through textContent (SVG included).

import { $, params, languages, loadModule, logSubmits } from './common.js';
import { buildPanel, fieldMap } from './close-form.js';
import { mountCourse } from './course.js';

const TEXT = {
  de: {
    panel: 'Reseller-Panel (Schulung)',
    navClose: 'Domain kündigen',
    navMove: 'Kunden umziehen',
    navRequest: 'Transferanfrage beantworten',
    title: 'Domain kündigen: Schließung und Providerwechsel',
    intro:
      'Übungsseite zu den Regeln eines Registrars: Kündigung beim Reseller, EVK, 21 Tage Frist vor der Verlängerung. Mit dem Datum „Heute“ lassen sich die Fälle durchspielen.',
    today: 'Heute (Trainingsdatum)',
    datePlaceholder: 'JJJJ-MM-TT',
    tabClose: 'Schließung (Close)',
    tabTransfer: 'Providerwechsel (Transfer)',
    tabsLabel: 'Vorgang',
    legendDomain: 'Domain',
    domainName: 'Domainname',
    registered: 'Registriert am',
    renewal: 'Verlängerung (leer = aus Registrierung)',
    status: 'EPP-Status (durch Komma getrennt)',
    lastTransfer: 'Letzter Transfer am',
    legendHolder: 'Domaininhaber',
    holderName: 'Name des Inhabers',
    legendTermination: 'Kündigung',
    from: 'Gekündigt von',
    to: 'Gerichtet an',
    received: 'Eingegangen am',
    optHolder: 'Inhaber',
    optRepresentative: 'Gesetzlicher Vertreter',
    optOther: 'Jemand anderes',
    optReseller: 'uns (Reseller)',
    optRegistrar: 'den Registrar',
    optNone: '– fehlt –',
    legendEvk: 'Einverständniserklärung (EVK)',
    signedBy: 'Unterschrieben von',
    evkDate: 'Datum der EVK',
    evkText: 'Text der EVK',
    evkAck: 'Der Inhaber hat bestätigt, dass die Domain nach der Schließung für jedermann frei ist.',
    newProvider: 'Neuer Provider (laut EVK)',
    legendMode: 'Art der Schließung',
    mode: 'Schließen',
    optExpiry: 'zum Ablauf (Tag vor der Verlängerung)',
    optDate: 'zu einem Datum',
    optNow: 'sofort',
    optTransit: 'TRANSIT (Rückgabe an DENIC)',
    modeDate: 'Datum (nur „zu einem Datum“)',
    legendServices: 'Dienste auf der Domain',
    website: 'Eine Website läuft noch auf der Domain',
    mailboxes: 'Anzahl Postfächer',
    mailBackup: 'Die E-Mails sind gesichert (vom Inhaber bestätigt)',
    legendAuthinfo: 'AuthInfo',
    authinfoCreated: 'AuthInfo erzeugt am',
    authinfoCode: 'AuthInfo (in das Schreiben erst nach „Anzeigen“)',
    plannedTransfer: 'Geplanter Transfer am',
    submitClose: 'Schließung beauftragen',
    submitTransfer: 'Providerwechsel freigeben',
    deadlines: 'Fristen',
    documents: 'Schreiben',
    timelineTitle: 'Zeitstrahl der Fristen',
    todayMarker: 'Heute',
    noDeadlines: 'Keine Fristen: Bitte zuerst die markierten Eingaben korrigieren.',
    noDocuments: 'Noch keine Schreiben: Die Angaben sind unvollständig.',
    registrar_notice: 'Meldung an den Registrar',
    holder_letter: 'Kündigungsbestätigung an den Inhaber',
    copy: 'Kopieren',
    copied: 'Kopiert.',
    copyFailed: 'Kopieren nicht möglich – bitte den Text markieren und kopieren.',
    sentTitle: 'An das Panel übermittelt',
    sentIntro: 'Was der Wächter durchlässt, geht wirklich ab: hier die Antwort des (Demo-)Panels.',
    frameTitle: 'Antwort des Panels',
    sentClose: 'Schließung übermittelt',
    sentTransfer: 'Providerwechsel übermittelt',
    footer: 'Regeln: domainguard',
    loadError:
      'Das Prüfmodul fehlt oder lädt nicht (dist/domainguard.js). Bitte zuerst „bash scripts/build-wasm.sh“ ausführen und die Seite über „node scripts/serve.mjs“ öffnen.',
  },
  en: {
    panel: 'Reseller panel (training)',
    navClose: 'Terminating a domain',
    navMove: 'Moving a customer',
    navRequest: 'Answering a transfer request',
    title: 'Terminating a domain: close and transfer',
    intro:
      'Practice page for a registrar’s rules: the holder terminates at the reseller, an EVK, 21 days’ notice before renewal. Change “today” to replay the cases.',
    today: 'Today (training date)',
    datePlaceholder: 'YYYY-MM-DD',
    tabClose: 'Close',
    tabTransfer: 'Transfer out',
    tabsLabel: 'Operation',
    legendDomain: 'Domain',
    domainName: 'Domain name',
    registered: 'Registered on',
    renewal: 'Renewal (empty = from registration)',
    status: 'EPP status (comma separated)',
    lastTransfer: 'Last transfer on',
    legendHolder: 'Holder',
    holderName: 'Holder’s name',
    legendTermination: 'Termination',
    from: 'Terminated by',
    to: 'Addressed to',
    received: 'Received on',
    optHolder: 'Holder',
    optRepresentative: 'Legal representative',
    optOther: 'Someone else',
    optReseller: 'us (reseller)',
    optRegistrar: 'the registrar',
    optNone: '– missing –',
    legendEvk: 'Declaration of consent (EVK)',
    signedBy: 'Signed by',
    evkDate: 'Date of the EVK',
    evkText: 'Text of the EVK',
    evkAck: 'The holder has confirmed that the domain is free for anyone after the close.',
    newProvider: 'New provider (as named in the EVK)',
    legendMode: 'Kind of close',
    mode: 'Close',
    optExpiry: 'at expiry (day before renewal)',
    optDate: 'on a date',
    optNow: 'at once',
    optTransit: 'TRANSIT (hand back to DENIC)',
    modeDate: 'Date (only “on a date”)',
    legendServices: 'Services on the domain',
    website: 'A website still runs on the domain',
    mailboxes: 'Number of mailboxes',
    mailBackup: 'Mail has been backed up (confirmed by the holder)',
    legendAuthinfo: 'AuthInfo',
    authinfoCreated: 'AuthInfo created on',
    authinfoCode: 'AuthInfo (into the letter only after “Show”)',
    plannedTransfer: 'Planned transfer on',
    submitClose: 'Order the close',
    submitTransfer: 'Release the transfer',
    deadlines: 'Deadlines',
    documents: 'Letters',
    timelineTitle: 'Timeline of the deadlines',
    todayMarker: 'Today',
    noDeadlines: 'No deadlines: please correct the marked entries first.',
    noDocuments: 'No letters yet: the entries are incomplete.',
    registrar_notice: 'Notice to the registrar',
    holder_letter: 'Confirmation letter to the holder',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copying is not possible – please select the text and copy it.',
    sentTitle: 'Sent to the panel',
    sentIntro: 'What the guard lets through is really sent: here is the (demo) panel’s answer.',
    frameTitle: 'The panel’s answer',
    sentClose: 'Close sent',
    sentTransfer: 'Transfer sent',
    footer: 'Rules: domainguard',
    loadError:
      'The check module is missing or does not load (dist/domainguard.js). Run “bash scripts/build-wasm.sh” first and open the page via “node scripts/serve.mjs”.',
  },
};

buildPanel($('panel-close'), 'close');
buildPanel($('panel-transfer'), 'transfer_out');
const todayInput = $('today');
let lang = 'de';
let onLanguage = null; // set once the guards exist

// --- tabs ---------------------------------------------------------------------------------------
let redrawResults = null; // set once the guards exist
const tabs = [...document.querySelectorAll('[role=tab]')];
function selectTab(tab, focus = false) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  }
  document.body.dataset.tab = tab.id.replace('tab-', '');
  if (focus) tab.focus();
  redrawResults?.();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length], true);
  });
}
selectTab(params.get('tab') === 'transfer' ? $('tab-transfer') : $('tab-close'));

const i18n = languages(TEXT, (next) => {
  lang = next;
  onLanguage?.();
});
lang = i18n.lang;

// --- the guard ------------------------------------------------------------------------------------
const dg = await loadModule(i18n.t().loadError);

const closeFields = { today: todayInput, ...fieldMap('close') };
const transferFields = { today: todayInput, ...fieldMap('transfer_out') };

const views = {
  close: { form: $('close-form'), timeline: $('close-timeline'), documents: $('close-documents'), verdict: null },
  transfer_out: { form: $('transfer-form'), timeline: $('transfer-timeline'), documents: $('transfer-documents'), verdict: null },
};

const handles = {
  close: dg.attach(views.close.form, { action: 'close', fields: closeFields, locale: lang, policy: 'default' }),
  transfer_out: dg.attach(views.transfer_out.form, {
    action: 'transfer_out',
    fields: transferFields,
    authinfo: { field: 't-authinfo' },
    locale: lang,
    policy: 'default',
  }),
};

redrawResults = () => {
  for (const view of Object.values(views)) if (view.verdict) renderResults(view);
};
for (const [action, view] of Object.entries(views)) {
  view.handle = handles[action];
  view.form.addEventListener('domainguard:verdict', (event) => {
    view.verdict = event.detail;
    renderResults(view);
  });
  // The letter carries the AuthInfo only while it is revealed (handle.letter()).
  view.form.addEventListener('domainguard:reveal', () => renderResults(view));
}

let course = null;
onLanguage = () => {
  for (const handle of Object.values(handles)) handle.setOptions({ locale: lang });
  for (const view of Object.values(views)) renderResults(view);
  course?.setLang(lang);
};

// --- results: timeline and letters ---------------------------------------------------------------
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(time).toISOString().slice(0, 10);
  return back === iso ? time / 86400000 : null;
}

function renderResults(view) {
  const t = TEXT[lang];
  const verdict = view.verdict;
  const deadlines = verdict && !verdict.errors && verdict.deadline_list ? verdict.deadline_list : null;
  drawTimeline(view.timeline, deadlines, view.handle?.case?.today, t);
  drawDocuments(view.documents, verdict && !verdict.errors ? verdict.documents : null, t, view.handle?.letter());
}

function drawTimeline(box, deadlines, todayIso, t) {
  const points = [];
  if (deadlines) {
    if (dayNumber(todayIso) !== null) points.push({ key: 'today', date: todayIso, label: t.todayMarker });
    // the verdict's deadlines, labelled, in display order
    for (const d of deadlines) {
      if (dayNumber(d.date) !== null) points.push({ key: d.key, date: d.date, label: d.label });
    }
  }
  if (points.length <= 1) {
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t.noDeadlines }));
    return;
  }
  points.sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || (a.key === 'today' ? -1 : b.key === 'today' ? 1 : 0));

  const width = 640;
  const pad = 20;
  const axisY = 24;
  const rowHeight = 40;
  const gap = 8; // at least this much room between two labels of one row
  const days = points.map((p) => dayNumber(p.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const xOf = (d) => (max === min ? width / 2 : pad + ((d - min) / (max - min)) * (width - 2 * pad));

  const titleId = `${box.id}-title`;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${axisY + 24 + rowHeight}`,
    width: '100%',
    role: 'img',
    'aria-labelledby': titleId,
    class: 'timeline-svg',
  });
  root.append(svg('title', { id: titleId }, t.timelineTitle));
  root.append(svg('line', { x1: pad, y1: axisY, x2: width - pad, y2: axisY, class: 'axis' }));
  for (const p of points) {
    p.x = xOf(dayNumber(p.date));
    p.dateText = dg.formatDate(p.date, lang);
    p.group = svg('g', { class: `point point-${p.key}`, 'data-key': p.key });
    p.leader = svg('line', { x1: p.x, y1: axisY, class: 'leader' });
    p.labelEl = svg('text', { 'text-anchor': 'middle', class: 'label' }, p.label);
    p.dateEl = svg('text', { 'text-anchor': 'middle', class: 'date' }, p.dateText);
    p.group.append(p.leader, svg('circle', { cx: p.x, cy: axisY, r: p.key === 'today' ? 6 : 5, class: 'marker' }), p.labelEl, p.dateEl);
    root.append(p.group);
  }

  const list = document.createElement('ol');
  list.className = 'timeline-list';
  box.replaceChildren(root, list);

  // Labels in rows, greedily from left to right, so that none overlaps: each label's width is
  // measured in the page (the SVG's own units); a hidden timeline (the other tab) cannot be
  // measured and gets a generous estimate, and is drawn again when its tab is shown.
  const measured = (node, perChar) => {
    let w = 0;
    try {
      w = node.getBBox().width;
    } catch {
      w = 0;
    }
    return w > 0 ? w : node.textContent.length * perChar;
  };
  const rowsRight = [];
  for (const p of points) {
    const w = Math.max(measured(p.labelEl, 7.5), measured(p.dateEl, 8.5)) + gap;
    p.lx = Math.min(Math.max(p.x, w / 2), width - w / 2);
    let row = rowsRight.findIndex((right) => right <= p.lx - w / 2);
    if (row === -1) {
      row = rowsRight.length;
      rowsRight.push(0);
    }
    rowsRight[row] = p.lx + w / 2;
    p.row = row;
  }
  const height = axisY + 24 + rowsRight.length * rowHeight;
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const p of points) {
    const y = axisY + 24 + p.row * rowHeight;
    p.leader.setAttribute('x2', String(p.lx));
    p.leader.setAttribute('y2', String(y - 12));
    p.labelEl.setAttribute('x', String(p.lx));
    p.labelEl.setAttribute('y', String(y));
    p.dateEl.setAttribute('x', String(p.lx));
    p.dateEl.setAttribute('y', String(y + 18));
  }

  for (const p of points) {
    const li = document.createElement('li');
    li.dataset.key = p.key;
    li.className = `point-${p.key}`;
    const time = document.createElement('time');
    time.dateTime = p.date;
    time.textContent = p.dateText;
    const label = document.createElement('span');
    label.textContent = p.label;
    li.append(time, ' ', label);
    list.append(li);
  }
}

function drawDocuments(box, documents, t, holderLetter) {
  const keys = documents ? ['registrar_notice', 'holder_letter'].filter((k) => typeof documents[k] === 'string') : [];
  if (!keys.length) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = t.noDocuments;
    box.replaceChildren(p);
    return;
  }
  const nodes = keys.map((key) => {
    const wrap = document.createElement('div');
    wrap.className = 'document';
    wrap.dataset.document = key;
    const head = document.createElement('div');
    head.className = 'document-head';
    const h3 = document.createElement('h3');
    h3.textContent = t[key];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = t.copy;
    const feedback = document.createElement('span');
    feedback.className = 'copy-feedback';
    feedback.setAttribute('role', 'status');
    const pre = document.createElement('pre');
    const text = key === 'holder_letter' && typeof holderLetter === 'string' ? holderLetter : documents[key];
    pre.textContent = text;
    button.addEventListener('click', async () => {
      const ok = await copyText(text);
      feedback.textContent = ok ? t.copied : t.copyFailed;
    });
    head.append(h3, button, feedback);
    wrap.append(head, pre);
    return wrap;
  });
  box.replaceChildren(...nodes);
}

async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall back below */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

// --- what went through -------------------------------------------------------------------------
for (const [action, view] of Object.entries(views)) {
  logSubmits(view.form, $('submit-frame'), $('sent-log'), () => {
    const t = TEXT[lang];
    const time = new Date().toLocaleTimeString(lang === 'de' ? 'de-DE' : 'en-GB');
    return { form: action, text: `${time} – ${action === 'close' ? t.sentClose : t.sentTransfer}: ${view.form.elements.domain.value}` };
  });
}

// the story of seed 004 and its exercises (close.html?story=004); without it: free practice
if (params.get('story') === '004') course = await mountCourse({ seed: '004', dg, lang });

// expose for trainers poking around in the console (and for tests)
window.domainguardDemo = { handles, views, module: dg };
document.documentElement.dataset.demoReady = 'true';
