// One story, one result (README, "Copies"): the same story added twice under two names is one
// result that links its other copy, and the reader names the other copy. The seeds have no
// copies, and adding one to them would change every other test's counts: the copies are added
// in the page, as a reader adds files (the collection is indexed again, copies included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './harness.mjs';

const app = appUnderTest();

const STORY = 'Harbour workers in Aberdeen voted on Tuesday to accept a new pay offer after weeks of '
  + 'talks with the port authority. The union said the deal would raise wages by four per cent this '
  + 'year and protect jobs on the night shift. Managers said ships had been waiting offshore for days '
  + 'and that the vote would let the quays reopen before the winter storms.';

test('a story added twice is one result linking its other copy, and the reader names the copy', async () => {
  const { page, problems, context } = await app.open();
  await page.locator('.import-button input[type=file]').setInputFiles([
    { name: 'dockers.txt', mimeType: 'text/plain', buffer: Buffer.from(`Dockers back pay deal\n\n${STORY}\n`) },
    { name: 'port.txt', mimeType: 'text/plain', buffer: Buffer.from(`Aberdeen port strike ends\n\n${STORY}\n`) },
  ]);
  await page.locator('.import-notice:not(.adding)').waitFor({ timeout: 60_000 });

  const found = await page.evaluate(() => {
    const result = clippings.search('harbour workers');
    return { total: result.total, hits: result.hits.map((h) => [h.id, h.copies]) };
  });
  assert.equal(found.total, 1);
  assert.equal(found.hits.length, 1);
  const [[shown, copies]] = found.hits;
  assert.deepEqual([shown, ...copies].sort(), ['imported/dockers', 'imported/port']);
  const other = copies[0];

  await page.getByRole('searchbox').fill('harbour workers');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.equal(await page.locator('.result .copies').innerText(), `2 copies \u00b7 also as ${other}`);

  await page.locator('.result .copies a').click();
  await page.waitForFunction((id) => new URL(location.href).hash.includes(`a=${encodeURIComponent(id)}`), other);
  await page.locator('.reader .copies').waitFor();
  assert.equal(await page.locator('.reader .copies').innerText(), `Also in the collection as: ${shown}`);
  assert.deepEqual(problems, []);
  await context.close();
});
