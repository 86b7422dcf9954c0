// A static server on 127.0.0.1 for the benchmark's pages. The pages are cross-origin isolated
// (COOP + COEP) so that `performance.measureUserAgentSpecificMemory()` is allowed and the page's
// timer has 5 µs resolution instead of 100 µs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

/** Resolves a URL path against `mounts` (`{ '/prefix/': folder }`, longest prefix wins). */
function resolvePath(mounts, urlPath) {
  const path = normalize(decodeURIComponent(urlPath));
  const prefix = Object.keys(mounts).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (!prefix) return null;
  const root = mounts[prefix];
  const file = join(root, path.slice(prefix.length));
  return file.startsWith(root) ? file : null;
}

/**
 * Serves `mounts` on an ephemeral loopback port; `url` ends with a slash. `takeServed()` returns
 * the files sent since its last call: the bytes a page loaded, counted here because DevTools
 * keeps no body over its buffer limit (10 MB), and a Clippings Wasm file can be 130 MB.
 */
export async function serveMounts(mounts) {
  let served = [];
  const server = createServer(async (req, res) => {
    let file = resolvePath(mounts, new URL(req.url, 'http://x').pathname);
    try {
      if (!file) throw new Error('outside the mounts');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...ISOLATION_HEADERS });
      res.end(body);
      served.push({ path: req.url, file, bytes: body.length });
    } catch {
      res.writeHead(404, ISOLATION_HEADERS).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    takeServed: () => [served, (served = [])][0],
    close: () => new Promise((ok) => server.close(ok)),
  };
}
