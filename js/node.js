// domainguard – the Node.js entry point of the npm package (`import { check } from 'domainguard'`
// resolves here under the `node` export condition).
//
// Instantiates the wasm from the package's own file, synchronously, when it is imported: no
// fetch, no init() needed (init() resolves at once). Everything else is domainguard.js; the
// form guard needs a DOM and is for browsers.

import { readFileSync } from 'node:fs';
import { initSync } from './domainguard.js';

initSync({ module: readFileSync(new URL('./domainguard_bg.wasm', import.meta.url)) });

export * from './domainguard.js';
