// Filters in the Search view (README, "Using the explorer"): each facet value includes or
// excludes, the query's filters show as chips that remove themselves, "Clear all", the folder
// facet, and the links out of no results. All of them are links, so the address says it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './harness.mjs';

const REUTERS_HEADLINE = "Kerry: NATO territory inviolable - 'We will defend every single piece'";

const app = appUnderTest();

const headlines = (page) => page.locator('.result-headline').allInnerTexts();
const resultsAre = (page, count) =>
  page.waitForFunction((n) => document.querySelectorAll('.result').length === n, count);
const hash = (page) => decodeURIComponent(new URL(page.url()).hash.replaceAll('+', ' '));
const query = (text) => `#q=${encodeURIComponent(text)}`;

test('excluding a source from its facet leaves the other sources, and its chip reads "not"', async () => {
  const { page, problems, context } = await app.open('#q=kerry');
  await resultsAre(page, 2);
  await page.locator('.facet-group.source .facet-value', { hasText: 'Reuters' })
    .getByRole('link', { name: 'exclude Reuters' }).click();
  await resultsAre(page, 1);
  assert.equal(hash(page), '#q=kerry -source:"Reuters"');
  assert.ok(!(await headlines(page)).includes(REUTERS_HEADLINE));
  const chip = page.locator('.active-filters .chip.negated');
  assert.match(await chip.innerText(), /source:\s*not Reuters/);
  // The excluded source still shows in its group, as excluded, with a way to include it instead.
  const excluded = page.locator('.facet-group.source .facet.excluded');
  assert.match(await excluded.innerText(), /not\s*Reuters/);
  assert.equal(await excluded.getAttribute('aria-current'), 'true');

  await chip.click();
  await resultsAre(page, 2);
  assert.equal(hash(page), '#q=kerry');
  assert.equal(await page.locator('.active-filters').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chip removes its own filter and clear all keeps only the words', async () => {
  const { page, problems, context } = await app.open(query('kerry place:"Ukraine" -source:"Press TV"'));
  await resultsAre(page, 1);
  assert.equal(await page.locator('.active-filters .chip').count(), 2);
  await page.locator('.active-filters .chip', { hasText: 'Ukraine' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.active-filters .chip').length === 1);
  assert.equal(await page.inputValue('#search-input'), 'kerry -source:"Press TV"');

  await page.goto(app.server.url + query('kerry place:"Ukraine" -source:"Press TV"'));
  await resultsAre(page, 1);
  await page.getByRole('link', { name: 'Clear all' }).click();
  await resultsAre(page, 2);
  assert.equal(await page.inputValue('#search-input'), 'kerry');
  assert.equal(hash(page), '#q=kerry');
  assert.deepEqual(problems, []);
  await context.close();
});

test('facet links say their state with aria-current, and their names hold their visible words', async () => {
  const { page, problems, context } = await app.open(query('kerry place:"Ukraine"'));
  await resultsAre(page, 2);
  const links = await page.locator('.facets a').evaluateAll((all) => all.map((a) => ({
    text: a.innerText.replace(/\s+/g, ' ').replace('\u2715', '').trim(),
    pressed: a.getAttribute('aria-pressed'),
    label: a.getAttribute('aria-label'),
    current: a.getAttribute('aria-current'),
  })));
  assert.ok(links.length > 5);
  assert.deepEqual(links.filter((l) => l.pressed !== null || l.label !== null), []);
  assert.deepEqual(links.filter((l) => l.current === 'true').map((l) => l.text), ['Ukraine 2']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('articles added in the page are the folder "imported", which the folder facet includes or excludes', async () => {
  const { page, problems, context } = await app.open();
  await page.locator('.import-button input[type=file]').setInputFiles([
    { name: 'quay.txt', mimeType: 'text/plain', buffer: Buffer.from('Quay repairs begin\n\nWorkers began on the old quay on Monday.\n') },
    { name: 'tide.txt', mimeType: 'text/plain', buffer: Buffer.from('Tide tables printed\n\nThe harbour office printed the tide tables.\n') },
  ]);
  await page.locator('.import-notice:not(.adding)').waitFor();
  await resultsAre(page, 4);
  const folder = page.locator('.facet-group.folder .facet', { hasText: 'imported' });
  assert.match(await folder.innerText(), /imported\s*2/);
  await folder.click();
  await resultsAre(page, 2);
  assert.equal(hash(page), '#q=folder:"imported"');
  assert.deepEqual((await headlines(page)).sort(), ['Quay repairs begin', 'Tide tables printed']);

  await page.locator('.facet-group.folder').getByRole('link', { name: 'exclude imported' }).click();
  await page.waitForFunction(() => location.hash.includes('-folder'));
  await resultsAre(page, 2);
  assert.equal(hash(page), '#q=-folder:"imported"');
  assert.ok(!(await headlines(page)).includes('Quay repairs begin'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('no results offer the did-you-mean and the query without each filter', async () => {
  const { page, problems, context } = await app.open(query('natp source:"Nowhere Times"'));
  await resultsAre(page, 0);
  const without = page.locator('.no-results .drop-filters a');
  assert.deepEqual(await without.allInnerTexts(), ['without source:"Nowhere Times"']);
  assert.equal(await page.locator('.suggestion a').count(), 1);
  await without.click();
  await page.waitForFunction(() => document.querySelector('#search-input').value === 'natp');
  assert.equal(hash(page), '#q=natp');
  await page.locator('.suggestion a').click();
  await resultsAre(page, 2);
  assert.equal(await page.inputValue('#search-input'), 'nato');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the box hints at the collection\'s own names, and date orders show only where they can change something', async () => {
  const { page, problems, context } = await app.open();
  assert.equal(await page.getByRole('searchbox').getAttribute('placeholder'),
    'Try \u201CJohn Kerry\u201D or \u201Csource:"Press TV"\u201D');
  assert.deepEqual(await page.locator('.sort-choice').allInnerTexts(), ['Best match', 'Newest', 'Oldest']);
  await page.locator('.import-button input[type=file]').setInputFiles([
    { name: 'quay.txt', mimeType: 'text/plain', buffer: Buffer.from('Quay repairs begin\n\nWorkers began on the old quay.\n') },
  ]);
  await page.locator('.import-notice:not(.adding)').waitFor();
  await page.getByRole('searchbox').fill('quay');
  await resultsAre(page, 1);
  assert.deepEqual(await page.locator('.sort-choice').allInnerTexts(), ['Best match']);
  assert.match(await page.locator('.sort').innerText(), /no dates to order by/);
  assert.deepEqual(problems, []);
  await context.close();
});
