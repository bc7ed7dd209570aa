// domainguard training page for risky CMS actions (seeds 001, 003): a mock TYPO3 page tree with
// delete buttons and an extension-manager list with update buttons, guarded by guardClicks()
// from dist/cms.js; the account's readiness banner (seed 002) on top. All text reaches the page
// through textContent.

import { $, params, languages } from './common.js';
import { demoAccount } from './account.js';
import { mountCourse } from './course.js';

const TEXT = {
  de: {
    panel: 'TYPO3-Backend (Schulung)',
    title: 'Seiten löschen und Updates einspielen',
    intro:
      'Übungsseite zu riskanten Aktionen im CMS: Eine Seite mit Unterseiten löschen und Erweiterungen aktualisieren geht nur mit einer frischen Datensicherung, das Löschen erst nach Eintippen der Zahl der mitgelöschten Seiten.',
    navLabel: 'Übungsseiten',
    navClose: 'Domain kündigen',
    navInventory: 'Bestandsliste prüfen',
    navCms: 'CMS: Löschen und Updates',
    now: 'Jetzt (Trainingszeit)',
    backupTitle: 'Datensicherung',
    backupLabel: 'Letzte Datensicherung (Wiederherstellungspunkt)',
    makeBackup: 'Datensicherung jetzt anlegen',
    responsibleLabel: 'Für Datensicherungen verantwortlich (laut Hostingvertrag)',
    optCustomer: 'der Kunde (AGB des Hosters, Ziffer 10.4)',
    optHoster: 'der Hoster',
    optAgency: 'die Agentur',
    optUnknown: '– nicht erfasst –',
    treeTitle: 'Seitenbaum',
    extTitle: 'Erweiterungen (Extension-Manager)',
    colExtension: 'Erweiterung',
    colInstalled: 'Installiert',
    colAvailable: 'Verfügbar',
    colStaging: 'Auf Staging getestet',
    colAction: 'Aktion',
    frameTitle: 'Antwort des Servers',
    logTitle: 'Protokoll',
    footer: 'Regeln: domainguard',
    delete: 'Löschen',
    deleteLabel: (title) => `„${title}“ löschen`,
    showChildren: (title) => `Unterseiten von „${title}“ anzeigen`,
    subpages: (n) => (n === 1 ? '1 Unterseite' : `${n} Unterseiten`),
    update: (to) => `Update auf ${to}`,
    updateLabel: (name, to) => `Update auf ${to}: ${name}`,
    stagingLabel: (name) => `${name}: auf Staging getestet`,
    core: (version, ends) => `Installierter Core: TYPO3 ${version}, Sicherheitssupport bis ${ends}.`,
    coreOnly: (version) => `Installierter Core: TYPO3 ${version}.`,
    backupAge: (h) => (h === 1 ? 'Alter der Sicherung: 1 Stunde' : `Alter der Sicherung: ${h} Stunden`),
    backupNone: 'Keine Datensicherung erfasst.',
    backupFuture: 'Die Sicherung liegt nach „Jetzt“.',
    logBackup: (at) => `Datensicherung angelegt (${at}).`,
    logDeleted: (title, n) => (n ? `„${title}“ gelöscht, mit ${n} Unterseiten.` : `„${title}“ gelöscht.`),
    logUpdated: (name, to) => `Update von ${name} auf ${to} angestoßen.`,
    logBlocked: (title) => `Nicht ausgeführt: ${title}`,
    colCoreRange: 'Unterstützter Core (installierte Version)',
    coreRange: (min, max) => `${min} – ${max}`,
    responsibleNote: (who) => `Verantwortlich für Datensicherungen: ${who}. Wer löscht, braucht vorher einen Wiederherstellungspunkt.`,
    loadError:
      'Das Prüfmodul fehlt oder lädt nicht (dist/cms.js). Bitte zuerst „bash scripts/build-wasm.sh“ ausführen und die Seite über „node scripts/serve.mjs“ öffnen.',
  },
  en: {
    panel: 'TYPO3 backend (training)',
    title: 'Deleting pages and installing updates',
    intro:
      'Practice page for risky CMS actions: deleting a page with subpages and updating extensions need a fresh backup, and a delete needs the number of pages that go with it typed in.',
    navLabel: 'Practice pages',
    navClose: 'Terminate a domain',
    navInventory: 'Check the domain list',
    navCms: 'CMS: delete and update',
    now: 'Now (training time)',
    backupTitle: 'Backup',
    backupLabel: 'Newest backup (restore point)',
    makeBackup: 'Make a backup now',
    responsibleLabel: 'Responsible for backups (under the hosting contract)',
    optCustomer: 'the customer (hoster’s terms, clause 10.4)',
    optHoster: 'the hoster',
    optAgency: 'the agency',
    optUnknown: '– not recorded –',
    treeTitle: 'Page tree',
    extTitle: 'Extensions (extension manager)',
    colExtension: 'Extension',
    colInstalled: 'Installed',
    colAvailable: 'Available',
    colStaging: 'Tested on staging',
    colAction: 'Action',
    frameTitle: 'Server response',
    logTitle: 'Log',
    footer: 'Rules: domainguard',
    delete: 'Delete',
    deleteLabel: (title) => `Delete “${title}”`,
    showChildren: (title) => `Show the subpages of “${title}”`,
    subpages: (n) => (n === 1 ? '1 subpage' : `${n} subpages`),
    update: (to) => `Update to ${to}`,
    updateLabel: (name, to) => `Update to ${to}: ${name}`,
    stagingLabel: (name) => `${name}: tested on staging`,
    core: (version, ends) => `Installed core: TYPO3 ${version}, security support until ${ends}.`,
    coreOnly: (version) => `Installed core: TYPO3 ${version}.`,
    backupAge: (h) => (h === 1 ? 'Age of the backup: 1 hour' : `Age of the backup: ${h} hours`),
    backupNone: 'No backup recorded.',
    backupFuture: 'The backup lies after “now”.',
    logBackup: (at) => `Backup made (${at}).`,
    logDeleted: (title, n) => (n ? `“${title}” deleted, with ${n} subpages.` : `“${title}” deleted.`),
    logUpdated: (name, to) => `Update of ${name} to ${to} started.`,
    logBlocked: (title) => `Not carried out: ${title}`,
    colCoreRange: 'Supported core (installed version)',
    coreRange: (min, max) => `${min} – ${max}`,
    responsibleNote: (who) => `Responsible for backups: ${who}. Whoever deletes needs a restore point first.`,
    loadError:
      'The check module is missing or does not load (dist/cms.js). Run “bash scripts/build-wasm.sh” first and open the page via “node scripts/serve.mjs”.',
  },
};

let lang = params.get('lang') === 'en' ? 'en' : 'de';
let onLanguage = null; // set once the page is wired
const t = () => TEXT[lang];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'className') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children);
  return node;
}

// --- the page tree (seed 001: "Service" and everything below it) ------------------------------

const leaves = (titles, first) => titles.map((title, i) => ({ id: first + i, title, records: 3 }));
const TREE = {
  id: 1,
  title: 'Startseite',
  records: 6,
  children: [
    {
      id: 2,
      title: 'Über uns',
      records: 4,
      children: [
        { id: 3, title: 'Team', records: 5 },
        { id: 4, title: 'Geschichte', records: 2 },
        { id: 5, title: 'Partner', records: 3 },
      ],
    },
    {
      id: 10,
      title: 'Service',
      records: 2,
      children: [
        {
          id: 11,
          title: 'Anleitungen',
          records: 2,
          children: leaves(['Webmail einrichten', 'FTP-Zugang', 'Datenbank anlegen', 'SSL-Zertifikat', 'Domain umziehen', 'Weiterleitungen', 'PHP-Version', 'Cronjobs', 'Mailinglisten', 'Spamfilter', 'Statistiken'], 100),
        },
        {
          id: 12,
          title: 'Schulungs-Skripte',
          records: 2,
          children: leaves(['HTML-Grundlagen', 'CSS-Grundlagen', 'TYPO3 für Redakteure', 'TYPO3 für Admins', 'Barrierefreiheit', 'Suchmaschinen', 'Datenschutz', 'Bildbearbeitung', 'Newsletter'], 200),
        },
        {
          id: 13,
          title: 'Vorträge',
          records: 2,
          children: leaves(['Hosting 2011', 'Sicherheit im CMS', 'Backups', 'Domains und DNS', 'E-Mail-Zustellung', 'Content-Strategie', 'Ladezeiten'], 300),
        },
        {
          id: 14,
          title: 'Links',
          records: 2,
          children: leaves(['Hoster', 'Registrare', 'TYPO3-Community', 'Werkzeuge', 'Normen', 'Foren'], 400),
        },
      ],
    },
    { id: 6, title: 'Neue Seite', records: 1 },
    { id: 7, title: 'Neue Seite', records: 1 },
    { id: 8, title: 'Kontakt', records: 3 },
    { id: 9, title: 'Impressum', records: 2 },
  ],
};

function buildNode(node, depth) {
  const li = el('li', { className: 'tree-node', 'data-node-id': node.id, 'data-own-records': node.records ?? 0 });
  const row = el('div', { className: 'node-row' });
  const hasChildren = (node.children ?? []).length > 0;
  const childList = hasChildren ? el('ul', { className: 'page-tree', id: `children-${node.id}` }) : null;
  if (hasChildren) {
    const toggle = el('button', { type: 'button', className: 'toggle', 'aria-expanded': depth === 0 ? 'true' : 'false', 'aria-controls': childList.id });
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      childList.hidden = !open;
    });
    row.append(toggle);
    childList.hidden = depth !== 0;
  } else row.append(el('span', { className: 'toggle-spacer', 'aria-hidden': 'true' }));
  row.append(
    el('span', { className: 'page-icon', 'aria-hidden': 'true' }),
    el('span', { className: 'node-title', text: node.title }),
    el('span', { className: 'node-count' }),
    el('button', {
      type: 'button',
      className: 'delete',
      'data-domainguard-delete': node.id,
      'data-domainguard-title': node.title,
    }),
  );
  li.append(row);
  if (hasChildren) {
    for (const child of node.children) childList.append(buildNode(child, depth + 1));
    li.append(childList);
  }
  return li;
}

/** Descendants and records from the tree as it is now (after deletes too). */
function refreshTree() {
  for (const li of document.querySelectorAll('#page-tree li.tree-node')) {
    const below = li.querySelectorAll('li.tree-node');
    let records = Number(li.dataset.ownRecords);
    for (const d of below) records += Number(d.dataset.ownRecords);
    const title = li.querySelector(':scope > .node-row > .node-title').textContent;
    const button = li.querySelector(':scope > .node-row > .delete');
    button.setAttribute('data-domainguard-descendants', String(below.length));
    button.setAttribute('data-domainguard-records', String(records));
    button.textContent = t().delete;
    button.setAttribute('aria-label', t().deleteLabel(title));
    li.querySelector(':scope > .node-row > .node-count').textContent = below.length ? `(${t().subpages(below.length)})` : '';
    const toggle = li.querySelector(':scope > .node-row > .toggle');
    if (toggle) toggle.setAttribute('aria-label', t().showChildren(title));
    if (toggle && below.length === 0) toggle.remove();
  }
}

// --- the extension manager ------------------------------------------------------------------------

// The story pages (cms.html?story=001 | 003) use the same backend; seed 003's story replays a
// TYPO3 4.2 site under a maintenance contract (2009), with each extension's supported core range
// (training data) so that the rules check compatibility with the target core.
const STORY = ['001', '003'].includes(params.get('story')) ? params.get('story') : null;
const STORY_003 = {
  core: { version: '4.2.10', support_ends: null },
  extensions: [
    { key: 'typo3', name: 'TYPO3', component: 'core', from: '4.2.10', to: '4.3.0', staging: false },
    { key: 'mm_forum', name: 'mm_forum', component: 'extension', from: '1.8.2', to: '1.9.0', staging: false, core_min: '4.1.0', core_max: '4.2.99', new_core_min: '4.2.0', new_core_max: '4.3.99' },
    { key: 'tt_news', name: 'tt_news', component: 'extension', from: '3.0.1', to: '3.0.2', staging: true, core_min: '4.0.0', core_max: '4.3.99', new_core_min: '4.0.0', new_core_max: '4.4.99' },
    { key: 'powermail', name: 'powermail', component: 'extension', from: '1.4.16', to: '1.5.0', staging: false, core_min: '4.2.0', core_max: '4.3.99', new_core_min: '4.2.0', new_core_max: '4.4.99' },
  ],
};
const CORE = STORY === '003' ? STORY_003.core : { version: '11.5.41', support_ends: '2024-10-31' };
const EXTENSIONS = STORY === '003' ? STORY_003.extensions : [
  { key: 'typo3', name: 'TYPO3', component: 'core', from: '11.5.41', to: '12.4.24', staging: false },
  { key: 'news', name: 'news', component: 'extension', from: '11.0.3', to: '12.1.0', staging: false },
  { key: 'powermail', name: 'powermail', component: 'extension', from: '10.9.1', to: '12.4.1', staging: true },
  { key: 'mm_forum', name: 'mm_forum', component: 'extension', from: '1.9.2', to: '1.9.3', staging: false },
];

/** The installed extensions as the rules read them (`extensions` of a cms_update case). */
function installedExtensions() {
  return EXTENSIONS.filter((e) => e.component === 'extension' && e.core_min).map((e) => ({
    name: e.name,
    version: document.querySelector(`tr[data-ext="${e.key}"] .installed`)?.textContent ?? e.from,
    core_min: state.upgraded.has(e.key) ? e.new_core_min : e.core_min,
    core_max: state.upgraded.has(e.key) ? e.new_core_max : e.core_max,
  }));
}

function buildExtensions() {
  const body = $('extension-rows');
  const table = $('extensions');
  if (CORE.version) table.setAttribute('data-domainguard-core-version', CORE.version);
  if (CORE.support_ends) table.setAttribute('data-domainguard-core-support-ends', CORE.support_ends);
  else table.removeAttribute('data-domainguard-core-support-ends');
  if (STORY === '003') {
    const th = el('th', { scope: 'col', className: 'core-range-col', 'data-i18n': 'colCoreRange' });
    table.querySelector('thead tr').insertBefore(th, table.querySelector('thead th:last-child'));
  }
  for (const ext of EXTENSIONS) {
    const box = el('input', { type: 'checkbox', className: 'staging', id: `staging-${ext.key}`, checked: ext.staging });
    const tr = el('tr', { 'data-ext': ext.key, 'data-domainguard-staging-tested': String(ext.staging) });
    box.addEventListener('change', () => tr.setAttribute('data-domainguard-staging-tested', String(box.checked)));
    const link = el('a', {
      className: 'update',
      href: `submitted.html?update=${encodeURIComponent(ext.key)}&to=${encodeURIComponent(ext.to)}`,
      target: 'update-frame',
      'data-domainguard-update': ext.component,
      'data-domainguard-name': ext.name,
      'data-domainguard-from': ext.from,
      'data-domainguard-to': ext.to,
    });
    link.addEventListener('click', () => {
      // the backend's own handler: runs only when the guard lets the click through
      state.updates.push(ext.key);
      state.upgraded.add(ext.key);
      tr.querySelector('.installed').textContent = ext.to;
      if (ext.new_core_min) tr.querySelector('.core-range').textContent = t().coreRange(ext.new_core_min, ext.new_core_max);
      log(t().logUpdated(ext.name, ext.to));
      setTimeout(() => {
        link.hidden = true; // installed: nothing left to update
      }, 0);
    });
    const cells = [
      el('th', { scope: 'row', text: ext.name }),
      el('td', { className: 'installed', text: ext.from }),
      el('td', { text: ext.to }),
      el('td', {}, box),
    ];
    if (STORY === '003') cells.push(el('td', { className: 'core-range', text: ext.core_min ? t().coreRange(ext.core_min, ext.core_max) : '' }));
    tr.append(...cells, el('td', {}, link));
    body.append(tr);
  }
}

function refreshExtensions() {
  for (const ext of EXTENSIONS) {
    const tr = document.querySelector(`tr[data-ext="${ext.key}"]`);
    const link = tr.querySelector('.update');
    link.textContent = t().update(ext.to);
    link.setAttribute('aria-label', t().updateLabel(ext.name, ext.to));
    tr.querySelector('.staging').setAttribute('aria-label', t().stagingLabel(ext.name));
  }
}

// --- state, log, language ------------------------------------------------------------------------

const state = { deleted: [], updates: [], upgraded: new Set(), log: [], guard: null, readiness: null, course: null };
window.domainguardCmsDemo = state;

function log(text) {
  state.log.push(text);
  $('log').append(el('li', { text }));
}

function localDisplay(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return value;
  return lang === 'de' ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}

/** Naive local wall-clock arithmetic, as the rules do (`YYYY-MM-DDTHH:MM`). */
function wallClock(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value ?? '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : null;
}
function fromWallClock(ms) {
  return new Date(ms).toISOString().slice(0, 16);
}

function showBackupAge() {
  const now = wallClock($('now').value);
  const backup = wallClock($('backup').value);
  const out = $('backup-age');
  if (backup === null) out.textContent = t().backupNone;
  else if (now !== null && backup > now) out.textContent = t().backupFuture;
  else if (now !== null) out.textContent = t().backupAge(Math.floor((now - backup) / 3600000));
  else out.textContent = '';
}

/** The page's own texts in `lang` (the shared ones: languages() in common.js). */
function applyLanguage() {
  refreshTree();
  refreshExtensions();
  if (CORE.support_ends) {
    const ends = lang === 'de' ? CORE.support_ends.split('-').reverse().join('.') : CORE.support_ends;
    $('core-info').textContent = t().core(CORE.version, ends);
  } else $('core-info').textContent = t().coreOnly(CORE.version);
  showBackupAge();
  showResponsible();
}

/** Story pages: who is responsible for backups (R-R3), next to the tree whose pages can be deleted. */
function showResponsible() {
  const note = $('responsible-note');
  const select = $('responsible');
  note.hidden = !STORY;
  note.textContent = STORY ? t().responsibleNote(select.options[select.selectedIndex]?.textContent ?? '') : '';
}

// --- wiring -----------------------------------------------------------------------------------------

$('page-tree').append(buildNode(TREE, 0));
$('page-tree').addEventListener('click', (event) => {
  // The backend's own delete handler (delegated, as TYPO3's page tree does): removes the node.
  const button = event.target.closest('.delete');
  if (!button) return;
  const li = button.closest('li.tree-node');
  const title = li.querySelector(':scope > .node-row > .node-title').textContent;
  const n = li.querySelectorAll('li.tree-node').length;
  state.deleted.push({ id: li.dataset.nodeId, title, descendants: n });
  li.remove();
  refreshTree();
  log(t().logDeleted(title, n));
});
buildExtensions();
// the shared texts (header, data-i18n…) switch in common.js; the page's own ones in applyLanguage()
languages(TEXT, (next) => {
  lang = next;
  onLanguage?.();
});

let cms;
try {
  cms = await import('../dist/cms.js');
} catch (err) {
  const box = $('load-error');
  box.textContent = t().loadError;
  box.hidden = false;
  throw err;
}

$('now').value = params.get('now') ?? cms.localNow();
$('backup').value = params.get('backup') ?? fromWallClock(wallClock($('now').value) - 30 * 3600000);
onLanguage = () => {
  applyLanguage();
  renderReadiness();
  state.course?.setLang(lang);
};
$('now').addEventListener('input', () => {
  showBackupAge();
  renderReadiness();
});
$('backup').addEventListener('input', showBackupAge);
$('responsible').addEventListener('change', showResponsible);
$('make-backup').addEventListener('click', () => {
  $('backup').value = $('now').value;
  showBackupAge();
  log(t().logBackup(localDisplay($('backup').value)));
});
applyLanguage();

state.guard = cms.guardClicks($('backend'), {
  now: $('now'),
  backup: $('backup'),
  constants: (button, kind) => {
    const who = $('responsible').value;
    // the free page passes the responsibility with updates; the stories also with deletes (R-R3)
    const out = (kind === 'update' || STORY) && who ? { hosting: { backup_responsibility: who } } : {};
    if (STORY === '003' && kind === 'update') {
      out.extensions = installedExtensions();
      const ext = EXTENSIONS.find((e) => e.name === button.getAttribute('data-domainguard-name'));
      if (ext?.new_core_min) out.update = { core_min: ext.new_core_min, core_max: ext.new_core_max };
    }
    return out;
  },
});
$('backend').addEventListener('domainguard:blocked', (event) => {
  if (event.detail.reason !== 'cancelled') return;
  const title = document.querySelector('.domainguard-dialog-title')?.textContent ?? '';
  log(t().logBlocked(title));
});

function renderReadiness() {
  const today = ($('now').value || cms.localNow()).slice(0, 10);
  state.readiness = cms.showReadiness($('readiness'), demoAccount(today), { locale: lang, today });
  return state.readiness;
}

try {
  const dg = await import('../dist/domainguard.js');
  await dg.init();
  $('version').textContent = `${dg.version()}`;
  await renderReadiness();
  if (STORY) {
    if (STORY === '003') $('responsible').value = 'agency';
    showResponsible();
    state.course = await mountCourse({ seed: STORY, dg, lang });
  }
} catch (err) {
  const box = $('load-error');
  box.textContent = t().loadError;
  box.hidden = false;
  throw err;
}
document.documentElement.dataset.demoReady = '';
