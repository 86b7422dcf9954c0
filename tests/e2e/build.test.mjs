// What the build does with unusual collections (CONTRACT.md, "Building"): an empty folder
// builds a page that says so; a file that is not UTF-8 is embedded with a warning naming it;
// a folder that cannot be read fails the build with a message naming it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, trunkBuild } from './harness.mjs';

let work;

before(() => { work = mkdtempSync(join(tmpdir(), 'clippings-build-')); });
after(() => rmSync(work, { recursive: true, force: true }));

async function firstScreen(dist, check) {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser, server.url);
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    await check(page);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
}

test('an empty collection builds a page that says so', async () => {
  const seeds = join(work, 'empty');
  mkdirSync(seeds);
  const dist = join(work, 'dist-empty');
  const build = trunkBuild(seeds, dist);
  assert.ok(build.ok, build.output);
  assert.match(build.output, /no \*\.txt articles under/);
  await firstScreen(dist, async (page) => {
    await page.getByRole('heading', { name: 'This collection is empty' }).waitFor();
    assert.deepEqual(await page.evaluate(() => clippings.articles()), []);
    assert.equal(await page.evaluate(() => clippings.search('kerry').total), 0);
  });
});

test('text that is not UTF-8 is embedded with a warning naming the file; subfolders give ids', async () => {
  const seeds = join(work, 'latin1');
  mkdirSync(join(seeds, 'politics'), { recursive: true });
  writeFileSync(join(seeds, 'politics', 'cafe.txt'), Buffer.from('Caf\xe9 owners protest\n\nOwners of the caf\xe9 marched on Monday.\n', 'latin1'));
  writeFileSync(join(seeds, 'plain.txt'), 'Plain headline\n\nPlain body text.\n');
  const dist = join(work, 'dist-latin1');
  const build = trunkBuild(seeds, dist);
  assert.ok(build.ok, build.output);
  assert.match(build.output, /politics\/cafe\.txt is not valid UTF-8: it was decoded as windows-1252/);
  await firstScreen(dist, async (page) => {
    const ids = await page.evaluate(() => clippings.articles().map((a) => a.id));
    assert.deepEqual(ids, ['plain', 'politics/cafe']);
    const article = await page.evaluate(() => clippings.article('politics/cafe'));
    assert.equal(article.headline, 'Caf\u00e9 owners protest');
    assert.equal(await page.evaluate(() => clippings.search('owners marched').total), 1);
  });
});

test('a folder that cannot be read fails the build with a message naming it', () => {
  const missing = join(work, 'no-such-folder');
  const build = trunkBuild(missing, join(work, 'dist-missing'));
  assert.equal(build.ok, false);
  assert.match(build.output, /Clippings cannot embed the articles: cannot read .*no-such-folder/);
});
