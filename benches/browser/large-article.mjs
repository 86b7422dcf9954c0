// Adding one 5 MB article on one line in the page (issue 14: the page stays responsive while a
// 5 MB article is added). Side by side in one Chromium: each build given opens on 127.0.0.1; the
// article (the sentence of tests/e2e/bounded.test.mjs, repeated to 5 MiB) is made in the page as a
// File before the clock starts and handed to the import button's input as a person's choice is
// (its `files` set, then `change`), since Playwright's `setInputFiles` of 5 MB is itself a task of
// half a second in the page, the bench's work and not the app's. A PerformanceObserver for long
// tasks records every task of 50 ms or more from `change` until the notice says it was added, and
// half a second after.
//
//   node benches/browser/large-article.mjs [--runs 3] [label=dist ...]
//
// Without builds named, builds this checkout (`trunk build --release`) into
// target/bench/dist-large-article and measures it. Prints a line a run and the medians.
import { launchChromium, namedBuildsOrThisCheckout, openReady, watchedImport } from './measure.mjs';
import { serveMounts } from './server.mjs';

const SENTENCE = 'Ministers met in Geneva on Tuesday to discuss the budget and the talks went on. ';
const BYTES = 5 * 1024 * 1024;
const log = (...parts) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const builds = namedBuildsOrThisCheckout(args, 'dist-large-article');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await launchChromium();
const results = new Map(builds.map(({ label }) => [label, []]));
for (let run = 0; run < runs; run++) {
  for (const { label, dist } of builds) {
    const server = await serveMounts({ '/': dist });
    const { context, page } = await openReady(browser, server.url);
    await page.evaluate(({ sentence, bytes }) => {
      const chosen = new DataTransfer();
      const text = sentence.repeat(Math.ceil(bytes / sentence.length));
      chosen.items.add(new File([text], 'huge.txt', { type: 'text/plain' }));
      window.__chosen = chosen.files;
    }, { sentence: SENTENCE, bytes: BYTES });
    const { durations, shown } = await watchedImport(page, () => page.locator('.import-button input[type=file]').evaluate((input) => {
      input.files = window.__chosen;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }));
    const said = await page.locator('.import-notice').innerText();
    const row = { longest: durations[0] ?? 0, over100: durations.filter((d) => d > 100).length, over50: durations.length, shown };
    results.get(label).push(row);
    log(`${label}, run ${run + 1}: ${said.split('\n')[0]}; shown ${row.shown.toFixed(0)} ms after change; longest task ${row.longest.toFixed(0)} ms; ${row.over100} over 100 ms, ${row.over50} over 50 ms; longest five ${durations.slice(0, 5).map((d) => Math.round(d)).join(', ')} ms`);
    await context.close();
    await server.close();
  }
}
await browser.close();
for (const [label, rows] of results) {
  console.log(`${label}: longest task median ${median(rows.map((r) => r.longest)).toFixed(0)} ms (${rows.map((r) => r.longest.toFixed(0)).join(', ')}); shown median ${median(rows.map((r) => r.shown)).toFixed(0)} ms; tasks over 100 ms a run: ${rows.map((r) => r.over100).join(', ')}`);
}
