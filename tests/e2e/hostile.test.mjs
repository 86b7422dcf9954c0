// Article text is data (issue 5): markup in an article, in an imported file (and its name) and
// in a query shows as the characters it is, in every view, and nothing in it runs: no script, no
// handler, no dialog, no javascript: link. Checked on a build of hostile seeds, served and as the
// single file opened from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHOTS, assertInert, launch, onServedApp, openPage, trunkBuild } from './harness.mjs';

// Every payload sets window.__pwned or opens a dialog if it ever runs.
const HOSTILE = `<script>window.__pwned = 'headline'</script> Kerry meets <img src=x onerror="window.__pwned='img'"> in Geneva

"><svg onload="window.__pwned='svg'"> Officials walk to a meeting in Geneva on May 19, 2016. (<img src=x onerror=alert(2)> photo)

GENEVA (Reuters) - John Kerry said on Tuesday that "<script>window.__pwned='quote'</script> talks will go on" after meeting Sergei Lavrov in Geneva. Details at <a href="javascript:window.__pwned='link'">the site</a> and javascript:alert(1).

"We will not <b onmouseover=alert(3)>bow</b> to pressure," Lavrov said.

<iframe src="javascript:alert(4)"></iframe> Kerry and Lavrov will meet again in Vienna.

Reporting by <i onclick=alert(5)>Jane Doe</i>; Editing by "><svg onload=alert(6)>
`;
const PAYLOADS = ['<script>', '<img src=x onerror=', '"><svg onload=', 'javascript:'];

let work;
let dist;
let browser;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'clippings-hostile-'));
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'hostile.txt'), HOSTILE);
  writeFileSync(join(seeds, 'plain.txt'), 'Kerry visits Vienna\n\nJohn Kerry flew to Vienna on Monday for talks.\n');
  dist = join(work, 'dist');
  const build = trunkBuild(seeds, dist);
  assert.ok(build.ok, build.output);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

async function checkEveryView(page, problems, label) {
  // Results: headline and snippet.
  await page.getByRole('searchbox').fill('geneva');
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
  const result = await page.locator('.result').innerText();
  assert.ok(result.includes("<script>window.__pwned = 'headline'</script> Kerry meets"), result);
  await assertInert(page, problems);

  // Reader: headline, caption, paragraphs, quotes, credits; and the facets beside it.
  await page.locator('.result-link').first().click();
  await page.locator('#reader-headline').waitFor();
  const reader = await page.locator('.reader').innerText();
  for (const payload of PAYLOADS) assert.ok(reader.includes(payload), `${label}: the reader lost ${payload}:\n${reader}`);
  assert.ok(reader.includes('<a href="javascript:window.__pwned=\'link\'">the site</a>'), reader);
  assert.ok(reader.includes('<iframe src="javascript:alert(4)"></iframe>'), reader);
  await page.screenshot({ path: join(SHOTS, `hostile-${label}.png`), fullPage: true });
  await assertInert(page, problems);

  // The other views draw the same text: quotes, lines in context and both compared texts.
  const go = (hash) => page.evaluate((h) => { location.hash = h; }, hash);
  await go('#view=people&q=geneva');
  await page.locator('table.speakers a').first().click();
  const quotes = await page.locator('.quote-list').innerText();
  assert.ok(quotes.includes('<b onmouseover=alert(3)>bow</b>') || quotes.includes("<script>window.__pwned='quote'</script>"), quotes);
  await assertInert(page, problems);
  await go('#view=collection&q=geneva');
  const lines = await page.locator('table.kwic').innerText();
  assert.ok(lines.includes('<script>'), `${label}: the lines in context lost the markup:\n${lines}`);
  await assertInert(page, problems);
  await go('#view=compare&a=hostile&b=plain');
  const compared = await page.locator('.side-by-side').innerText();
  assert.ok(compared.includes('<iframe src="javascript:alert(4)"></iframe>'), compared);
  await assertInert(page, problems);
  await go('#');
  await page.locator('.results').waitFor();

  // The query echoed in the box, the count and the address.
  const query = '"><svg onload=alert(7)> <img src=x onerror=alert(8)>';
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction(() => document.querySelectorAll('.result').length === 0);
  assert.equal(await page.getByRole('searchbox').inputValue(), query);
  await assertInert(page, problems);
}

test('a hostile article is inert in every view of the served build, with the policy in place', async () => {
  await onServedApp(browser, dist, async ({ page, problems }, server) => {
    await checkEveryView(page, problems, 'served');

    // A hostile query in a link someone sent.
    await page.goto(`${server.url}#q=${encodeURIComponent('<script>alert(9)</script>')}&a=${encodeURIComponent('"><svg onload=alert(10)>')}`);
    await page.evaluate(() => window.clippingsReady);
    assert.equal(await page.getByRole('searchbox').inputValue(), '<script>alert(9)</script>');
    assert.match(await page.locator('.reader-pane').innerText(), /not in this collection/);
    await assertInert(page, problems);
  });
});

test('an imported hostile file, and its name, are inert too', async () => {
  await onServedApp(browser, dist, async ({ page, problems }) => {
    const name = '"><img src=x onerror=alert(11)>.txt';
    await page.locator('.import-button input[type=file]').setInputFiles([
      { name, mimeType: 'text/plain', buffer: Buffer.from(HOSTILE.replaceAll('Geneva', 'Lausanne')) },
      { name: 'junk.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251)) },
    ]);
    const notice = page.locator('.import-notice:not(.adding)');
    await notice.waitFor();
    const said = await notice.innerText();
    assert.match(said, /Added 1 article:/);
    assert.match(said, /junk\.bin was not added: it is not text\./);
    assert.ok(said.includes('"><img src=x onerror=alert(11)>'), said);
    await assertInert(page, problems);

    await notice.getByRole('link').first().click();
    await page.locator('#reader-headline').waitFor();
    const reader = await page.locator('.reader').innerText();
    for (const payload of PAYLOADS) assert.ok(reader.includes(payload), `the imported article lost ${payload}`);
    assert.equal(await page.evaluate(() => clippings.search('lausanne').total), 1);
    await page.getByRole('searchbox').fill('lausanne');
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
    await page.screenshot({ path: join(SHOTS, 'hostile-imported.png'), fullPage: true });
    await assertInert(page, problems);
  });
});

test('the hostile article is inert in the single file opened from file://', async () => {
  const url = pathToFileURL(join(dist, 'clippings.html')).href;
  const { page, problems } = await openPage(browser, url);
  await page.goto(url);
  await page.evaluate(() => window.clippingsReady);
  await checkEveryView(page, problems, 'single-file');
});
