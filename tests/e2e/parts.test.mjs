// A collection built in parts (issue 14): the page holds only the directory and fetches the
// parts a search's words need; the service worker keeps each part fetched, so that a search
// answered once is answered offline; and a search whose parts were never fetched says, offline,
// that its results lack them instead of showing fewer results as if they were all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHOTS, launch, openPage, serve, trunkBuild } from './harness.mjs';

/** Six articles, one a part: each word below is in one article only. */
const ARTICLES = {
  'harbour.txt': 'Harbour strike closes the port\n\nDockers in Lisbon walked out on Monday over pay, closing the harbour to ships.\n',
  'volcano.txt': 'Volcano erupts near Reykjavik\n\nA volcano erupted on Tuesday, sending ash over the fjords and grounding flights.\n',
  'orchard.txt': 'Orchard harvest falls short\n\nApple growers in Kent said a late frost cut the orchard harvest by a third.\n',
  'chess.txt': 'Chess prodigy wins title\n\nA twelve-year-old won the national chess title in Glasgow on Sunday.\n',
  'tramway.txt': 'Tramway reopens after repairs\n\nThe city tramway carried passengers again on Friday after months of repairs.\n',
  'glacier.txt': 'Glacier retreat measured\n\nScientists said the glacier had retreated forty metres since last summer.\n',
};

let work;
let dist;
let browser;
let build;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'clippings-parts-'));
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(seeds, name), text);
  dist = join(work, 'dist');
  build = trunkBuild(seeds, dist, { env: { CLIPPINGS_PARTS: '1', CLIPPINGS_PART_ARTICLES: '1' } });
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The parts requested, by the page or by its service worker on its behalf (each request is
 * seen from both), as a set of paths. */
function partRequests(context) {
  const seen = new Set();
  context.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.startsWith('/parts/')) seen.add(path);
  });
  return seen;
}

async function searchFor(page, query) {
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((q) => document.querySelector('#result-count')?.textContent.includes(q), query);
}

test('the build writes the parts beside the page and no single file', () => {
  assert.ok(build.ok, build.output);
  assert.match(build.output, /built in 6 parts of up to 1/);
  assert.equal(readdirSync(join(dist, 'parts')).length, 6);
  assert.ok(!existsSync(join(dist, 'clippings.html')), 'a collection in parts has no single file');
});

test('a search fetches only the parts its words need, and answers as the whole collection', async () => {
  const server = await serve(dist);
  try {
    const { page, context, problems } = await openPage(browser, server.url);
    const requested = partRequests(context);
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    const notice = page.locator('.parts-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /0 of the collection's 6 parts are on this device/);
    assert.equal(requested.size, 0, 'nothing fetched before a search');

    await searchFor(page, 'volcano');
    await page.locator('.result').first().waitFor();
    assert.equal(await page.locator('.result').count(), 1);
    assert.match(await page.locator('.result-link').first().textContent(), /Volcano erupts/);
    assert.equal(requested.size, 1, `one part for one article's word: ${[...requested]}`);
    await page.screenshot({ path: join(SHOTS, 'parts-search.png') });

    // Through the API: another word's part, then the same answer as the whole collection.
    const fetched = await page.evaluate(() => clippings.fetchParts('glacier'));
    assert.deepEqual(fetched, { parts: 6, here: 2, needed: 1, leftOut: 0, fetched: 1, failed: 0 });
    assert.deepEqual(await page.evaluate(() => clippings.search('glacier').hits.map((h) => h.id)), ['glacier']);
    assert.equal(await page.evaluate(() => clippings.search('volcano OR glacier').total), 2);
    assert.deepEqual(problems, []);
  } finally {
    await server.close();
  }
});

test('offline after a visit, fetched parts answer and a search whose parts were never fetched says so', async () => {
  const server = await serve(dist);
  const { page, context, problems } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.evaluate(() => window.clippingsReady);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await searchFor(page, 'orchard');
  await page.locator('.result').first().waitFor();

  await server.close();
  await context.setOffline(true);
  await page.goto(`${server.url}#q=orchard`);
  await page.evaluate(() => window.clippingsReady);
  await page.locator('.result').first().waitFor();
  assert.match(await page.locator('.result-link').first().textContent(), /Orchard harvest/);

  await searchFor(page, 'tramway');
  const alert = page.locator('.parts-notice.unavailable');
  await alert.waitFor();
  assert.match(await alert.textContent(), /needs 1 part of the collection that could not be fetched: you may be offline/);
  assert.match(await alert.textContent(), /only from the 1 of 6 parts here/);
  assert.equal(await page.locator('.result').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'parts-offline.png') });
  // The failed request for the never-fetched part (and the browser's console line for it) is
  // what offline means; nothing else failed.
  const offline = /request failed: .*\/parts\/|console: Failed to load resource: net::ERR_FAILED/;
  assert.deepEqual(problems.filter((p) => !offline.test(p)), []);
  assert.equal(problems.filter((p) => /request failed/.test(p)).length > 0, true);
  await context.close();
});

test('fetching every part on request answers every search offline', async () => {
  const server = await serve(dist);
  const { page, context, problems } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.evaluate(() => window.clippingsReady);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.getByRole('button', { name: /^Fetch every part \(\d+ KB\)$/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 6);
  assert.equal(await page.locator('.parts-notice').count(), 0, 'the whole collection is here');

  await server.close();
  await context.setOffline(true);
  await page.goto(`${server.url}#q=chess`);
  await page.evaluate(() => window.clippingsReady);
  await page.locator('.result').first().waitFor();
  assert.match(await page.locator('.result-link').first().textContent(), /Chess prodigy/);
  await searchFor(page, 'harbour');
  await page.locator('.result-link', { hasText: 'Harbour strike' }).waitFor();
  assert.equal(await page.locator('.parts-notice.unavailable').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
