// The explorer's views on the seeds build (dist/): people and quotes, collection, compare, the
// downloads, and links to each view that reproduce it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS, appUnderTest } from './harness.mjs';

const REUTERS = '000_df0dd7ac4370f8c6';
const PRESS_TV = '003_c854b23d348dd51a';

const app = appUnderTest();

// The hash as a reader would write it: form encoding's `+` for a space, and percent escapes, read.
const hash = (page) => decodeURIComponent(new URL(page.url()).hash.replace(/\+/g, ' '));

test('the view tabs keep the query, and each view is a link that reload and back reproduce', async () => {
  const { page, problems, context } = await app.open('#q=minsk');
  const tabs = page.getByRole('navigation', { name: 'Views' });
  assert.deepEqual(await tabs.getByRole('link').allInnerTexts(), ['Search', 'People and quotes', 'Collection', 'Compare']);
  assert.equal(await tabs.locator('[aria-current="page"]').innerText(), 'Search');

  await tabs.getByRole('link', { name: 'Collection' }).click();
  await page.locator('.collection-view').waitFor();
  assert.equal(hash(page), '#view=collection&q=minsk');
  assert.equal(await tabs.locator('[aria-current="page"]').innerText(), 'Collection');
  assert.match(await page.locator('.overview').innerText(), /articles\s*1 of 2/i);

  await page.reload();
  await page.evaluate(() => window.clippingsReady);
  await page.locator('.collection-view').waitFor();
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'minsk');

  await page.goBack();
  await page.locator('.results').waitFor();
  assert.equal(hash(page), '#q=minsk');
  await page.goForward();
  await page.locator('.collection-view').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('people and quotes lists each speaker with their quotes, each linked to its paragraph', async () => {
  const { page, problems, context } = await app.open('#view=people');
  const kerry = page.locator('table.speakers tbody tr').first();
  assert.deepEqual(await kerry.locator('th, td').allInnerTexts(), ['John Kerry', '11']);
  await kerry.getByRole('link', { name: 'John Kerry' }).click();
  await page.locator('.quote-list').waitFor();
  assert.equal(hash(page), '#view=people&person=John Kerry');
  assert.match(await page.locator('#quotes-heading').innerText(), /^John Kerry said \(11\)$/);
  assert.equal(await page.locator('.quote-list li').count(), 11);
  // The names that appear with him, as a list and as a chart with its numbers.
  const companions = page.locator('.companions');
  assert.ok((await companions.locator('.companion-list a').allInnerTexts()).includes('Russia'));
  assert.equal(await companions.locator('svg[role="img"] rect.bar').count(), await companions.locator('.companion-list li').count());
  await page.screenshot({ path: join(SHOTS, 'people.png'), fullPage: true });

  const first = page.locator('.quote-list li').first();
  const quote = await first.locator('q').innerText();
  await first.locator('a.quote-source').click();
  await page.locator('article.reader').waitFor();
  assert.equal(hash(page), `#a=${REUTERS}&p=0&person=John Kerry`);
  const target = page.locator('.body p.target');
  assert.equal(await target.getAttribute('id'), 'p0');
  assert.ok((await target.innerText()).includes(quote.slice(0, 30)), `${quote} is not in the paragraph shown`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the people view follows the search box: a query narrows its speakers and names', async () => {
  const { page, problems, context } = await app.open('#view=people&q=zzzz');
  assert.match(await page.locator('.speakers-pane').innerText(), /No quote in the matching articles has a known speaker/);
  await page.getByLabel('Search the articles').fill('minsk');
  await page.waitForFunction(() => document.querySelectorAll('table.speakers tbody tr').length === 1);
  const places = await page.locator('.name-counts.place li a').allInnerTexts();
  assert.ok(places.includes('Minsk') && !places.includes('Crimea'), `${places}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the collection view shows the summary, terms, keyword in context sortable by either side, and charts', async () => {
  const { page, problems, context } = await app.open('#view=collection&q=nato');
  assert.match(await page.locator('.overview').innerText(), /articles\s*2 of 2/i);
  assert.ok((await page.locator('.term-list').first().locator('li').count()) > 0);

  const terms = () => page.locator('table.kwic tbody td.term').allInnerTexts();
  assert.deepEqual(await terms(), Array(9).fill('NATO'));
  const rights = () => page.locator('table.kwic tbody td.right').allInnerTexts();
  const asWritten = await rights();
  await page.getByRole('button', { name: 'By the right side' }).click();
  await page.waitForFunction(() => document.querySelector('button[aria-pressed="true"]')?.textContent === 'By the right side');
  const sorted = await rights();
  assert.notDeepEqual(sorted, asWritten);
  const folded = sorted.map((r) => r.toLowerCase().replace(/[^a-z]+/g, ' ').trim());
  assert.deepEqual(folded, [...folded].sort(), 'lines are in the order of their right side');

  // Per source: one bar per source, titled, with its numbers as a table.
  const perSource = page.locator('figure.chart', { has: page.locator('figcaption', { hasText: 'Per source' }) });
  assert.equal(await perSource.locator('rect.bar').count(), 2);
  assert.equal(await perSource.locator('svg').getAttribute('role'), 'img');
  assert.deepEqual(await perSource.locator('tbody th').allTextContents(), ['Press TV', 'Reuters']);
  assert.deepEqual(await perSource.locator('tbody td').allTextContents(), ['5', '4']);
  // The seeds have no publication dates: months come from the dates they mention, and say so.
  assert.match(await page.locator('.charts').innerText(), /No article has a publication date: months are those of the dates the articles mention/);
  await page.screenshot({ path: join(SHOTS, 'collection.png'), fullPage: true });

  await page.locator('table.kwic tbody td.where a').first().click();
  await page.locator('.body p.target').waitFor();
  assert.match(hash(page), /^#q=nato&a=\w+&p=\d+$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare shows what two articles share and what each has alone, marked in both texts', async () => {
  const { page, problems, context } = await app.open(`#view=compare&a=${REUTERS}&b=${PRESS_TV}`);
  const row = (title) => page.locator('table.comparison tbody tr', { has: page.locator('th', { hasText: title }) }).locator('td');
  assert.deepEqual(await row('People').allInnerTexts(), ['\u2014', 'John Kerry', 'Jens Stoltenberg\nViktor Yanukovych\nVladimir Putin']);
  assert.ok((await row('Organisations').nth(1).innerText()).includes('NATO'));
  const texts = page.locator('.compared-text');
  assert.equal(await texts.count(), 2);
  for (const i of [0, 1]) {
    assert.ok((await texts.nth(i).locator('mark.shared').allInnerTexts()).includes('NATO'), `NATO is not marked shared in text ${i}`);
  }
  assert.ok((await texts.nth(1).locator('mark.own').allInnerTexts()).includes('Minsk'));
  await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });

  // Choosing another first article goes to its link.
  await page.getByLabel('First article').selectOption(PRESS_TV);
  await page.waitForFunction((id) => location.hash === `#view=compare&a=${id}&b=${id}`, PRESS_TV);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the matches download as JSON and CSV, and the quotes as CSV', async () => {
  const { page, problems, context } = await app.open('#q=nato');
  const saved = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  };
  const json = await saved(page.getByRole('button', { name: 'JSON' }));
  assert.equal(json.name, 'clippings-matches.json');
  const hits = JSON.parse(json.text);
  assert.deepEqual(hits.map((h) => h.id).sort(), [REUTERS, PRESS_TV].sort());
  assert.deepEqual(hits, await page.evaluate(() => clippings.search('nato', { limit: 100 }).hits));

  const csv = await saved(page.getByRole('button', { name: 'CSV' }));
  assert.equal(csv.name, 'clippings-matches.csv');
  const lines = csv.text.trim().split('\n');
  assert.equal(lines[0], 'id,headline,source,published,score,snippet');
  assert.equal(lines.filter((l) => l.startsWith(REUTERS) || l.startsWith(PRESS_TV)).length, 2);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People and quotes' }).click();
  const quotes = await saved(page.getByRole('button', { name: 'Download the quotes (CSV)' }));
  const rows = quotes.text.trim().split('\n');
  assert.equal(rows[0], 'speaker,quote,article,headline,paragraph');
  assert.ok(rows.slice(1).every((r) => r.startsWith('John Kerry,')), rows.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the facets wait behind a Filters button while the active filters stay shown', async () => {
  const { page, problems, context } = await app.open('#q=kerry+-source:"Reuters"', { viewport: { width: 390, height: 844 }, isMobile: true });
  const toggle = page.getByRole('button', { name: 'Filters' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.facet-group').first().isVisible(), false);
  assert.equal(await page.locator('.active-filters .chip').isVisible(), true, 'the active filter is shown');
  const box = await toggle.boundingBox();
  assert.ok(box.height >= 44, `the button is ${box.height} px high`);
  await toggle.click();
  assert.equal(await page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('.facet-group').first().isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a wide screen the facets show without a button', async () => {
  const { page, problems, context } = await app.open('#q=kerry', { viewport: { width: 1280, height: 900 } });
  await page.locator('.facet-group').first().waitFor();
  assert.equal(await page.locator('.filters-toggle').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});
