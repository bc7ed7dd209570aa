// The esbuild recipe of js/README.md, as the tests run it: bundle the page, then copy the
// things esbuild does not emit by itself next to the bundle (esbuild leaves
// `new URL('./file', import.meta.url)` alone, so they are found there at run time).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, 'out/esbuild');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: [join(here, 'src/page.js')],
  bundle: true,
  format: 'esm', // keeps import.meta.url, which finds the wasm and the worker
  platform: 'browser',
  minify: true,
  outdir,
  logLevel: 'warning',
});

// The package's folder (its package.json is exported for this).
const pkg = dirname(fileURLToPath(import.meta.resolve('domainguard/package.json')));
for (const file of ['domainguard_bg.wasm', 'domainguard_de_bg.wasm', 'domainguard_en_bg.wasm', 'inventory-worker.js', 'batch']) {
  cpSync(join(pkg, file), join(outdir, file), { recursive: true });
}
cpSync(join(here, 'src/index.html'), join(outdir, 'index.html'));
