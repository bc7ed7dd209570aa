// A browser consumer of the package, type-checked with `tsc --strict`.
import { attach, init, type GuardHandle, type CheckResult } from 'domainguard';
import { checkInventory, openInventory, preloadInventory, type InventoryReport, type InventoryRow } from 'domainguard/inventory';

await init();
const form = document.querySelector<HTMLFormElement>('form#close');
if (form) {
  const guard: GuardHandle = attach(form, {
    action: 'close',
    fields: { 'domain.name': 'domain', 'domain.registered': 'registered' },
  });
  form.addEventListener('domainguard:verdict', (event) => {
    const detail: CheckResult = event.detail;
    console.log('allowed' in detail ? detail.allowed : detail.errors.length, guard.verdict);
  });
}
const result = await checkInventory('domain;registered\nbeispiel.de;2005-04-04\n', { today: '2009-02-01' });
if ('report' in result) {
  const report: InventoryReport = result.report;
  const csv: Blob = result.csv;
  console.log(report.summary.total, csv.size);
}
preloadInventory();
const inventory = await openInventory('domain;registered\nbeispiel.de;2005-04-04\n', { today: '2009-02-01', first: 20 });
if (inventory.errors === null) {
  const rows: InventoryRow[] = await inventory.rows(0, 20);
  await inventory.sort('deadline', true);
  const files: { csv: Blob; ics: Blob } = await inventory.files();
  const text: { csv: string; ics: string } = await inventory.files({ output: 'text' });
  const due = await inventory.due();
  console.log(inventory.total, inventory.summary?.high, due.next30, rows.length, files.csv.size, text.ics.length);
  inventory.close();
}
