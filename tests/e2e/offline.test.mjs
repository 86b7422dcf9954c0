// Offline and portable (issue 5): the served build's policy, its service worker (reload with the
// network off, a new build replacing the old cache and saying so), and dist/clippings.html
// opened from file:// with no server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, SHOTS, serve, launch, onServedApp, openPage } from './harness.mjs';

let browser;
let work;
before(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'clippings-offline-'));
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of dist/ that a test may change, as a new build would. */
function copyOfDist(name) {
  const copy = join(work, name);
  cpSync(DIST, copy, { recursive: true });
  return copy;
}

async function searchFor(page, query) {
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction(() => document.querySelectorAll('.result').length > 0);
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/**
 * Stops the server, takes the network away and opens `url` with the query `kerry` again: the
 * service worker alone answers. Both seeds match, as they did online, and nothing was recorded
 * (no error, no policy violation, no failed or foreign request).
 */
async function reloadOffline({ page, context, problems }, server, url) {
  await server.close();
  await context.setOffline(true);
  await page.goto(`${url}#q=kerry`);
  await page.evaluate(() => window.clippingsReady);
  await page.waitForFunction(() => document.querySelector('#result-count')?.textContent.includes('kerry'));
  assert.equal(await page.locator('#result-count').textContent(), '2 articles match \u201Ckerry\u201D');
  assert.equal(await page.locator('.result').count(), 2);
  assert.deepEqual(problems, []);
}

test('the served page has a strict policy and no inline script, and nothing it does breaks it', async () => {
  await onServedApp(browser, DIST, async ({ page, problems }) => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /object-src 'none'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the served page');
    await searchFor(page, 'kerry');
    await page.locator('.result-link').first().click();
    await page.locator('#reader-headline').waitFor();
    // An inline script added now is refused by the policy.
    const ran = await page.evaluate(async () => {
      window.__inlineRan = false;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((ok) => setTimeout(ok, 100));
      return window.__inlineRan;
  });
  assert.equal(ran, false, 'an inline script ran despite the policy');
  const refusal = /Executing inline script violates|policy violation: script-src-elem/;
  assert.ok(problems.some((p) => refusal.test(p)), 'the browser did not report the refused script');
  assert.deepEqual(problems.filter((p) => !refusal.test(p)), []);
  });
});

test('the served page asks for its Wasm before any script or style, and fetches it once', async () => {
  // The Wasm is the file the first answer waits for: its preload heads the page, under the
  // policy, rather than after the scripts that block the parser (crates/clippings-dist).
  const server = await serve(DIST);
  try {
    const { page, problems } = await openPage(browser, server.url, { serviceWorkers: 'block' });
    const wasmRequests = [];
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasmRequests.push(request.url()); });
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    const head = await page.evaluate(() => [...document.head.querySelectorAll('meta[http-equiv], link[rel], script')]
      .map((e) => (e.localName === 'link' ? `${e.rel}${e.as ? ` ${e.as}` : ''}` : e.localName)));
    assert.deepEqual(head.slice(0, 3), ['meta', 'modulepreload', 'preload fetch'], `the head is ${head.join(', ')}`);
    assert.ok(head.indexOf('script') > 2 && head.indexOf('stylesheet') > 2);
    assert.equal(wasmRequests.length, 1, 'the preloaded Wasm was fetched again');
    assert.deepEqual(problems, []);
  } finally {
    await server.close();
  }
});

test('after one visit the page reloads and works with the server gone and the network off', async () => {
  const server = await serve(DIST);
  const { page, context, problems } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.evaluate(() => window.clippingsReady);
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.names.length, 1);
  assert.match(cached.names[0], /^clippings-[0-9a-f]{16}$/);
  for (const file of readdirSync(DIST).filter((f) => !['index.html', 'sw.js', 'clippings.html'].includes(f))) {
    assert.ok(cached.files.includes(`/${file}`), `${file} is not precached: ${cached.files}`);
  }
  assert.ok(cached.files.includes('/'), 'the page itself is precached');
  assert.ok(!cached.files.includes('/clippings.html'), 'the single file is not precached');
  assert.deepEqual(problems, []);

  await reloadOffline({ page, context, problems }, server, server.url);
  await page.locator('.result-link').first().click();
  await page.locator('#reader-headline').waitFor();
  assert.equal(await page.evaluate(() => clippings.search('nato').total), 2);
  await page.screenshot({ path: join(SHOTS, 'offline-reload.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new build replaces the cache as a whole and the page offers to reload into it', async () => {
  const root = copyOfDist('update');
  const server = await serve(root);
  try {
    const { page, context, problems } = await openPage(browser, server.url);
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    await controlled(page);
    const first = await page.evaluate(() => caches.keys());

    // A new build: the stylesheet under another name (same bytes, so its integrity holds), a
    // new worker listing it.
    const css = readdirSync(root).find((f) => f.endsWith('.css'));
    const newCss = css.replace(/-[0-9a-f]+\.css$/, '-0000000000000001.css');
    cpSync(join(root, css), join(root, newCss));
    rmSync(join(root, css));
    writeFileSync(join(root, 'index.html'), readFileSync(join(root, 'index.html'), 'utf8').replace(css, newCss));
    writeFileSync(join(root, 'sw.js'), readFileSync(join(root, 'sw.js'), 'utf8')
      .replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'feedfacefeedface'")
      .replace(`"${css}"`, `"${newCss}"`));

    // The old build keeps serving, whole, until the reader chooses to reload.
    await page.reload();
    await page.evaluate(() => window.clippingsReady);
    const notice = page.locator('.update-notice');
    await notice.waitFor({ timeout: 30_000 });
    assert.match(await notice.textContent(), /A new version of Clippings is ready/);
    assert.equal(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('-0000000000000001'))), false);
    await page.screenshot({ path: join(SHOTS, 'update-ready.png') });

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to use it' }).click()]);
    await page.evaluate(() => window.clippingsReady);
    await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes('-0000000000000001')));
    const names = await page.evaluate(() => caches.keys());
    assert.deepEqual(names, ['clippings-feedfacefeedface'], `old caches left: ${names} (was ${first})`);
    assert.equal(await page.locator('.update-notice').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('dist/clippings.html works from file:// alone: search, reader, deep links, no request', async () => {
  const file = join(DIST, 'clippings.html');
  const size = statSync(file).size;
  const url = pathToFileURL(file).href;
  const { page, context, problems } = await openPage(browser, url);
  const requests = [];
  context.on('request', (req) => requests.push(req.url()));
  await page.goto(url);
  await page.evaluate(() => window.clippingsReady);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policy, /unsafe-inline/);

  await searchFor(page, 'kerry');
  await page.locator('.result-link').first().click();
  await page.locator('#reader-headline').waitFor();
  assert.match(page.url(), /#q=kerry&a=/);
  await page.screenshot({ path: join(SHOTS, 'single-file.png') });

  // A deep link opened afresh shows the same article.
  const deep = page.url();
  const headline = await page.locator('#reader-headline').textContent();
  const second = await context.newPage();
  await second.goto(deep);
  await second.evaluate(() => window.clippingsReady);
  assert.equal(await second.locator('#reader-headline').textContent(), headline);
  await second.goBack().catch(() => {});

  assert.deepEqual(problems, []);
  assert.deepEqual([...new Set(requests.map((r) => r.split('#')[0]))], [url], 'the single file loaded something else');
  console.log(`# dist/clippings.html: ${size} bytes`);
  await context.close();
});

test('the build works, offline too, from a subfolder of a static host', async () => {
  const host = join(work, 'host');
  cpSync(DIST, join(host, 'tools', 'clippings'), { recursive: true });
  const server = await serve(host);
  const url = `${server.url}tools/clippings/`;
  const { page, context, problems } = await openPage(browser, server.url);
  await page.goto(url);
  await page.evaluate(() => window.clippingsReady);
  await controlled(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${url}sw.js`);
  await reloadOffline({ page, context, problems }, server, url);
  await context.close();
});
