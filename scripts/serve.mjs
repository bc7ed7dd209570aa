#!/usr/bin/env node
// Tiny dependency-free static server for the demo and the browser tests.
//   node scripts/serve.mjs [port]     (or PORT=… ; default 8080; 0 = any free port)
// Serves the repository root on 127.0.0.1 only, with application/wasm for .wasm. GET and HEAD,
// plus POST to /demo/submitted.html (the body is discarded) for the demo forms with an AuthInfo.
// Importable: `const { url, origin, port, close } = await start(0)`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

// The demo's forms that carry an AuthInfo post (never GET: no secret in a URL) to this page.
const POST_OK = '/demo/submitted.html';

async function handle(req, res, root) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    send(res, 400, 'bad request\n');
    return;
  }
  if (req.method === 'POST' && pathname === POST_OK) {
    req.resume(); // the body is discarded: the demo panel carries nothing out
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  if (pathname === '/') {
    send(res, 302, 'see /demo/\n', { location: '/demo/' });
    return;
  }
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
    send(res, 403, 'forbidden\n');
    return;
  }
  if (pathname.split('/').some((part) => part.startsWith('.') && part.length > 0)) {
    send(res, 404, 'not found\n'); // no dotfiles (.git, …)
    return;
  }
  let target = file;
  let info;
  try {
    info = await stat(target);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        send(res, 301, 'moved\n', { location: `${pathname}/` });
        return;
      }
      target = join(target, 'index.html');
      info = await stat(target);
    }
  } catch {
    send(res, 404, 'not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(target).on('error', () => res.destroy()).pipe(res);
}

/**
 * Starts the server. Resolves to { url (the demo page), origin, port, close() }.
 * @param {number|string} [port] 0 picks a free port
 * @param {{root?: string}} [options]
 */
export function start(port = 0, options = {}) {
  const root = normalize(options.root ?? ROOT).replace(/[\\/]+$/, '');
  const server = createServer((req, res) => {
    handle(req, res, root).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', () => {
      const actual = server.address().port;
      const origin = `http://127.0.0.1:${actual}`;
      resolve({
        url: `${origin}/demo/`,
        origin,
        port: actual,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv[2] ?? process.env.PORT ?? '8080';
  if (!/^\d+$/.test(arg) || Number(arg) > 65535) {
    console.error(`serve: not a port: ${arg}`);
    process.exit(2);
  }
  const { url } = await start(Number(arg));
  console.log(`domainguard demo: ${url}`);
}
