// The real page: `trunk build --release` output (dist/), served on 127.0.0.1, in Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHOTS, appUnderTest, assertInert } from './harness.mjs';

const REUTERS = '000_df0dd7ac4370f8c6';
const PRESS_TV = '003_c854b23d348dd51a';
const REUTERS_HEADLINE = "Kerry: NATO territory inviolable - 'We will defend every single piece'";

const app = appUnderTest();
const open = app.open;

const headlines = (page) => page.locator('.result-headline').allInnerTexts();

test('typing narrows the results as the user types', async () => {
  const { page, problems, context } = await open();
  assert.equal((await headlines(page)).length, 2);
  await page.getByLabel('Search the articles').pressSequentially('Minsk');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.deepEqual(await headlines(page), ["Kerry calls for 'robust' NATO posture near Russia"]);
  assert.deepEqual(await page.locator('.snippet mark').allInnerTexts(), ['Minsk', 'Minsk']);
  assert.match(await page.locator('[aria-live="polite"]').innerText(), /1 article matches .Minsk./);

  await page.getByLabel('Search the articles').fill('inviolable');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1
    && document.querySelector('.result-headline').textContent.startsWith('Kerry: NATO'));
  assert.deepEqual(await headlines(page), ["Kerry: NATO territory inviolable - 'We will defend every single piece'"]);

  await page.getByLabel('Search the articles').fill('zzzz');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 0);
  assert.match(await page.locator('#result-count').innerText(), /No articles match/);
  await page.screenshot({ path: join(SHOTS, 'no-results.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening a result shows dateline and credits; reload and back restore the state', async () => {
  const { page, problems, context } = await open();
  await page.getByLabel('Search the articles').fill('inviolable');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  await page.locator('.result-link').first().click();
  const reader = page.locator('article.reader');
  await reader.waitFor();
  assert.match(await reader.locator('.reader-meta').innerText(), /WASHINGTON \(Reuters\)/);
  assert.match(await reader.locator('.credits').innerText(), /Reporting\s+David Brunnstrom, Doina Chiacu/);
  assert.match(await reader.locator('.credits').innerText(), /Editing\s+Sandra Maler/);
  assert.ok((await reader.locator('.body mark').allInnerTexts()).includes('inviolable'));
  assert.equal(await reader.locator('details.boilerplate').getAttribute('open'), null, 'furniture starts collapsed');
  assert.equal(new URL(page.url()).hash, `#q=inviolable&a=${REUTERS}`);
  await page.screenshot({ path: join(SHOTS, 'reader-wide.png'), fullPage: true });

  await page.reload();
  await page.evaluate(() => window.clippingsReady);
  await page.locator('article.reader').waitFor();
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'inviolable');
  assert.match(await page.locator('#reader-headline').innerText(), /Kerry: NATO territory inviolable/);
  assert.equal((await headlines(page)).length, 1);

  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('article.reader'));
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'inviolable');
  assert.equal(new URL(page.url()).hash, '#q=inviolable');
  await page.goForward();
  await page.locator('article.reader').waitFor();
  assert.equal(await page.locator('#reader-headline').innerText(), REUTERS_HEADLINE);
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'inviolable');
  assert.deepEqual(await headlines(page), [REUTERS_HEADLINE]);
  assert.equal(new URL(page.url()).hash, `#q=inviolable&a=${REUTERS}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Press TV reader shows its caption with the AFP credit', async () => {
  const { page, problems, context } = await open(`#q=minsk&a=${PRESS_TV}`);
  const caption = page.locator('figure.caption');
  await caption.waitFor();
  assert.match(await caption.innerText(), /Jens Stoltenberg \(L\) walks with US Secretary of State John Kerry/);
  assert.match(await caption.innerText(), /Photo: AFP/i);
  assert.equal(await page.locator('.reader-meta .source').innerText(), 'PRESS TV'.toUpperCase());
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the reader takes the screen and links back to the results', async () => {
  const { page, problems, context } = await open(`#q=putin&a=${PRESS_TV}`, { viewport: { width: 390, height: 844 }, isMobile: true });
  await page.locator('article.reader').waitFor();
  assert.equal(await page.locator('.results-pane').isVisible(), false);
  await page.screenshot({ path: join(SHOTS, 'reader-phone.png') });
  await page.getByRole('button', { name: /matching paragraph/ }).click();
  await page.waitForFunction(() => {
    const rect = document.querySelector('.body p.hit').getBoundingClientRect();
    return window.scrollY > 0 && rect.top >= 0 && rect.top < window.innerHeight;
  });
  await page.getByRole('link', { name: /Results/ }).click();
  await page.waitForFunction(() => !document.querySelector('article.reader'));
  assert.equal((await headlines(page)).length, 1);
  assert.equal(await page.locator('.results-pane').isVisible(), true);
  await page.screenshot({ path: join(SHOTS, 'results-phone.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard alone searches, moves through results, opens and closes an article', async () => {
  const { page, problems, context } = await open();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await page.keyboard.type('kerry');
  await page.waitForFunction(() => /2 articles match/.test(document.querySelector('#result-count').textContent));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(focused, (await headlines(page))[1]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('article.reader').waitFor();
  assert.equal(await page.locator('#reader-headline').innerText(), (await headlines(page))[0]);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('article.reader'));
  assert.equal(new URL(page.url()).hash, '#q=kerry');
  assert.deepEqual(problems, []);
  await context.close();
});

test('window.clippings keeps to CONTRACT.md', async () => {
  const { page, problems, context } = await open();
  const kerry = await page.evaluate(() => clippings.search('kerry'));
  assert.equal(kerry.total, 2);
  assert.deepEqual(kerry.hits.map((h) => h.id).sort(), [REUTERS, PRESS_TV]);
  assert.equal(kerry.suggestion, null);
  assert.equal(typeof kerry.took_ms, 'number');
  assert.deepEqual(Object.keys(kerry.facets).sort(), ['folders', 'organizations', 'people', 'places', 'source']);
  assert.deepEqual(kerry.facets.source, { 'Press TV': 1, Reuters: 1 });
  for (const hit of kerry.hits) {
    // copies is an addition to CONTRACT.md's hit (docs/API.md): the seeds have none.
    assert.deepEqual(Object.keys(hit).sort(), ['copies', 'headline', 'id', 'paragraphs', 'published', 'score', 'snippet', 'source']);
    assert.deepEqual(hit.copies, []);
    assert.ok(hit.snippet.some((s) => s.hit && /kerry/i.test(s.text)));
  }
  const paged = await page.evaluate(() => clippings.search('kerry', { limit: 1, offset: 1 }));
  assert.equal(paged.total, 2);
  assert.equal(paged.hits.length, 1);

  const article = await page.evaluate((id) => clippings.article(id), REUTERS);
  // region and country are additions to CONTRACT.md's dateline; a bare city names neither.
  assert.deepEqual(article.dateline, { place: 'WASHINGTON', agency: 'Reuters', region: null, country: null });
  assert.equal(article.published, null);
  // "Kerry" alone in the Reuters article is the John Kerry that the Press TV article names in full.
  assert.deepEqual(article.entities.people, [{ name: 'John Kerry', mentions: 6 }]);
  assert.deepEqual(article.entities.organizations[0], { name: 'NATO', mentions: 5 });
  for (const key of ['quotes', 'dates', 'keywords', 'captions', 'boilerplate', 'credits', 'paragraphs']) {
    assert.ok(Array.isArray(article[key]), key);
  }
  assert.equal(await page.evaluate(() => clippings.article('nope')), null);
  assert.deepEqual(await page.evaluate(() => clippings.articles()), [
    { id: REUTERS, headline: "Kerry: NATO territory inviolable - 'We will defend every single piece'", source: 'Reuters', published: null },
    { id: PRESS_TV, headline: "Kerry calls for 'robust' NATO posture near Russia", source: 'Press TV', published: null },
  ]);
  const parsed = await page.evaluate(() => clippings.parse('Headline\n\nMOSCOW (Reuters) - Text here.'));
  assert.equal(parsed.id, '');
  assert.deepEqual(parsed.dateline, { place: 'MOSCOW', agency: 'Reuters', region: null, country: null });
  assert.deepEqual(parsed.paragraphs, ['Text here.']);
  assert.deepEqual(problems, []);
  await context.close();
});

/** What the page says above the results (ResultCount in src/components/result_count.rs). */
function countText(total, query) {
  const q = query.trim();
  if (!q) return total === 1 ? '1 article' : `${total} articles`;
  if (total === 0) return `No articles match \u201C${q}\u201D`;
  return total === 1 ? `1 article matches \u201C${q}\u201D` : `${total} articles match \u201C${q}\u201D`;
}

test('hostile queries get the answer the query language gives, shown as text in the page', async () => {
  const { page, problems, context } = await open();
  const box = page.getByLabel('Search the articles');
  // Each query, and how many of the two seeds it finds (README, "Query language").
  const cases = [
    ['"unbalanced', 0], // an unbalanced quote leaves the plain word
    ['-', 2], // a lone dash leaves an empty query: every article
    ['OR', 0], // a leading OR is the word "or", which neither seed has
    ['<img src=x onerror=alert(1)>', 0], // searched as the words img, src, x, onerror, alert, 1
    ['x'.repeat(10_000), 0],
    ['person:', 0], // a filter with no value is the word "person"
    ['org:"', 0],
    ['place:'.repeat(3000), 0],
    ['nato <script>window.__pwned=1</script>', 0],
  ];
  for (const [query, expected] of cases) {
    const label = query.slice(0, 40);
    const answer = await page.evaluate((q) => clippings.search(q), query);
    assert.equal(answer.total, expected, `clippings.search(${label})`);
    assert.equal(answer.hits.length, expected, `clippings.search(${label}).hits`);
    await box.fill(query);
    // The address holds the query once the page has drawn its answer.
    await page.waitForFunction((q) => new URLSearchParams(location.hash.slice(1)).get('q') === q, query);
    assert.equal(await page.locator('#result-count').textContent(), countText(expected, query), label);
    assert.equal(await page.locator('.result').count(), expected, label);
    assert.equal(await box.inputValue(), query);
    await assertInert(page, problems);
  }
  await context.close();
});

/** The stylesheet's colours, light and dark (each `--name: light-dark(#light, #dark)` in `:root`), as computed styles write them. */
function stylesheetColours() {
  const css = readFileSync(join(ROOT, 'styles/app.css'), 'utf8');
  const root = css.match(/^:root\s*\{([^}]*)\}/m);
  assert.ok(root, 'styles/app.css has no :root colours');
  const rgb = (name, which) => {
    const pair = root[1].match(new RegExp(`--${name}:\\s*light-dark\\(#([0-9a-f]{6}),\\s*#([0-9a-f]{6})\\);`, 'i'));
    assert.ok(pair, `--${name} is not light-dark(#light, #dark)`);
    const hex = pair[which];
    return `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  };
  const of = (which) => ({ paper: rgb('paper', which), ink: rgb('ink', which), accent: rgb('accent', which), mark: rgb('mark', which) });
  return { light: of(1), dark: of(2) };
}

test('light and dark follow the system setting, in the stylesheet\'s colours', async () => {
  const expected = stylesheetColours();
  for (const key of ['paper', 'ink', 'accent', 'mark']) {
    assert.notEqual(expected.light[key], expected.dark[key], `--${key} is the same in light and dark`);
  }
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await open('#q=kerry', { colorScheme, viewport: { width: 1280, height: 800 } });
    await page.locator('.result').first().waitFor();
    const shown = await page.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        paper: style('body').backgroundColor,
        ink: style('body').color,
        accent: style('.title a').color,
        mark: style('.snippet mark').backgroundColor,
      };
    });
    assert.deepEqual(shown, expected[colorScheme], `${colorScheme}: the page's colours are not the stylesheet's`);
    await page.screenshot({ path: join(SHOTS, `results-${colorScheme}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('typing rewrites the current history entry; opening an article adds one', async () => {
  const { page, problems, context } = await open();
  const entries = () => page.evaluate(() => history.length);
  const before = await entries();
  await page.getByLabel('Search the articles').pressSequentially('kerry');
  await page.waitForFunction(() => location.hash === '#q=kerry'
    && /2 articles match .kerry./.test(document.querySelector('#result-count').textContent));
  assert.equal(await entries(), before, 'five keystrokes added history entries');
  await page.locator('.result-link').first().click();
  await page.locator('article.reader').waitFor();
  assert.equal(await entries(), before + 1, 'opening an article did not add one entry');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('article.reader'));
  assert.equal(new URL(page.url()).hash, '#q=kerry');
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'kerry');
  assert.deepEqual(problems, []);
  await context.close();
});

test('facets filter the results; a marked name filters by that person; who said what jumps to the paragraph', async () => {
  const { page, problems, context } = await open('#q=kerry', { viewport: { width: 1280, height: 900 } });
  await page.locator('.result').first().waitFor();
  assert.equal((await headlines(page)).length, 2);
  const facet = page.locator('.facet-group.place .facet', { hasText: 'Belarus' });
  assert.match(await facet.innerText(), /Belarus\s*1/);
  await facet.click();
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.equal(await page.inputValue('#search-input'), 'kerry place:"Belarus"');
  assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /place:"Belarus"/);
  await page.locator('.facet.active', { hasText: 'Belarus' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 2);

  await page.fill('#search-input', 'source:reuters');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.deepEqual(await headlines(page), ['Kerry: NATO territory inviolable - \'We will defend every single piece\'']);

  await page.goto(app.server.url + `#a=${PRESS_TV}`);
  const reader = page.locator('.reader');
  await reader.waitFor();
  const panel = page.locator('.who-said-what');
  assert.match(await panel.locator('summary').innerText(), /Who said what \(2\)/);
  assert.deepEqual(await panel.locator('.speaker').allInnerTexts(), ['John Kerry', 'John Kerry']);
  await panel.locator('.jump-to').last().click();
  await page.waitForFunction(() => {
    const p = document.getElementById('p6').getBoundingClientRect();
    return p.top >= 0 && p.top < window.innerHeight;
  });
  assert.match(await page.locator('.about .dates').innerText(), /May 19, 2016\s*= 2016-05-19/);
  await page.screenshot({ path: join(SHOTS, 'reader-names.png') });

  // The Reuters article calls him only "Kerry": who said what gives the fullest name the
  // collection knows, for every one of his quotes.
  await page.goto(app.server.url + `#a=${REUTERS}`);
  await page.locator('.reader .who-said-what').waitFor();
  const reuters = await page.locator('.who-said-what .speaker').allInnerTexts();
  assert.equal(reuters.length, 9);
  assert.deepEqual([...new Set(reuters)], ['John Kerry']);
  await page.goto(app.server.url + `#a=${PRESS_TV}`);
  await page.locator('.reader').waitFor();

  await page.locator('.reader a.entity.person', { hasText: 'Vladimir Putin' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  assert.equal(await page.inputValue('#search-input'), 'person:"Vladimir Putin"');
  await page.locator('.names-toggle input').uncheck();
  assert.equal(await page.locator('.reader a.entity').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('article() and parse() carry quotes, entities, dates, keywords and language', async () => {
  const { page, problems, context } = await open();
  const article = await page.evaluate((id) => window.clippings.article(id), PRESS_TV);
  assert.equal(article.language, 'en');
  assert.deepEqual(article.quotes.map((q) => [q.speaker, q.paragraph]), [['John Kerry', 2], ['John Kerry', 6]]);
  assert.ok(article.entities.people.some((p) => p.name === 'Jens Stoltenberg'));
  assert.ok(article.entities.places.some((p) => p.name === 'Belarus'));
  assert.deepEqual(article.dates[0], { text: 'May 19, 2016', date: '2016-05-19' });
  assert.equal(article.keywords.length, 8);
  const parsed = await page.evaluate(() => window.clippings.parse('Talks\n\n"We will go there," Ms Hewitt said on Monday.\n\nPatricia Hewitt is a minister.'));
  assert.deepEqual(parsed.quotes, [{ text: 'We will go there,', speaker: 'Patricia Hewitt', paragraph: 0 }]);
  const search = await page.evaluate(() => window.clippings.search('kerry'));
  assert.equal(search.facets.people['John Kerry'], 2);
  assert.deepEqual(problems, []);
  await context.close();
});
