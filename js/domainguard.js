// domainguard – browser layer over the domainguard rules (WebAssembly).
//
// Loads the wasm once, checks cases (same JSON as the native CLI) and guards existing panel
// forms: findings next to the fields, a summary live region, and no submit while anything blocks.
// Dependency-free ES module. All text reaches the page through textContent only.
//
// This file is the entry point; its parts are the modules in js/src/. scripts/build-wasm.sh
// bundles them (scripts/bundle.mjs, esbuild) and minifies the bundle to dist/domainguard.js,
// next to the wasm-bindgen glue (dist/domainguard_wasm.js) and the modules (dist/domainguard_bg.wasm,
// the lean dist/domainguard_de_bg.wasm and dist/domainguard_en_bg.wasm; see init()).

import { autoAttach } from './src/declarative.js';

export {
  init,
  initSync,
  isReady,
  ready,
  leanModule,
  check,
  AUTHINFO_PLACEHOLDER,
  letterWithAuthinfo,
  fields,
  policies,
  version,
  checkAuthinfo,
  generateAuthinfo,
  checkForm,
  caseFromForm,
} from './src/core.js';
export { today, formatDate } from './src/time.js';
export { normalizeLocale, uiStrings } from './src/locale.js';
export { attach, guardOf } from './src/guard.js';
export { autoAttach };

if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => autoAttach(document), { once: true });
  } else {
    setTimeout(() => autoAttach(document), 0);
  }
}
