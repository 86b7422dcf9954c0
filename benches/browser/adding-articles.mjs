// Adding news-length articles in the page (issue 14: no main-thread task longer than 100 ms while
// articles are added). Where adding.mjs hands 10,000 tiny files to a build of the seeds, this
// hands 100 BBC articles (the first 100 files of the politics folder, read from the corpus beside
// the repo at run time: none of their text is in the repo) to the file input of a build of the
// whole BBC collection, so that the merge works on a collection and on articles of real size.
// Each file ends with a line of its own, so that no added article is a copy of the collection's.
// A PerformanceObserver for long tasks records every task of 50 ms or more from the input's
// `change` event until the notice says the articles were added and kept.
//
//   CLIPPINGS_SEEDS=../shared/corpora/bbc trunk build --release --offline --dist <dist>
//   node benches/browser/adding-articles.mjs [--runs 3] [--corpus ../shared/corpora/bbc] label=<dist> ...
//
// Runs the builds interleaved, each run in a fresh browser context; prints one line a run.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importWatched, launchChromium, namedBuilds, openReady } from './measure.mjs';
import { serveMounts } from './server.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const ARTICLES = 100;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 3));
const corpus = resolve(option('--corpus', join(REPO, '../shared/corpora/bbc')));
const builds = namedBuilds(args);
if (builds.length === 0) {
  console.error('name at least one build: label=<dist of a BBC build>');
  process.exit(2);
}

const folder = join(corpus, 'politics');
const files = readdirSync(folder).sort().slice(0, ARTICLES).map((name, i) => ({
  name: `added-${i}.txt`,
  mimeType: 'text/plain',
  // latin1: one file of the corpus is not UTF-8; the page reads bytes either way.
  buffer: Buffer.from(readFileSync(join(folder, name), 'latin1').replace(/\n*$/, `\n\nAdded as article ${i} of the benchmark.\n`)),
}));

const browser = await launchChromium();
for (let run = 0; run < runs; run++) {
  for (const { label, dist } of builds) {
    const server = await serveMounts({ '/': dist });
    const { context, page } = await openReady(browser, server.url);
    // The collection is read on the first search: done before, so that it is not counted here.
    await page.evaluate(() => window.clippings.search('x'));
    await page.waitForTimeout(1000);
    const { durations, untilSettled } = await importWatched(page, files);
    const notice = await page.evaluate(() => document.querySelector('.import-notice')?.textContent.slice(0, 40));
    const long = durations.map(Math.round);
    console.log(`${label}, run ${run + 1}: longest task ${long[0] ?? 0} ms; ${long.filter((d) => d > 100).length} over 100 ms, ${long.length} over 50 ms; longest five ${long.slice(0, 5).join(', ')} ms; added and kept ${untilSettled} ms after the change; "${notice}…"`);
    await context.close();
    await server.close();
  }
}
await browser.close();
