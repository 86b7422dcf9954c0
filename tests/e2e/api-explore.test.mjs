// The explorer's calls of `window.clippings` on the release build of the seeds (dist/): the
// shapes docs/API.md gives, and values known from the two seed articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './harness.mjs';

const REUTERS = '000_df0dd7ac4370f8c6';
const PRESS_TV = '003_c854b23d348dd51a';

const app = appUnderTest();

/** What `clippings[name](...args)` returns in the page. */
const call = (page, name, ...args) => page.evaluate(([name, args]) => window.clippings[name](...args), [name, args]);

test('overview counts the collection and the matches, with frequent and distinctive terms', async () => {
  const { page, problems, context } = await app.open();
  const all = await call(page, 'overview', '');
  assert.deepEqual(Object.keys(all).sort(), ['articles', 'distinct_words', 'distinctive_terms', 'first_date',
    'folders', 'frequent_terms', 'last_date', 'matching', 'sources', 'words']);
  assert.equal(all.articles, 2);
  assert.equal(all.matching, 2);
  assert.equal(all.sources, 2);
  assert.equal(all.frequent_terms[0].term, 'russia');
  assert.deepEqual(Object.keys(all.frequent_terms[0]).sort(), ['articles', 'count', 'score', 'term']);
  assert.deepEqual(all.distinctive_terms, [], 'every article matches: nothing to be distinct from');
  const minsk = await call(page, 'overview', 'minsk');
  assert.equal(minsk.matching, 1);
  assert.ok(minsk.distinctive_terms.some((t) => t.term === 'minsk'));
  assert.ok(minsk.words < all.words);
  assert.deepEqual(problems, []);
  await context.close();
});

test('kwic lines show the query word in its context, within the limit', async () => {
  const { page, problems, context } = await app.open();
  const lines = await call(page, 'kwic', 'minsk');
  assert.equal(lines.length, 4);
  assert.deepEqual(Object.keys(lines[0]).sort(), ['article', 'headline', 'left', 'paragraph', 'right', 'term']);
  assert.ok(lines.every((l) => l.article === PRESS_TV && l.term === 'Minsk'));
  const article = await call(page, 'article', PRESS_TV);
  for (const l of lines) assert.ok(article.paragraphs[l.paragraph].includes(l.left + l.term + l.right));
  assert.equal((await call(page, 'kwic', 'minsk', { limit: 2 })).length, 2);
  assert.deepEqual(await call(page, 'kwic', ''), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('speakers, names and co-occurring names come most frequent first', async () => {
  const { page, problems, context } = await app.open();
  const speakers = await call(page, 'speakers', '');
  assert.equal(speakers[0].name, 'John Kerry');
  assert.equal(speakers[0].quote_count, speakers[0].quotes.length);
  assert.deepEqual(Object.keys(speakers[0].quotes[0]).sort(), ['article', 'headline', 'paragraph', 'text']);
  const names = await call(page, 'names', '', { limit: 1 });
  assert.deepEqual(names.people, [{ name: 'John Kerry', articles: 2 }]);
  assert.equal(names.places.length, 1);
  assert.equal(names.organizations.length, 1);
  const minskNames = await call(page, 'names', 'minsk');
  assert.ok(minskNames.people.some((p) => p.name === 'Jens Stoltenberg'));
  assert.ok(minskNames.people.every((p) => p.articles === 1));
  const withKerry = await call(page, 'coOccurring', '', 'person', 'John Kerry', { limit: 1 });
  assert.deepEqual(withKerry, [{ kind: 'place', name: 'Russia', articles: 2 }]);
  assert.deepEqual(await call(page, 'coOccurring', '', 'person', 'Nobody Known'), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('series count the query by source and by mentioned month, gaps filled', async () => {
  const { page, problems, context } = await app.open();
  const series = await call(page, 'series', 'nato');
  assert.deepEqual(series.terms, ['nato']);
  assert.equal(series.dates_from, 'mentioned');
  assert.deepEqual(series.by_source, [
    { label: 'Press TV', matching: 1, articles: 1, occurrences: 5 },
    { label: 'Reuters', matching: 1, articles: 1, occurrences: 4 },
  ]);
  assert.deepEqual(series.by_folder, []);
  assert.deepEqual(series.by_date.map((p) => p.label), ['2016-02', '2016-03', '2016-04', '2016-05']);
  assert.equal(series.by_date[1].articles, 0);
  const reuters = await call(page, 'series', 'nato source:reuters');
  assert.deepEqual(reuters.by_source.map((p) => p.matching), [0, 1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare says what the two seeds share and cuts their paragraphs back to the text', async () => {
  const { page, problems, context } = await app.open();
  const c = await call(page, 'compare', REUTERS, PRESS_TV);
  assert.equal(c.a.id, REUTERS);
  assert.equal(c.b.id, PRESS_TV);
  assert.deepEqual(c.people.both, ['John Kerry']);
  assert.ok(c.people.only_b.includes('Jens Stoltenberg'));
  assert.ok(c.places.both.includes('Russia'));
  for (const key of ['people', 'places', 'organizations', 'speakers', 'terms']) {
    assert.deepEqual(Object.keys(c[key]).sort(), ['both', 'only_a', 'only_b'], key);
  }
  const reuters = await call(page, 'article', REUTERS);
  assert.deepEqual(c.a_paragraphs.map((segments) => segments.map((s) => s.text).join('')), reuters.paragraphs);
  const marks = new Set(c.a_paragraphs.flat().map((s) => s.mark));
  assert.deepEqual([...marks].sort(), ['own', 'shared', null].sort());
  assert.equal(await call(page, 'compare', REUTERS, 'no/such'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no argument or option makes an explorer call throw', async () => {
  const { page, problems, context } = await app.open();
  const outcomes = await page.evaluate(() => {
    const c = window.clippings;
    const odd = [undefined, null, 42, {}, [], 'x', { limit: -1 }, { limit: 'many' }, { limit: 1e300 }, { limit: 2.5 }];
    const calls = [];
    for (const v of odd) {
      calls.push(() => c.overview(v), () => c.kwic('nato', v), () => c.kwic(v, v), () => c.speakers(v),
        () => c.names('nato', v), () => c.coOccurring(v, v, v, v), () => c.coOccurring('', 'person', 'John Kerry', v),
        () => c.series(v), () => c.compare(v, v));
    }
    return calls.map((call) => { try { call(); return 'ok'; } catch (e) { return String(e); } });
  });
  assert.deepEqual(outcomes.filter((o) => o !== 'ok'), []);
  assert.equal((await call(page, 'kwic', 'minsk', { limit: 'many' })).length, 4, 'a malformed limit is the default');
  assert.deepEqual(problems, []);
  await context.close();
});
