// Training page "moving a customer" (seed 000): the move checklist guards the AuthInfo field.
// The guard (attach with `authinfo`) masks the code and holds it back – no paste, copy, reveal,
// generate or submit – until the checklist is complete. This page only adds the checklist view.
import { $, el, params, languages, loadModule, logSubmits, timeEl } from './common.js';
import { mountCourse } from './course.js';

const TEXT = {
  de: {
    panel: 'Agentur-Panel (Schulung)',
    title: 'Kunden umziehen: die AuthInfo erst nach der Checkliste',
    intro:
      'Ein Kunde zieht mit Website, Mail und Domain zu einem neuen Anbieter. Mit der AuthInfo wechselt die Domain sofort: Sie bleibt hier zurückgehalten, bis der Umzug fertig ist.',
    navLabel: 'Übungen',
    navClose: 'Domain kündigen',
    navMove: 'Kunden umziehen',
    navRequest: 'Transferanfrage beantworten',
    today: 'Heute (Trainingsdatum)',
    datePlaceholder: 'JJJJ-MM-TT',
    storyTitle: 'Der Fall (Seed 000): Umzug über Nacht zum 30. April 2014',
    story1:
      'Eine Agentur zieht die CMS-Website eines Online-Händlers zu einem neuen Anbieter um, über Nacht, zum 30.04.2014. Der alte Vertrag ist zu diesem Tag gekündigt.',
    story2:
      'Der neue Anbieter fragt den Inhaber per automatischer Mail nach dem Auth-Code. Der Inhaber antwortet – und die Domain wechselt sofort.',
    story3:
      'Die Website ist offline; vier Stunden Notumzug. Die Mails sind noch nicht gesichert, der alte Anbieter sperrt die Postfächer. Das alte CMS braucht andere SSL/TLS-Versionen.',
    story4: 'Die Lehre: Die AuthInfo geht nur an die Agentur und wird erst freigegeben, wenn beim neuen Anbieter alles läuft.',
    legendDomain: 'Domain',
    domainName: 'Domainname',
    legendChecklist: 'Checkliste des Umzugs',
    websiteCopied: 'Website zum neuen Anbieter kopiert',
    websiteTested: 'Website beim neuen Anbieter getestet',
    mailboxes: 'Postfächer',
    mailboxesDone: 'davon gesichert oder umgezogen',
    legendDns: 'DNS beim neuen Anbieter angelegt (oder nicht nötig)',
    tls: 'TLS-Zertifikate beim neuen Anbieter geprüft',
    cms: 'PHP- und TLS-Anforderungen des CMS geprüft',
    switchAt: 'Wechsel vereinbart für (außerhalb der Geschäftszeit)',
    oldContractEnd: 'Alter Vertrag endet am',
    legendAuthinfo: 'AuthInfo',
    authinfoCreated: 'AuthInfo erzeugt am',
    authinfo: 'AuthInfo (geht nur an die Agentur)',
    submit: 'AuthInfo freigeben',
    checklistTitle: 'Stand der Checkliste',
    progress: (done, all) => `${done} von ${all} Punkten erledigt`,
    done: 'erledigt',
    open: 'offen',
    noChecklist: 'Keine Checkliste: Bitte zuerst die markierten Eingaben korrigieren.',
    deadlines: 'Fristen',
    noDeadlines: 'Keine Fristen.',
    sentTitle: 'An das Panel übermittelt',
    sentIntro: 'Was der Wächter durchlässt, geht wirklich ab: hier die Antwort des (Demo-)Panels.',
    frameTitle: 'Antwort des Panels',
    sent: (domain) => `AuthInfo-Freigabe übermittelt: ${domain}`,
    branchesTitle: 'Die Geschichte nachspielen: zwei Wege',
    branchesIntro: 'Wählen Sie einen Weg: Das Formular unten wird so ausgefüllt, wie es an dem Tag war, und die Regeln prüfen es.',
    branchLabel: 'Weg',
    branchEarly: 'Der Inhaber antwortet auf die Mail (28.04.)',
    branchPlan: 'Der Plan der Agentur (30.04., 22:00)',
    events: {
      early: [
        ['2014-04-28', 'AuthInfo erzeugt. Die Website ist kopiert, aber nicht getestet; keines der 5 Postfächer ist gesichert.', 'step'],
        ['2014-04-28', 'Der neue Anbieter fragt den Inhaber per automatischer Mail nach dem Auth-Code. Der Inhaber antwortet.', 'wrong'],
        ['2014-04-28', 'Die Domain wechselt sofort: Die Website ist offline, der alte Anbieter sperrt die Postfächer.', 'dark'],
        ['2014-04-28', 'Vier Stunden Notumzug unter Zeitdruck: Website umziehen, Mails retten, SSL-Versionen des alten CMS anpassen.', 'dark'],
        ['2014-04-30', 'Der geplante Wechsel um 22:00 Uhr – die Domain ist längst weg.', 'step'],
      ],
      plan: [
        ['2014-04-28', 'AuthInfo erzeugt; sie bleibt im Panel gesperrt und geht nur an die Agentur.', 'step'],
        ['2014-04-29', 'Website getestet, alle 5 Postfächer gesichert, DNS angelegt, TLS und CMS geprüft.', 'step'],
        ['2014-04-30', '22:00 Uhr: Die Agentur gibt die AuthInfo ein, die Domain wechselt über Nacht; die Website läuft beim neuen Anbieter weiter.', 'ok'],
        ['2014-04-30', 'Der alte Vertrag endet mit Ablauf dieses Tages.', 'step'],
      ],
    },
    outcomeBlocked: (open) => `Die Regeln: AuthInfo gesperrt – ${open} Punkte der Checkliste sind offen.`,
    outcomeAllowed: (warn) => (warn ? `Die Regeln: AuthInfo freigegeben, mit ${warn} Warnung(en).` : 'Die Regeln: AuthInfo freigegeben.'),
    outcomeExpires: 'Die AuthInfo verfällt',
    footer: 'Regeln: domainguard',
    loadError:
      'Das Prüfmodul fehlt oder lädt nicht (dist/domainguard.js). Bitte zuerst „bash scripts/build-wasm.sh“ ausführen und die Seite über „node scripts/serve.mjs“ öffnen.',
  },
  en: {
    panel: 'Agency panel (training)',
    title: 'Moving a customer: the AuthInfo only after the checklist',
    intro:
      'A customer moves website, mail and domain to a new provider. The AuthInfo switches the domain at once: it is held back here until the move is done.',
    navLabel: 'Exercises',
    navClose: 'Terminating a domain',
    navMove: 'Moving a customer',
    navRequest: 'Answering a transfer request',
    today: 'Today (training date)',
    datePlaceholder: 'YYYY-MM-DD',
    storyTitle: 'The case (seed 000): an overnight move on 30 April 2014',
    story1:
      'An agency moves an online shop’s CMS website to a new provider, overnight, on 30 April 2014. The old contract is terminated for that day.',
    story2:
      'The new provider asks the holder for the auth code in an automated mail. The holder answers – and the domain switches at once.',
    story3:
      'The website is offline; four hours of emergency moving. The mail is not backed up yet and the old provider locks the mailboxes. The old CMS needs other SSL/TLS versions.',
    story4: 'The lesson: the AuthInfo goes to the agency only, and is released only once everything runs at the new provider.',
    legendDomain: 'Domain',
    domainName: 'Domain name',
    legendChecklist: 'Move checklist',
    websiteCopied: 'Website copied to the new provider',
    websiteTested: 'Website tested at the new provider',
    mailboxes: 'Mailboxes',
    mailboxesDone: 'of which backed up or migrated',
    legendDns: 'DNS records created at the new provider (or not needed)',
    tls: 'TLS certificates checked at the new provider',
    cms: 'The CMS’s PHP and TLS requirements checked',
    switchAt: 'Switch agreed for (outside business hours)',
    oldContractEnd: 'Old contract ends on',
    legendAuthinfo: 'AuthInfo',
    authinfoCreated: 'AuthInfo created on',
    authinfo: 'AuthInfo (goes to the agency only)',
    submit: 'Release the AuthInfo',
    checklistTitle: 'Checklist status',
    progress: (done, all) => `${done} of ${all} items done`,
    done: 'done',
    open: 'open',
    noChecklist: 'No checklist: please correct the marked entries first.',
    deadlines: 'Deadlines',
    noDeadlines: 'No deadlines.',
    sentTitle: 'Sent to the panel',
    sentIntro: 'What the guard lets through is really sent: here is the (demo) panel’s answer.',
    frameTitle: 'The panel’s answer',
    sent: (domain) => `AuthInfo release sent: ${domain}`,
    branchesTitle: 'Replay the story: two branches',
    branchesIntro: 'Choose a branch: the form below is filled in as it was on that day, and the rules check it.',
    branchLabel: 'Branch',
    branchEarly: 'The holder answers the mail (28 April)',
    branchPlan: 'The agency’s plan (30 April, 22:00)',
    events: {
      early: [
        ['2014-04-28', 'AuthInfo created. The website is copied but not tested; none of the 5 mailboxes is backed up.', 'step'],
        ['2014-04-28', 'The new provider asks the holder for the auth code in an automated mail. The holder answers.', 'wrong'],
        ['2014-04-28', 'The domain switches at once: the website is offline, the old provider locks the mailboxes.', 'dark'],
        ['2014-04-28', 'Four hours of emergency moving: the website, rescuing the mail, adapting the old CMS’s SSL versions.', 'dark'],
        ['2014-04-30', 'The planned switch at 22:00 – the domain is long gone.', 'step'],
      ],
      plan: [
        ['2014-04-28', 'AuthInfo created; it stays locked in the panel and goes to the agency only.', 'step'],
        ['2014-04-29', 'Website tested, all 5 mailboxes backed up, DNS recreated, TLS and the CMS checked.', 'step'],
        ['2014-04-30', '22:00: the agency enters the AuthInfo and the domain switches overnight; the website keeps running at the new provider.', 'ok'],
        ['2014-04-30', 'The old contract ends at the end of this day.', 'step'],
      ],
    },
    outcomeBlocked: (open) => `The rules: AuthInfo locked – ${open} checklist items are open.`,
    outcomeAllowed: (warn) => (warn ? `The rules: AuthInfo released, with ${warn} warning(s).` : 'The rules: AuthInfo released.'),
    outcomeExpires: 'The AuthInfo expires',
    footer: 'Rules: domainguard',
    loadError:
      'The check module is missing or does not load (dist/domainguard.js). Run “bash scripts/build-wasm.sh” first and open the page via “node scripts/serve.mjs”.',
  },
};

const form = $('move-form');
const todayInput = $('today');
if (params.get('today')) todayInput.value = params.get('today');
let verdict = null;
let handle = null;
let dg = null;

let course = null;
const i18n = languages(TEXT, (lang) => {
  $('submit-frame').title = TEXT[lang].frameTitle;
  if (!dg) return;
  handle.setOptions({ locale: lang });
  render();
  renderBranch();
  course?.setLang(lang);
});
$('submit-frame').title = i18n.t().frameTitle;

dg = await loadModule(i18n.t().loadError);

handle = dg.attach(form, {
  action: 'authinfo_release',
  locale: i18n.lang,
  fields: {
    today: todayInput,
    'domain.name': 'domain',
    'move.website_copied': 'website_copied',
    'move.website_tested': 'website_tested',
    'move.mailboxes': 'mailboxes',
    'move.mailboxes_done': 'mailboxes_done',
    'move.dns.mx': 'dns_mx',
    'move.dns.spf_dkim': 'dns_spf_dkim',
    'move.dns.a_aaaa': 'dns_a_aaaa',
    'move.dns.cname': 'dns_cname',
    'move.tls_checked': 'tls_checked',
    'move.cms_requirements_checked': 'cms_checked',
    'move.switch_at': 'switch_at',
    'move.old_contract_end': 'old_contract_end',
    'authinfo.created': 'authinfo_created',
  },
  authinfo: { field: 'authinfo', generate: true },
});

form.addEventListener('domainguard:verdict', (event) => {
  verdict = event.detail;
  render();
});

// The checklist as the rules see it (verdict.checklist), and the AuthInfo's expiry.
function render() {
  const t = i18n.t();
  const checklist = verdict && Array.isArray(verdict.checklist) ? verdict.checklist : null;
  const list = $('checklist');
  if (!checklist) {
    $('checklist-progress').textContent = t.noChecklist;
    list.replaceChildren();
  } else {
    const done = checklist.filter((i) => i.done).length;
    $('checklist-progress').textContent = t.progress(done, checklist.length);
    list.replaceChildren(
      ...checklist.map((item) => {
        const li = el('li', item.done ? 'done' : 'open');
        li.dataset.item = item.item;
        li.dataset.done = String(item.done);
        li.append(el('span', 'state', item.done ? t.done : t.open), ' ', el('span', 'label', item.label));
        return li;
      }),
    );
  }
  const deadlines = verdict && !verdict.errors ? verdict.deadline_list ?? [] : []; // labelled, in display order
  const rows = [];
  for (const d of deadlines) {
    const dd = el('dd');
    dd.dataset.deadline = d.key;
    dd.append(timeEl(dg, d.date, i18n.lang));
    rows.push(el('dt', '', d.label), dd);
  }
  // a <dl> only with its terms; without deadlines a paragraph (a <dd> without <dt> is not a list)
  const dlist = el('dl', 'deadline-list');
  dlist.append(...rows);
  $('move-deadlines').replaceChildren(rows.length ? dlist : el('p', 'empty', t.noDeadlines));
}

logSubmits(form, $('submit-frame'), $('sent-log'), () => ({
  form: 'authinfo_release',
  text: i18n.t().sent(form.elements.domain.value),
}));

try {
  $('version').textContent = dg.version();
} catch {
  /* informative only */
}

// --- the story's two branches (seed 000): the form as it was on the day, and what followed -----------

const BRANCHES = {
  early: {
    today: '2014-04-28',
    fields: { website_copied: true, website_tested: false, mailboxes: '5', mailboxes_done: '0', dns_mx: false, dns_spf_dkim: false, dns_a_aaaa: false, dns_cname: false, tls_checked: false, cms_checked: false, switch_at: '2014-04-30T22:00', old_contract_end: '2014-04-30', authinfo_created: '2014-04-28' },
  },
  plan: {
    today: '2014-04-29',
    fields: { website_copied: true, website_tested: true, mailboxes: '5', mailboxes_done: '5', dns_mx: true, dns_spf_dkim: true, dns_a_aaaa: true, dns_cname: true, tls_checked: true, cms_checked: true, switch_at: '2014-04-30T22:00', old_contract_end: '2014-04-30', authinfo_created: '2014-04-28' },
  },
};
let branch = null;

function playBranch(name) {
  branch = name;
  const spec = BRANCHES[name];
  todayInput.value = spec.today;
  todayInput.dispatchEvent(new Event('input', { bubbles: true }));
  for (const [field, value] of Object.entries(spec.fields)) {
    const input = form.elements[field];
    if (input.type === 'checkbox') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event(input.type === 'checkbox' ? 'change' : 'input', { bubbles: true }));
  }
  for (const button of document.querySelectorAll('[data-branch]')) button.setAttribute('aria-pressed', String(button.dataset.branch === name));
  renderBranch();
}

/** The branch's events as a timeline, and the rules' verdict on the form as it was. */
function renderBranch() {
  const t = i18n.t();
  if (!branch) return;
  const items = t.events[branch].map(([date, text, kind]) => {
    const li = el('li', `event event-${kind}`);
    li.dataset.kind = kind;
    li.append(timeEl(dg, date, i18n.lang), ' ', el('span', '', text));
    return li;
  });
  const ok = verdict && !verdict.errors;
  if (ok && verdict.deadlines?.authinfo_expires) {
    const li = el('li', 'event event-step');
    li.dataset.kind = 'expires';
    li.append(timeEl(dg, verdict.deadlines.authinfo_expires, i18n.lang), ' ', el('span', '', t.outcomeExpires));
    items.push(li);
  }
  $('branch-timeline').replaceChildren(...items);
  const out = $('branch-outcome');
  out.dataset.branch = branch;
  if (!ok) {
    out.textContent = '';
    return;
  }
  out.dataset.allowed = String(verdict.allowed);
  const open = (verdict.checklist ?? []).filter((i) => !i.done).length;
  const warns = verdict.findings.filter((f) => f.severity === 'warn').length;
  out.textContent = verdict.allowed ? t.outcomeAllowed(warns) : t.outcomeBlocked(open);
}
form.addEventListener('domainguard:verdict', () => renderBranch());
for (const button of document.querySelectorAll('[data-branch]')) {
  button.addEventListener('click', () => playBranch(button.dataset.branch));
}

course = await mountCourse({ seed: '000', dg, lang: i18n.lang });

await handle.ready;
window.domainguardDemo = { handle, module: dg, playBranch };
document.documentElement.dataset.demoReady = 'true';
