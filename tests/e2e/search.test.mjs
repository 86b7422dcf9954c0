// The query language and the search features in the real page, on the two seed articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appUnderTest, SHOTS } from './harness.mjs';

const REUTERS_HEADLINE = "Kerry: NATO territory inviolable - 'We will defend every single piece'";
const PRESS_TV_HEADLINE = "Kerry calls for 'robust' NATO posture near Russia";

const app = appUnderTest();
const open = (hash) => app.open(hash, { viewport: { width: 1280, height: 900 } });

const headlines = (page) => page.locator('.result-headline').allInnerTexts();

/** Types a query and waits until the result count says the page has answered it. */
async function search(page, query, count) {
  await page.fill('#search-input', query);
  await page.waitForFunction(
    ([q, n]) => document.querySelector('#result-count')?.textContent.includes(q.trim())
      && document.querySelectorAll('.result').length === n,
    [query, count],
  );
  return headlines(page);
}

test('a typo, a phrase, an exclusion and OR each find what they should', async () => {
  const { page, problems, context } = await open();
  assert.deepEqual(await search(page, 'stoltenbreg', 1), [PRESS_TV_HEADLINE]);
  assert.deepEqual(await page.locator('.snippet mark').allInnerTexts(), ['Stoltenberg']);

  assert.deepEqual(await search(page, '"energy independence"', 1), [REUTERS_HEADLINE]);
  const marks = await page.locator('.snippet mark').allInnerTexts();
  assert.ok(marks.includes('energy') && marks.includes('independence'), marks.join());
  assert.deepEqual(await search(page, '"independence energy"', 0), []);

  assert.deepEqual(await search(page, 'kerry -minsk', 1), [REUTERS_HEADLINE]);
  assert.deepEqual(await search(page, 'kerry -"energy independence"', 1), [PRESS_TV_HEADLINE]);
  // OR: each article is found by its own word, and one side alone is enough.
  await search(page, 'minsk OR inviolable', 2);
  const found = await page.locator('.result').evaluateAll((results) => results.map((r) => [
    r.querySelector('.result-headline').textContent,
    [...new Set([...r.querySelectorAll('.snippet mark')].map((m) => m.textContent.toLowerCase()))],
  ]).sort());
  assert.deepEqual(found, [[PRESS_TV_HEADLINE, ['minsk']], [REUTERS_HEADLINE, ['inviolable']]]);
  assert.deepEqual(await search(page, 'minsk OR zzzz', 1), [PRESS_TV_HEADLINE]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('field filters narrow, and facet counts cover every match', async () => {
  const { page, problems, context } = await open();
  assert.deepEqual(await search(page, 'nato source:"press tv"', 1), [PRESS_TV_HEADLINE]);
  assert.deepEqual(await search(page, 'org:nato place:crimea', 1), [REUTERS_HEADLINE]);

  await search(page, 'kerry', 2);
  const count = (group, name) =>
    page.locator(`.facet-group.${group} .facet`, { hasText: name }).locator('.facet-count').innerText();
  assert.equal(await count('person', 'John Kerry'), '2');
  assert.equal(await count('place', 'Ukraine'), '2');
  assert.equal(await count('org', 'NATO'), '2');
  // The JavaScript API gives the same counts.
  const facets = await page.evaluate(() => window.clippings.search('kerry', { limit: 1 }).facets);
  assert.equal(facets.people['John Kerry'], 2);
  assert.equal(facets.places.Minsk, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('did you mean offers a better query; the link searches it', async () => {
  const { page, problems, context } = await open();
  await search(page, 'natp', 0);
  const suggestion = page.locator('.suggestion a');
  assert.equal(await suggestion.innerText(), 'nato');
  await page.screenshot({ path: join(SHOTS, 'did-you-mean.png') });
  await suggestion.click();
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 2);
  assert.equal(await page.inputValue('#search-input'), 'nato');
  assert.equal(await page.locator('.suggestion').count(), 0);
  assert.equal(await page.evaluate(() => window.clippings.search('natp').suggestion), 'nato');
  assert.equal(await page.evaluate(() => window.clippings.search('nato').suggestion), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the reader lists related articles, and the order of results is in the address', async () => {
  const { page, problems, context } = await open();
  await search(page, 'inviolable', 1);
  await page.locator('.result-link').first().click();
  const related = page.locator('.related li a:not(.compare-link)');
  await related.first().waitFor();
  assert.deepEqual(await related.allInnerTexts(), [PRESS_TV_HEADLINE]);
  // Each related article can be compared with the open one.
  assert.equal(
    await page.locator('.related li a.compare-link').getAttribute('href'),
    '#view=compare&q=inviolable&a=000_df0dd7ac4370f8c6&b=003_c854b23d348dd51a',
  );
  await page.screenshot({ path: join(SHOTS, 'related.png') });
  await related.first().click();
  await page.waitForFunction((h) => document.querySelector('#reader-headline')?.textContent === h, PRESS_TV_HEADLINE);
  const api = await page.evaluate(() => window.clippings.related('000_df0dd7ac4370f8c6', { limit: 5 }).map((h) => h.id));
  assert.deepEqual(api, ['003_c854b23d348dd51a']);
  assert.deepEqual(await page.evaluate(() => window.clippings.related('no such id')), []);

  // The seeds have no dates, so the page offers no date order; the address still sets one.
  await page.evaluate(() => { location.hash += '&sort=newest'; });
  await page.waitForFunction(() => document.querySelector('.sort-choice.current')?.textContent === 'Newest');
  assert.equal(await page.locator('.sort-choice.current').innerText(), 'Newest');
  await page.reload();
  await page.evaluate(() => window.clippingsReady);
  assert.equal(await page.locator('.sort-choice.current').innerText(), 'Newest');
  const sorted = await page.evaluate(() => window.clippings.search('', { sort: 'newest' }).total);
  assert.equal(sorted, 2);
  // An unknown sort is relevance, never an error.
  assert.equal(await page.evaluate(() => window.clippings.search('kerry', { sort: 'sideways', limit: 1 }).hits.length), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
