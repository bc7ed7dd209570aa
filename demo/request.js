// Training page "answering a transfer request" (ACK/NACK): a .de request (DENIC: only a missing
// termination justifies a refusal) or a .com request (ICANN Transfer Policy lists). The guard
// disables the answers the rules do not permit, offers the permitted refusal reasons and lets
// only a permitted answer through. This page adds the .de/.com switch and the side panel.
import { $, el, deadlineList, params, languages, loadModule, logSubmits } from './common.js';

const TEXT = {
  de: {
    panel: 'Reseller-Panel (Schulung)',
    title: 'Transferanfrage beantworten: ACK oder NACK',
    intro:
      'Ein anderer Provider will eine Domain übernehmen. Welche Antworten sind zulässig, mit welchem Grund, bis wann? Bei .de entscheidet die Kündigung, bei .com die Transfer Policy der ICANN.',
    navLabel: 'Übungen',
    navClose: 'Domain kündigen',
    navMove: 'Kunden umziehen',
    navRequest: 'Transferanfrage beantworten',
    today: 'Heute (Trainingsdatum)',
    datePlaceholder: 'JJJJ-MM-TT',
    tldLabel: 'Endung',
    legendRequest: 'Anfrage',
    domainName: 'Domainname',
    registered: 'Registriert am',
    lastTransfer: 'Letzter Transfer am',
    status: 'EPP-Status (durch Komma getrennt)',
    received: 'Anfrage eingegangen am',
    gaining: 'Neuer Registrar / Provider',
    legendDenic: 'Kündigung und Rechnungen (.de)',
    termination: 'Der Inhaber hat bei uns gekündigt',
    evk: 'EVK vom Inhaber unterschrieben',
    unpaid: 'Offene Rechnungen (500,00 € offen)',
    legendFacts: 'Umstände (ICANN Transfer Policy)',
    factsHint: 'Die 60-Tage-Sperren nach Registrierung und nach einem Transfer ergeben sich aus den Daten.',
    mayDeny: 'Dürfen einen NACK begründen',
    mustDeny: 'Verlangen einen NACK',
    mayNotDeny: 'Sind kein Ablehnungsgrund',
    f_fraud: 'Beweise für Betrug',
    f_identity_dispute: 'Begründeter Streit über die Identität des Inhabers',
    f_no_payment_past_period: 'Keine Zahlung für eine vergangene oder laufende Periode',
    f_express_objection: 'Ausdrücklicher schriftlicher Widerspruch des Inhabers',
    f_udrp_pending: 'Laufendes UDRP-Verfahren',
    f_urs_pending: 'Laufendes URS-Verfahren',
    f_court_order: 'Gerichtliche Anordnung',
    f_tdrp_pending: 'Laufendes TDRP-Verfahren über einen früheren Transfer',
    f_change_of_registrant_lock: '60-Tage-Sperre nach Inhaberwechsel (ohne Opt-out)',
    f_no_payment_future_period: 'Keine Zahlung für eine kommende Periode',
    f_no_response_from_holder: 'Keine Antwort des Inhabers',
    f_registrar_lock_not_liftable: 'Registrar-Sperre, die der Inhaber nicht aufheben konnte',
    f_time_constraints: 'Andere Fristen als die 60-Tage-Sperren',
    f_reseller_payment_dispute: 'Zahlungsstreit zwischen Registrar und Reseller (Inhaber hat bezahlt)',
    legendAnswer: 'Antwort',
    answerRelease: 'AuthInfo herausgeben',
    answerRefuse: 'Herausgabe ablehnen',
    answerAck: 'Transfer genehmigen (ACK)',
    answerNack: 'Transfer ablehnen (NACK)',
    reason: 'Grund der Ablehnung',
    reasonNone: '– kein Grund gewählt –',
    submit: 'Antwort senden',
    deadlines: 'Fristen',
    noDeadlines: 'Keine Fristen (bei .de antwortet der Reseller ohne ACK-Frist).',
    permittedTitle: 'Zulässige Antworten',
    recommended: 'empfohlen',
    reasonsTitle: 'Zulässige Ablehnungsgründe',
    noReasons: 'Keine: Eine Ablehnung ist hier nicht zulässig.',
    noAnswers: 'Bitte zuerst die markierten Eingaben korrigieren.',
    lists: { denic: 'DENIC', may_deny: 'darf ablehnen', must_deny: 'muss ablehnen' },
    sentTitle: 'An das Panel übermittelt',
    sentIntro: 'Was der Wächter durchlässt, geht wirklich ab: hier die Antwort des (Demo-)Panels.',
    frameTitle: 'Antwort des Panels',
    sent: (answer, domain) => `Antwort „${answer}“ übermittelt: ${domain}`,
    footer: 'Regeln: domainguard',
    loadError:
      'Das Prüfmodul fehlt oder lädt nicht (dist/domainguard.js). Bitte zuerst „bash scripts/build-wasm.sh“ ausführen und die Seite über „node scripts/serve.mjs“ öffnen.',
  },
  en: {
    panel: 'Reseller panel (training)',
    title: 'Answering a transfer request: ACK or NACK',
    intro:
      'Another provider wants to take over a domain. Which answers are permitted, with which reason, by when? For .de the termination decides, for .com ICANN’s Transfer Policy.',
    navLabel: 'Exercises',
    navClose: 'Terminating a domain',
    navMove: 'Moving a customer',
    navRequest: 'Answering a transfer request',
    today: 'Today (training date)',
    datePlaceholder: 'YYYY-MM-DD',
    tldLabel: 'Extension',
    legendRequest: 'Request',
    domainName: 'Domain name',
    registered: 'Registered on',
    lastTransfer: 'Last transfer on',
    status: 'EPP status (comma separated)',
    received: 'Request received on',
    gaining: 'Gaining registrar / provider',
    legendDenic: 'Termination and invoices (.de)',
    termination: 'The holder has terminated with us',
    evk: 'EVK signed by the holder',
    unpaid: 'Unpaid invoices (500.00 € open)',
    legendFacts: 'Circumstances (ICANN Transfer Policy)',
    factsHint: 'The 60-day locks after the registration and after a transfer follow from the dates.',
    mayDeny: 'May justify a NACK',
    mustDeny: 'Require a NACK',
    mayNotDeny: 'Are no reason to deny',
    f_fraud: 'Evidence of fraud',
    f_identity_dispute: 'Reasonable dispute over the holder’s identity',
    f_no_payment_past_period: 'No payment for a past or current period',
    f_express_objection: 'The holder’s express written objection',
    f_udrp_pending: 'Pending UDRP proceeding',
    f_urs_pending: 'Pending URS proceeding',
    f_court_order: 'Court order',
    f_tdrp_pending: 'Pending TDRP dispute about a previous transfer',
    f_change_of_registrant_lock: '60-day lock after a change of registrant (no opt-out)',
    f_no_payment_future_period: 'No payment for a pending or future period',
    f_no_response_from_holder: 'No answer from the holder',
    f_registrar_lock_not_liftable: 'A registrar lock the holder could not lift',
    f_time_constraints: 'Time constraints other than the 60-day windows',
    f_reseller_payment_dispute: 'Payment dispute between registrar and reseller (the holder has paid)',
    legendAnswer: 'Answer',
    answerRelease: 'Release the AuthInfo',
    answerRefuse: 'Refuse the release',
    answerAck: 'Approve the transfer (ACK)',
    answerNack: 'Deny the transfer (NACK)',
    reason: 'Reason for the refusal',
    reasonNone: '– no reason chosen –',
    submit: 'Send the answer',
    deadlines: 'Deadlines',
    noDeadlines: 'No deadlines (for .de the reseller answers without an ACK period).',
    permittedTitle: 'Permitted answers',
    recommended: 'recommended',
    reasonsTitle: 'Permitted reasons for a refusal',
    noReasons: 'None: a refusal is not permitted here.',
    noAnswers: 'Please correct the marked entries first.',
    lists: { denic: 'DENIC', may_deny: 'may deny', must_deny: 'must deny' },
    sentTitle: 'Sent to the panel',
    sentIntro: 'What the guard lets through is really sent: here is the (demo) panel’s answer.',
    frameTitle: 'The panel’s answer',
    sent: (answer, domain) => `Answer “${answer}” sent: ${domain}`,
    footer: 'Rules: domainguard',
    loadError:
      'The check module is missing or does not load (dist/domainguard.js). Run “bash scripts/build-wasm.sh” first and open the page via “node scripts/serve.mjs”.',
  },
};

// What the switch puts into the form: a typical domain of each kind, and the answer radios'
// values and labels (release/refuse for a .de AuthInfo request, ACK/NACK for a gTLD transfer).
const TLDS = {
  de: { domain: 'beispiel.de', registered: '2005-04-04', yes: ['release', 'answerRelease'], no: ['refuse', 'answerRefuse'] },
  com: { domain: 'beispiel.com', registered: '2026-10-01', yes: ['ack', 'answerAck'], no: ['nack', 'answerNack'] },
};

const form = $('request-form');
const todayInput = $('today');
let tld = params.get('tld') === 'com' ? 'com' : 'de';
let verdict = null;
let handle = null;
let dg = null;

const i18n = languages(TEXT, (lang) => {
  if (!dg) return;
  handle.setOptions({ locale: lang });
  render();
});

// .de: a termination from the holder to us and an EVK signed by the holder (the page's two
// boxes) make a proper termination; the case gets them as constants.
function constants() {
  if (tld !== 'de') return {};
  return {
    termination: $('r-termination').checked ? { from: 'holder', to: 'reseller' } : null,
    evk: $('r-evk').checked ? { signed_by: 'holder' } : null,
  };
}

function selectTld(next, fill) {
  tld = next;
  const spec = TLDS[tld];
  if (fill) {
    form.elements.domain.value = spec.domain;
    form.elements.registered.value = spec.registered;
  }
  for (const [id, [value, key]] of [['r-answer-yes', spec.yes], ['r-answer-no', spec.no]]) {
    $(id).value = value;
    $(`${id}-label`).dataset.i18n = key;
  }
  for (const node of document.querySelectorAll('[data-tld-only]')) node.hidden = node.dataset.tldOnly !== tld;
  for (const button of document.querySelectorAll('[data-tld]')) button.setAttribute('aria-pressed', String(button.dataset.tld === tld));
  i18n.apply();
}
selectTld(tld, params.get('tld') === 'com');
for (const button of document.querySelectorAll('[data-tld]')) {
  button.addEventListener('click', () => {
    if (button.dataset.tld === tld) return;
    selectTld(button.dataset.tld, true);
    handle?.setOptions({ constants: constants() });
  });
}
for (const id of ['r-termination', 'r-evk']) {
  $(id).addEventListener('change', () => handle?.setOptions({ constants: constants() }));
}

dg = await loadModule(i18n.t().loadError);

handle = dg.attach(form, {
  action: 'transfer_request',
  locale: i18n.lang,
  constants: constants(),
  fields: {
    today: todayInput,
    'domain.name': 'domain',
    'domain.registered': 'registered',
    'domain.last_transfer': 'last_transfer',
    'domain.status': 'status',
    'request.received': 'received',
    'request.gaining_registrar': 'gaining_registrar',
    'invoices.unpaid': 'unpaid',
    facts: 'facts',
    answer: 'answer',
    reason: 'reason',
  },
});

form.addEventListener('domainguard:verdict', (event) => {
  verdict = event.detail;
  render();
});

function render() {
  const t = i18n.t();
  const ok = verdict && !verdict.errors;
  $('request-deadlines').replaceChildren(deadlineList(dg, verdict, i18n.lang, t.noDeadlines));

  const answers = ok ? verdict.answers : null;
  $('permitted').replaceChildren(
    ...(answers
      ? answers.options.map(({ value: a, label }) => {
          const li = el('li', a === answers.recommended ? 'recommended' : '', label);
          li.dataset.answer = a;
          if (a === answers.recommended) li.append(` (${t.recommended})`);
          return li;
        })
      : [el('li', 'empty', t.noAnswers)]),
  );
  $('reasons').replaceChildren(
    ...(answers && answers.refusal_reasons.length
      ? answers.refusal_reasons.map((r) => {
          const li = el('li', '', `${r.label} (${t.lists[r.list] ?? r.list})`);
          li.dataset.reason = r.code;
          return li;
        })
      : [el('li', 'empty', answers ? t.noReasons : t.noAnswers)]),
  );
}

logSubmits(form, $('submit-frame'), $('sent-log'), () => {
  const answer = form.elements.answer.value;
  const label = verdict?.answers?.options?.find((o) => o.value === answer)?.label ?? answer;
  return { form: 'transfer_request', text: i18n.t().sent(label, form.elements.domain.value) };
});

await handle.ready;
window.domainguardDemo = { handle, module: dg, selectTld };
document.documentElement.dataset.demoReady = 'true';
