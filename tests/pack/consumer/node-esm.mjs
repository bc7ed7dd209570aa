// Node ESM as an integrator writes it: no init(), no fetch, no path to the wasm.
import { deepStrictEqual } from 'node:assert/strict';
import { check, init } from 'domainguard';

const seed004 = {
  action: 'close', today: '2009-02-01', policy: 'default', locale: 'de',
  domain: { name: 'beispiel.de', registered: '2005-04-04', renewal: null, status: [], last_transfer: null },
  holder: { name: 'Max Mustermann' },
  termination: { from: 'holder', to: 'reseller', received: '2009-02-01' },
  evk: {
    signed_by: 'holder', date: '2009-02-01',
    text: 'Hiermit beantrage ich die Schließung der Domain beispiel.de.',
    acknowledges_availability: true, new_provider: null,
  },
};
const verdict = check(seed004);
// Code written for the browser entry (await init() first) runs unchanged and gives the same.
await init();
deepStrictEqual(check(seed004), verdict);
process.stdout.write(JSON.stringify(verdict));
