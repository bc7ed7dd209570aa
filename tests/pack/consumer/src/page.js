// A page as an integrator writes it after `npm install domainguard`: bare imports only, built
// by Vite and by esbuild (tests/pack/). It guards a close form and checks a domain list in the
// inventory worker, and shows both results in the page for the test to read. The guard loads
// the lean German module; an internationalised domain name brings the full one.
import { attach, leanModule } from 'domainguard';
import { checkInventory } from 'domainguard/inventory';

const form = document.getElementById('close');
form.addEventListener('domainguard:verdict', (event) => {
  form.dataset.allowed = String(event.detail.allowed);
  form.dataset.noticeDeadline = event.detail.deadlines?.notice_deadline ?? '';
  form.dataset.notice = event.detail.documents?.registrar_notice ?? '';
  form.dataset.lean = String(leanModule());
});
attach(form, {
  action: 'close',
  locale: 'de',
  policy: 'default',
  today: '2009-02-01',
  wasm: { locale: 'de' },
  fields: {
    'domain.name': 'domain',
    'domain.registered': 'registered',
    'holder.name': 'holder',
    'termination.to': 'to',
    'evk.text': 'evk_text',
  },
  constants: {
    termination: { from: 'holder', received: '2009-02-01' },
    evk: { signed_by: 'holder', date: '2009-02-01', acknowledges_availability: true },
  },
});

const list = 'domain;registered;intent\nbeispiel.de;2005-04-04;close\nkunde-shop.de;2008-03-01;keep\n';
const progress = document.getElementById('inventory-progress');
checkInventory(list, { today: '2009-02-01', locale: 'de', output: 'text' }, ({ done, total }) => {
  progress.textContent = `${done}/${total}`;
}).then(
  (result) => {
    const out = document.getElementById('inventory');
    if (result.errors) {
      out.textContent = JSON.stringify(result.errors);
      return;
    }
    out.textContent = JSON.stringify({
      rows: result.report.rows.map((r) => [r.domain, r.next_action, r.deadline]),
      csvFirstLine: result.csv.split('\r\n')[0],
    });
    out.dataset.done = 'true';
  },
  (err) => {
    const out = document.getElementById('inventory');
    out.textContent = `failed: ${err.message}`;
    out.dataset.done = 'failed';
  },
);
