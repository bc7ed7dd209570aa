// Training page "the reseller drops out" (seed 002): a reseller account with its emergency contact,
// its power of attorney and its domains, checked by the `readiness` action on every change, and
// what happens to .de and gTLD domains when the reseller cannot be reached. All text reaches the
// page through textContent.
import { $, el, languages, loadModule } from './common.js';
import { demoAccount } from './account.js';
import { mountCourse } from './course.js';

const TEXT = {
  de: {
    panel: 'Hoster: Kundenlogin des Resellers (Schulung)',
    title: 'Reseller im Notfall: Notfallkontakt und Vollmacht',
    intro:
      'Was passiert mit den Domains und Websites der Kunden, wenn der Reseller ausfällt? Hier werden Notfallkontakt und Vollmacht hinterlegt; die Regeln prüfen das Konto und seine Domains.',
    today: 'Heute (Trainingsdatum)',
    datePlaceholder: 'JJJJ-MM-TT',
    legendAccount: 'Reseller-Konto',
    accountName: 'Name des Kontos',
    legendContact: 'Notfallkontakt',
    contactHint: 'Eine Vertrauensperson, die im Ernstfall mit dem Hoster sprechen und entscheiden darf: Name und Telefon oder E-Mail.',
    contactName: 'Name',
    contactPhone: 'Telefon',
    contactEmail: 'E-Mail',
    legendAttorney: 'Vollmacht',
    attorney: 'Vollmacht erteilt: Der Hoster darf im Notfall direkt mit den Kunden des Resellers sprechen und das Hosting weiterführen.',
    legendDomains: 'Domains des Resellers',
    colDomain: 'Domain',
    colRenewal: 'Verlängerung',
    colUnpaid: 'Rechnung offen',
    unpaidLabel: (name) => `Rechnung für ${name} offen`,
    verdictTitle: 'Was die Regeln zum Konto sagen',
    stateWarn: (n) => (n === 1 ? '1 Warnung: Das Konto ist nicht auf einen Notfall vorbereitet.' : `${n} Warnungen: Das Konto ist nicht auf einen Notfall vorbereitet.`),
    stateOk: 'Das Konto ist auf einen Notfall vorbereitet.',
    stateInvalid: 'Bitte zuerst die Eingaben korrigieren:',
    severity: { block: 'Blockiert', warn: 'Warnung', info: 'Hinweis' },
    unreachableTitle: 'Wenn der Reseller nicht erreichbar ist',
    deTitle: '.de-Domains (DENIC)',
    dePath:
      'Der Inhaber braucht die AuthInfo, um zu einem neuen Provider zu wechseln. Gibt der Reseller sie nicht heraus, weil er nicht erreichbar ist, beantragt der neue Provider bei DENIC eine AuthInfo2: DENIC schickt sie per Brief an die Anschrift des Inhabers, und mit ihr wechselt die Domain zum neuen Provider.',
    gtldTitle: 'gTLDs (.com, .net, .org …)',
    gtldPath:
      'Der Inhaber wendet sich an den Registrar, bei dem der Reseller die Domain hält: Er muss den Auth-Code binnen 5 Tagen herausgeben (ICANN Transfer Policy). Läuft die Domain aus, muss der Registrar den Inhaber vorher erinnern; nach dem Ablauf kann nur der letzte Inhaber sie in der Redemption Grace Period zurückholen.',
    footer: 'Regeln: domainguard',
    loadError:
      'Das Prüfmodul fehlt oder lädt nicht (dist/domainguard.js). Bitte zuerst „bash scripts/build-wasm.sh“ ausführen und die Seite über „node scripts/serve.mjs“ öffnen.',
  },
  en: {
    panel: 'Hoster: the reseller’s customer login (training)',
    title: 'The reseller drops out: emergency contact and power of attorney',
    intro:
      'What happens to the customers’ domains and websites when the reseller drops out? Here the emergency contact and the power of attorney are recorded; the rules check the account and its domains.',
    today: 'Today (training date)',
    datePlaceholder: 'YYYY-MM-DD',
    legendAccount: 'Reseller account',
    accountName: 'Account name',
    legendContact: 'Emergency contact',
    contactHint: 'A person of trust who may talk to the hoster and decide in an emergency: a name and a phone number or e-mail.',
    contactName: 'Name',
    contactPhone: 'Phone',
    contactEmail: 'E-mail',
    legendAttorney: 'Power of attorney',
    attorney: 'Power of attorney given: in an emergency the hoster may talk to the reseller’s customers directly and continue the hosting.',
    legendDomains: 'The reseller’s domains',
    colDomain: 'Domain',
    colRenewal: 'Renewal',
    colUnpaid: 'Invoice unpaid',
    unpaidLabel: (name) => `Invoice for ${name} unpaid`,
    verdictTitle: 'What the rules say about the account',
    stateWarn: (n) => (n === 1 ? '1 warning: the account is not prepared for an emergency.' : `${n} warnings: the account is not prepared for an emergency.`),
    stateOk: 'The account is prepared for an emergency.',
    stateInvalid: 'Please correct the entries first:',
    severity: { block: 'Blocked', warn: 'Warning', info: 'Note' },
    unreachableTitle: 'When the reseller cannot be reached',
    deTitle: '.de domains (DENIC)',
    dePath:
      'The holder needs the AuthInfo to move to a new provider. If the reseller cannot be reached and does not hand it out, the new provider asks DENIC for an AuthInfo2: DENIC sends it by letter to the holder’s address, and with it the domain moves to the new provider.',
    gtldTitle: 'gTLDs (.com, .net, .org …)',
    gtldPath:
      'The holder turns to the registrar with which the reseller holds the domain: it must hand out the auth code within 5 days (ICANN Transfer Policy). Before the domain expires the registrar must remind the holder; after expiry only the last holder can get it back, during the redemption grace period.',
    footer: 'Rules: domainguard',
    loadError:
      'The check module is missing or does not load (dist/domainguard.js). Run “bash scripts/build-wasm.sh” first and open the page via “node scripts/serve.mjs”.',
  },
};

const form = $('account-form');
const todayInput = $('today');
let dg = null;
let course = null;
let verdict = null;
const domains = demoAccount(todayInput.value).domains.map((d) => ({ ...d }));

const i18n = languages(TEXT, (lang) => {
  if (!dg) return;
  renderDomains();
  runCheck();
  course?.setLang(lang);
});

/** The readiness case from the form. */
function readinessCase() {
  const value = (name) => form.elements[name].value.trim();
  const contact = { name: value('contact_name'), phone: value('contact_phone'), email: value('contact_email') };
  const any = contact.name || contact.phone || contact.email;
  return {
    action: 'readiness',
    today: todayInput.value.trim(),
    locale: i18n.lang,
    account: {
      name: value('account_name'),
      emergency_contact: any ? { name: contact.name || null, phone: contact.phone || null, email: contact.email || null } : null,
      power_of_attorney: form.elements.power_of_attorney.checked,
    },
    domains: domains.map(({ name, renewal, invoice_unpaid }) => ({ name, renewal, invoice_unpaid })),
  };
}

function renderDomains() {
  const t = i18n.t();
  $('domain-rows').replaceChildren(
    ...domains.map((d, i) => {
      const box = el('input');
      box.type = 'checkbox';
      box.id = `a-unpaid-${i}`;
      box.checked = d.invoice_unpaid;
      box.setAttribute('aria-label', t.unpaidLabel(d.name));
      box.addEventListener('change', () => {
        d.invoice_unpaid = box.checked;
        runCheck();
      });
      const cell = el('td');
      cell.append(box);
      const tr = el('tr');
      tr.dataset.domain = d.name;
      const renewal = el('td');
      renewal.append(Object.assign(el('time', '', dg.formatDate(d.renewal, i18n.lang)), { dateTime: d.renewal }));
      tr.append(el('th', '', d.name), renewal, cell);
      tr.firstChild.scope = 'row';
      return tr;
    }),
  );
}

function runCheck() {
  const t = i18n.t();
  verdict = dg.check(readinessCase());
  const state = $('readiness-state');
  const list = $('readiness-findings');
  if (verdict.errors) {
    state.dataset.state = 'invalid';
    state.textContent = t.stateInvalid;
    list.replaceChildren(...verdict.errors.map((e) => el('li', 'finding finding-block', e.message)));
    return;
  }
  const warns = verdict.findings.filter((f) => f.severity === 'warn').length;
  state.dataset.state = warns ? 'warn' : 'ok';
  state.textContent = warns ? t.stateWarn(warns) : t.stateOk;
  list.replaceChildren(
    ...verdict.findings.map((f) => {
      const li = el('li', `finding finding-${f.severity}`);
      li.dataset.code = f.code;
      li.append(el('strong', '', `${t.severity[f.severity] ?? f.severity}: `), f.message);
      return li;
    }),
  );
  // what the rules say the end customers can do when the reseller is unreachable (AuthInfo2, gTLD path)
  const paths = verdict.findings.find((f) => f.code === 'ACCOUNT_UNREACHABLE_PATHS');
  $('unreachable-rules').hidden = !paths;
  $('unreachable-rules').textContent = paths ? paths.message : '';
  document.documentElement.dataset.readinessState = state.dataset.state;
}

dg = await loadModule(i18n.t().loadError);
renderDomains();
runCheck();
form.addEventListener('input', runCheck);
form.addEventListener('change', runCheck);
todayInput.addEventListener('input', runCheck);

course = await mountCourse({ seed: '002', dg, lang: i18n.lang });
window.domainguardDemo = { module: dg, readinessCase, verdict: () => verdict };
document.documentElement.dataset.demoReady = 'true';
