// The webpack build of the consumer page: webpack 5's defaults and no loader. webpack
// recognises `new URL('./domainguard_bg.wasm', import.meta.url)` (an asset) and
// `new Worker(new URL('./inventory-worker.js', import.meta.url), { type: 'module' })` (a worker
// chunk) in the package by itself.
import webpack from 'webpack';
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, 'out/webpack');

const stats = await new Promise((resolve, reject) => {
  webpack(
    {
      mode: 'production',
      context: here,
      entry: './src/page.js',
      output: { path: outdir, filename: 'page.js', clean: true },
    },
    (err, result) => (err ? reject(err) : resolve(result)),
  );
});
if (stats.hasErrors()) {
  console.error(stats.toString({ all: false, errors: true }));
  process.exit(1);
}
cpSync(join(here, 'src/index.html'), join(outdir, 'index.html'));
