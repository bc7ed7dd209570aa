// The Vite build of the consumer page: nothing domainguard-specific (no plugin, no worker or
// wasm settings): the package must work with Vite's defaults.
import { fileURLToPath } from 'node:url';

export default {
  root: fileURLToPath(new URL('./src', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./out/vite', import.meta.url)),
    emptyOutDir: true,
  },
};
