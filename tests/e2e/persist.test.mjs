// Added articles stay (README, "Using the explorer"): kept in the browser's storage (IndexedDB)
// and added back after a reload, marked "added", until the reader removes them (one, or all); a
// refused import loses none of them; where the browser keeps nothing, or its storage is full,
// the page says so in words. On the release build of the seeds in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appUnderTest, DIST, openPage } from './harness.mjs';

const app = appUnderTest();

const notice = (page) => page.locator('.import-notice:not(.adding)');
const addedCount = (page) => page.locator('.added-articles p').first();

const TIDEPOOL = 'Tidepool survey counts rare crabs\n\nVolunteers counted the crabs of the Quillan tidepools on Sunday.\n';
const KILN = 'Pottery kiln reopens in Marwick\n\nThe old kiln of Marwick was lit again for the village fair.\n';

async function addFiles(page, files) {
  await page.locator('.import-button input[type=file]').setInputFiles(
    files.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) })));
  await notice(page).waitFor({ timeout: 60_000 });
}

async function reload(page) {
  await page.reload();
  await page.evaluate(() => window.clippingsReady);
}

/** Waits until the articles kept in the browser are back (or until the page says none are). */
async function keptAfterReload(page, count) {
  await reload(page);
  if (count > 0) {
    await page.waitForFunction((n) => document.querySelector('.added-articles p')?.textContent.startsWith(`Added articles (${n})`), count);
  } else {
    // Nothing to wait for: give the start a moment to bring back anything it (wrongly) kept.
    await page.waitForTimeout(300);
  }
}

test('an added article is still there after a reload, searchable and marked added, until it is removed', async () => {
  const { page, problems, context } = await app.open();
  await addFiles(page, [['tidepool.txt', TIDEPOOL]]);
  assert.equal(await notice(page).locator('p').innerText(),
    'Added 1 article: tidepool (kept in this browser until you remove it).');

  await keptAfterReload(page, 1);
  assert.equal(await addedCount(page).innerText(), 'Added articles (1) Remove all added articles');
  assert.equal(await page.evaluate(() => clippings.search('quillan crabs').total), 1);
  await page.getByRole('searchbox').fill('quillan crabs');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.deepEqual(await page.locator('.result .badge.added').allInnerTexts(), ['added']);
  await page.locator('.result-link').click();
  await page.waitForFunction(() => document.querySelector('#reader-headline')?.textContent === 'Tidepool survey counts rare crabs');
  assert.deepEqual(await page.locator('.reader .badge.added').allInnerTexts(), ['added']);

  await page.locator('.reader').getByRole('button', { name: 'Remove' }).click();
  await page.waitForFunction(() => !document.querySelector('.reader'));
  assert.equal(new URL(page.url()).hash, '#q=quillan+crabs', 'the removed article is closed');
  assert.equal(await page.evaluate(() => clippings.article('imported/tidepool')), null);
  assert.equal(await page.locator('.result').count(), 0);
  assert.equal(await page.locator('.added-articles').count(), 0);

  await keptAfterReload(page, 0);
  assert.equal(await page.evaluate(() => clippings.article('imported/tidepool')), null);
  assert.equal(await page.evaluate(() => clippings.search('quillan crabs').total), 0);
  assert.equal(await page.locator('.added-articles').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a seed article is not marked added and has no Remove', async () => {
  const { page, problems, context } = await app.open();
  const id = await page.evaluate(() => clippings.articles()[0].id);
  await page.goto(`${page.url().split('#')[0]}#a=${encodeURIComponent(id)}`);
  await page.locator('#reader-headline').waitFor();
  assert.equal(await page.locator('.badge.added').count(), 0);
  assert.equal(await page.locator('.reader').getByRole('button', { name: 'Remove' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Remove all added articles" takes every added article away, after a reload too', async () => {
  const { page, problems, context } = await app.open();
  await addFiles(page, [['tidepool.txt', TIDEPOOL], ['kiln.txt', KILN]]);
  await keptAfterReload(page, 2);
  assert.equal(await page.evaluate(() => clippings.search('marwick kiln').total), 1);
  await page.goto(`${page.url().split('#')[0]}#a=${encodeURIComponent('imported/kiln')}`);
  await page.locator('#reader-headline').waitFor();

  await page.getByRole('button', { name: 'Remove all added articles' }).click();
  await page.waitForFunction(() => !document.querySelector('.added-articles'));
  assert.equal(await page.locator('.reader').count(), 0, 'the open added article is closed');
  assert.equal(await page.evaluate(() => clippings.search('marwick kiln').total), 0);
  assert.equal(await page.evaluate(() => clippings.search('quillan crabs').total), 0);
  assert.ok(await page.evaluate(() => clippings.articles().length) > 0, 'the collection stays');

  await keptAfterReload(page, 0);
  assert.equal(await page.evaluate(() => clippings.article('imported/kiln')), null);
  assert.equal(await page.evaluate(() => clippings.article('imported/tidepool')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a refused import after a kept article keeps the kept one', async () => {
  const { page, problems, context } = await app.open();
  await addFiles(page, [['tidepool.txt', TIDEPOOL]]);
  await page.locator('.import-notice .dismiss').click();
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
  await addFiles(page, [
    ['almanac.txt', Buffer.alloc(8 * 1024 * 1024 + 1, 'Words and more words. ')],
    ['photo.jpg', junk],
  ]);
  assert.equal(await notice(page).locator('p').innerText(), 'No articles were added.');
  assert.deepEqual(await notice(page).locator('li').allInnerTexts(), [
    'almanac.txt was not added: it is larger than 8 MB.',
    'photo.jpg was not added: it is not text.',
  ]);

  await keptAfterReload(page, 1);
  assert.equal(await page.evaluate(() => clippings.search('quillan crabs').total), 1);
  assert.equal(await page.evaluate(() => clippings.article('imported/almanac')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('where the browser refuses storage the page works and says added articles will not be kept', async () => {
  const { page, problems, context } = await app.open('', {});
  // What a sandboxed frame or a browser that keeps nothing for file:// does.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); },
    });
  });
  await reload(page);
  const line = page.locator('.added-articles .not-kept');
  await line.waitFor();
  assert.equal(await line.innerText(),
    'Added articles will not be kept after the page is closed: this browser does not allow storage for this page.');
  assert.ok(await page.evaluate(() => clippings.search('kerry').total) > 0, 'the collection still works');

  await addFiles(page, [['tidepool.txt', TIDEPOOL]]);
  assert.equal(await notice(page).locator('p').innerText(),
    'Added 1 article: tidepool (not kept after the page is closed: this browser does not allow storage for this page).');
  assert.equal(await line.count(), 0, 'the import notice says it once');
  assert.equal(await page.evaluate(() => clippings.search('quillan crabs').total), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage is said in words and the article stays for the visit', async () => {
  const { page, problems, context } = await app.open();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addFiles(page, [['tidepool.txt', TIDEPOOL]]);
  assert.equal(await notice(page).locator('p').innerText(),
    "Added 1 article: tidepool (not kept after the page is closed: the browser's storage for this page is full).");
  assert.equal(await page.evaluate(() => clippings.search('quillan crabs').total), 1);
  await keptAfterReload(page, 0);
  assert.equal(await page.evaluate(() => clippings.article('imported/tidepool')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('dist/clippings.html opened from file:// keeps added articles where Chromium allows it', async () => {
  const url = pathToFileURL(join(DIST, 'clippings.html')).href;
  const { page, problems, context } = await openPage(app.browser, url);
  await page.goto(url);
  await page.evaluate(() => window.clippingsReady);
  await addFiles(page, [['kiln.txt', KILN]]);
  assert.equal(await notice(page).locator('p').innerText(),
    'Added 1 article: kiln (kept in this browser until you remove it).');
  await keptAfterReload(page, 1);
  assert.equal(await page.evaluate(() => clippings.search('marwick kiln').total), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
