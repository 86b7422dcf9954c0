// The debug build's service worker (README, "Offline, from a file, and safe"): a debug build
// served where a release build ran before retires the release worker, so development never sees
// cached files. Costs one debug build of the seeds (target/dist-debug, incremental after the first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launch, openPage, serve, trunkBuild } from './harness.mjs';

const DIST_DEBUG = join(ROOT, 'target', 'dist-debug');

let browser;
let work;
before(async () => {
  const build = trunkBuild(join(ROOT, 'seeds'), DIST_DEBUG, { release: false });
  assert.ok(build.ok, build.output);
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'clippings-debug-'));
});
after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Waits until no service worker controls the page or stays registered and no Clippings cache is
 * left (the debug page registers the retiring worker on every load; it unregisters at once).
 */
async function retired(page) {
  const state = () => page.evaluate(async () => ({
    controlled: navigator.serviceWorker.controller !== null,
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).filter((name) => name.startsWith('clippings-')),
  }));
  const none = { controlled: false, registrations: 0, caches: [] };
  for (let tries = 0; tries < 100; tries += 1) {
    if (JSON.stringify(await state()) === JSON.stringify(none)) return;
    await page.waitForTimeout(200);
  }
  assert.deepEqual(await state(), none, 'a service worker or a cache of the release build is left');
}

test('a debug build retires the release build\'s service worker and its cache', async () => {
  // One address, first serving the release build, then a debug build in its place.
  const site = join(work, 'site');
  cpSync(DIST, site, { recursive: true });
  const server = await serve(site);
  try {
    const { page, context, problems } = await openPage(browser, server.url);
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    assert.equal((await page.evaluate(() => navigator.serviceWorker.getRegistrations())).length, 1);
    assert.equal((await page.evaluate(() => caches.keys())).length, 1);

    rmSync(site, { recursive: true });
    cpSync(DIST_DEBUG, site, { recursive: true });
    // The browser's update check (as on every visit; asked for here, so that no reload of ours
    // races the worker's) finds the debug build's worker, which deletes the caches, unregisters
    // and reloads the page, now from the server.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => document.readyState === 'complete'
      && !document.querySelector('meta[http-equiv="Content-Security-Policy"]'), null, { timeout: 30_000 });
    await page.evaluate(() => window.clippingsReady);
    await retired(page);

    // What the server has now is what the page shows: a reload is no longer answered from a cache.
    await page.reload();
    await page.evaluate(() => window.clippingsReady);
    assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 0, 'an old page came back');
    await retired(page);
    await page.getByRole('searchbox').fill('kerry');
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 2);
    // Two reloads meet at the handover: the release page's js/offline.js reloads when a new
    // worker takes control, and the retiring worker reloads its pages; the second aborts the
    // first, which is recorded as the page's own address failing. Nothing else may be.
    assert.deepEqual(problems.filter((p) => p !== `request failed: ${server.url}`), []);
    await context.close();
  } finally {
    await server.close();
  }
});
