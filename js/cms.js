// domainguard – click guard for risky CMS actions (seeds 001, 003) and the account readiness
// banner (seed 002).
//
// guardClicks() intercepts clicks on delete and update buttons (capture phase), checks the
// `cms_delete` / `cms_update` case with the wasm rules and, when anything blocks or needs a
// confirmation, opens a <dialog> with the findings: the typed count of the pages that go with a
// deleted node, an acknowledgement of the warnings. The original action runs only when the
// re-check allows it. showReadiness() renders a reseller account's emergency readiness
// (R-E1, R-E2) into an element. All text reaches the page through textContent.
//
// This file is the entry point; its parts are in js/src/ (clicks.js, cms-case.js,
// cms-dialog.js, readiness.js). scripts/build-wasm.sh bundles and minifies it to dist/cms.js,
// next to dist/domainguard.js, which it imports (one wasm instance for the page).

export { guardClicks } from './src/clicks.js';
export { showReadiness } from './src/readiness.js';
export { localNow } from './src/time.js';
