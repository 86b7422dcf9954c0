// The last word as a prefix only while it is typed, and "Showing results for" when typo
// tolerance widened a word: on the two seed articles, in the real page (dist/) in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appUnderTest, axeViolations, SHOTS } from './harness.mjs';

const REUTERS = '000_df0dd7ac4370f8c6';
const REUTERS_HEADLINE = "Kerry: NATO territory inviolable - 'We will defend every single piece'";
const PRESS_TV_HEADLINE = "Kerry calls for 'robust' NATO posture near Russia";

const app = appUnderTest();
const open = (hash) => app.open(hash, { viewport: { width: 1280, height: 900 } });

const headlines = (page) => page.locator('.result-headline').allInnerTexts();

/** Waits until the result count names `query` and the page lists `count` results. */
async function answered(page, query, count) {
  await page.waitForFunction(
    ([q, n]) => document.querySelector('#result-count')?.textContent.includes(q.trim())
      && document.querySelectorAll('.result').length === n,
    [query, count],
  );
  return headlines(page);
}

test('a word cut short finds its article while typed in the box, but not from the address', async () => {
  const { page, problems, context } = await open();
  await page.fill('#search-input', 'invio');
  assert.deepEqual(await answered(page, 'invio', 1), [REUTERS_HEADLINE]);
  assert.deepEqual(await page.locator('.result .snippet mark').allInnerTexts(), ['inviolable']);
  // Opening the result keeps the results and the marks as typed.
  await page.locator('.result-link').first().click();
  await page.locator('article.reader').waitFor();
  assert.equal(new URL(page.url()).hash, `#q=invio&a=${REUTERS}`);
  assert.deepEqual(await headlines(page), [REUTERS_HEADLINE]);
  assert.ok((await page.locator('article.reader .body mark').allInnerTexts()).includes('inviolable'));

  // The same address reloaded, or sent as a link, reads the word whole: nothing has it.
  await page.reload();
  await page.evaluate(() => window.clippingsReady);
  await page.locator('article.reader').waitFor();
  assert.deepEqual(await answered(page, 'invio', 0), []);
  assert.equal(await page.locator('article.reader .body mark').count(), 0, 'nothing is marked');
  const sent = await open('#q=invio');
  assert.deepEqual(await answered(sent.page, 'invio', 0), []);

  // Typing again completes it again.
  await page.fill('#search-input', 'inviol');
  assert.deepEqual(await answered(page, 'inviol', 1), [REUTERS_HEADLINE]);

  assert.equal(await page.evaluate(() => window.clippings.search('invio').total), 1);
  assert.equal(await page.evaluate(() => window.clippings.search('invio', { prefix: false }).total), 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(sent.problems, []);
  await sent.context.close();
  await context.close();
});

test('a misspelt name shows what was searched, and the link searches it as typed', async () => {
  const { page, problems, context } = await open();
  await page.fill('#search-input', 'Yanukovich');
  assert.deepEqual(await answered(page, 'Yanukovich', 1), [PRESS_TV_HEADLINE]);
  const notice = page.locator('.widened');
  assert.equal(
    await notice.innerText(),
    'Showing results for yanukovych. Search instead for "Yanukovich"',
  );
  assert.equal(await page.locator('.suggestion').count(), 0, 'did you mean does not say it again');
  await page.screenshot({ path: join(SHOTS, 'widened.png') });
  await notice.locator('a').click();
  assert.deepEqual(await answered(page, '"Yanukovich"', 0), []);
  assert.equal(await page.inputValue('#search-input'), '"Yanukovich"');
  assert.equal(await page.locator('.widened').count(), 0);

  assert.deepEqual(await page.evaluate(() => window.clippings.search('Yanukovich').widened), {
    showing: 'yanukovych',
    including: [],
    instead: '"Yanukovich"',
  });
  assert.equal(await page.evaluate(() => window.clippings.search('Yanukovych').widened), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the notice passes axe and its link is big enough for a finger', async () => {
  const { page, problems, context } = await app.open('#q=Yanukovich', {
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
  });
  const link = page.locator('.widened a');
  await link.waitFor();
  assert.ok((await link.boundingBox()).height >= 44);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SHOTS, 'widened-phone.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a search without facets gives the same hits and no counts', async () => {
  const { page, problems, context } = await open();
  const [withFacets, without] = await page.evaluate(() => [
    window.clippings.search('kerry'),
    window.clippings.search('kerry', { facets: false }),
  ]);
  assert.deepEqual(without.hits, withFacets.hits);
  assert.equal(withFacets.facets.people['John Kerry'], 2);
  assert.deepEqual(without.facets, { source: {}, people: {}, places: {}, organizations: {}, folders: {} });
  assert.deepEqual(problems, []);
  await context.close();
});
