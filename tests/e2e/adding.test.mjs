// Adding articles in the page (README, "Using the explorer"): files dropped anywhere on the page,
// and the notice that names every file refused or not UTF-8 (with the encoding it was read in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './harness.mjs';

const app = appUnderTest();

const notice = (page) => page.locator('.import-notice:not(.adding)');

test('files dropped anywhere on the page are added, linked from the notice and searchable', async () => {
  const { page, problems, context } = await app.open();
  // What the browser does with files dragged from the desktop: dragover, then drop, both with a
  // DataTransfer holding the files. The page must cancel both, or the browser opens the file.
  const cancelled = await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Lighthouse keepers gather in Oban\n\nKeepers of the old lighthouse met on Monday.\n'],
      'lighthouse.txt', { type: 'text/plain' }));
    transfer.items.add(new File([''], 'nothing.txt', { type: 'text/plain' }));
    const target = document.querySelector('.results-pane') ?? document.body;
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(drop);
    return { dragover: over.defaultPrevented, drop: drop.defaultPrevented };
  });
  assert.deepEqual(cancelled, { dragover: true, drop: true });
  await notice(page).waitFor();
  assert.equal(await notice(page).locator('p').innerText(),
    'Added 1 article: lighthouse (kept in this browser until you remove it).');
  assert.deepEqual(await notice(page).locator('li').allInnerTexts(), ['nothing.txt was not added: it is empty.']);

  assert.equal(await page.evaluate(() => clippings.search('lighthouse keepers').total), 1);
  await page.getByRole('searchbox').fill('lighthouse keepers');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.deepEqual(await page.locator('.result-headline').allInnerTexts(), ['Lighthouse keepers gather in Oban']);

  await notice(page).getByRole('link', { name: 'lighthouse' }).click();
  await page.waitForFunction(() => document.querySelector('#reader-headline')?.textContent === 'Lighthouse keepers gather in Oban');
  assert.equal(new URL(page.url()).hash, `#q=lighthouse+keepers&a=${encodeURIComponent('imported/lighthouse')}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file over 8 MB is refused and one that is not UTF-8 is read in its legacy encoding, each named', async () => {
  const { page, problems, context } = await app.open();
  const tooLarge = Buffer.alloc(8 * 1024 * 1024 + 1, 'Words and more words. ');
  const latin1 = Buffer.from('Caf\xe9 owners protest\n\nOwners of the caf\xe9 marched on Monday.\n', 'latin1');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1), 'the Latin-1 file must not be UTF-8');
  await page.locator('.import-button input[type=file]').setInputFiles([
    { name: 'almanac.txt', mimeType: 'text/plain', buffer: tooLarge },
    { name: 'cafe-latin1.txt', mimeType: 'text/plain', buffer: latin1 },
  ]);
  await notice(page).waitFor({ timeout: 60_000 });
  assert.equal(await notice(page).locator('p').innerText(),
    'Added 1 article: cafe-latin1 (kept in this browser until you remove it).');
  assert.deepEqual(await notice(page).locator('li').allInnerTexts(), [
    'cafe-latin1.txt is not valid UTF-8: it was read as windows-1252.',
    'almanac.txt was not added: it is larger than 8 MB.',
  ]);
  const article = await page.evaluate(() => clippings.article('imported/cafe-latin1'));
  assert.equal(article.headline, 'Caf\u00e9 owners protest');
  assert.equal(await page.evaluate(() => clippings.article('imported/almanac')), null);
  assert.equal(await page.evaluate(() => clippings.search('owners marched').total), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
