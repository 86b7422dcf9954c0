// Serves dist/ on 127.0.0.1 and launches Debian's Chromium through playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/**
 * `trunk build --release` (or, with `{ release: false }`, a debug build) of the articles in
 * `seeds` into `dist`, with `env` added to the build's environment; its output, and whether it
 * worked.
 */
export function trunkBuild(seeds, dist, { release = true, env = {} } = {}) {
  const args = ['build', ...(release ? ['--release'] : []), '--offline', '--dist', dist];
  const run = spawnSync('trunk', args, {
    cwd: ROOT,
    env: { ...process.env, CLIPPINGS_SEEDS: seeds, ...env },
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

/** A static file server for `root` on an ephemeral loopback port. */
export async function serve(root = DIST) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    // Chromium keeps connections open; closing them is what takes the files away at once.
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A page that records console errors, page errors, dialogs, policy violations and requests that
 * leave the origin: the context's requests, so the service worker's own are watched too.
 */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request left the origin: ${url}`);
  });
  context.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  return { page, context, problems };
}

/**
 * Serves `root`, opens the app in a fresh context of `browser` and runs `use(session, server)`;
 * stops the server afterwards.
 */
export async function onServedApp(browser, root, use) {
  const server = await serve(root);
  try {
    const session = await openPage(browser, server.url);
    await session.page.goto(server.url);
    await session.page.evaluate(() => window.clippingsReady);
    await use(session, server);
  } finally {
    await server.close();
  }
}

export const SHOTS = join(import.meta.dirname, 'screenshots');

/**
 * Nothing ran and no element came from text the page was given (an article, a file, a query):
 * no payload set `window.__pwned`, the DOM holds only the app's own elements, every link stays
 * on the page, and nothing was recorded in `problems` (dialogs included).
 */
export async function assertInert(page, problems) {
  await page.waitForTimeout(150);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a payload ran');
  // The collection view's charts are the app's own SVG (class bars or columns, labels as text
  // nodes); any other svg element came from text.
  const injected = await page.evaluate(() => [...document.body.querySelectorAll('script, img, svg:not(.bars):not(.columns), iframe, object, embed, b, i')]
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(injected, [], 'elements from the text were made');
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
    .filter((href) => !href.startsWith('#')));
  assert.deepEqual(links, [], 'a link goes somewhere other than the page itself');
  assert.deepEqual(problems, []);
}

/**
 * For a test file on the release build in dist/: serves it and starts Chromium before its tests,
 * stops both after them. `open(hash, options)` gives a fresh page on the app, ready to use.
 */
export function appUnderTest() {
  const app = { server: null, browser: null };
  before(async () => {
    assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release --offline` first');
    mkdirSync(SHOTS, { recursive: true });
    app.server = await serve();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  app.open = async (hash = '', options) => {
    const session = await openPage(app.browser, app.server.url, options);
    await session.page.goto(app.server.url + hash);
    await session.page.evaluate(() => window.clippingsReady);
    return session;
  };
  return app;
}

const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * axe-core's findings on `page` (WCAG 2.x A and AA, and axe's best practices), as
 * `rule: target (summary)` lines. The page's policy forbids inline scripts, so axe cannot come in
 * as a <script> tag (addScriptTag is refused); evaluated through the DevTools protocol, as every
 * `page.evaluate` is, its source is no page script and the policy does not apply.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes
      .map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})`));
  });
}
