// Adding 10,000 files in the page (issue 14's goal: no main-thread task longer than 100 ms while
// they are added). Side by side in one Chromium: each build given opens on 127.0.0.1, is handed
// 10,000 tiny files (the shape of tests/e2e/bounded.test.mjs), and a PerformanceObserver for long
// tasks records every task of 50 ms or more from the input's `change` event until the added
// articles are kept in the browser. The task in which Playwright hands the files over (seconds,
// before `change`) is not the page's work and is left out.
//
// Then the page is loaded again, and the 10,000 kept articles come back from IndexedDB: every
// long task from `window.clippingsReady` (the page has drawn its first view; the kept articles
// are read after it) until "Added articles (10000)" shows is recorded the same way. Then one of
// them is opened and removed (its "Remove" in the reader): the long tasks from the click until a
// second after "Added articles (9999)" shows; last, "Remove all added articles" is pressed: the
// long tasks from the click until a second after the count has gone (the records are deleted
// from IndexedDB after the count changes).
//
//   node benches/browser/adding.mjs [--runs 3] [label=dist ...]
//
// Without builds named, builds this checkout (`trunk build --release`) into
// target/bench/dist-adding and measures it. Prints a table; the README quotes it.
import { importWatched, launchChromium, namedBuildsOrThisCheckout, openReady } from './measure.mjs';
import { serveMounts } from './server.mjs';

const FILES = 10_000;
const log = (...parts) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const builds = namedBuildsOrThisCheckout(args, 'dist-adding');

const files = Array.from({ length: FILES }, (_, i) => ({
  name: `tiny-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Note ${i}\n\nWord${i} and lighthouse.\n`),
}));

const browser = await launchChromium();
const results = [];
for (let run = 0; run < runs; run++) {
  for (const { label, dist } of builds) {
    const server = await serveMounts({ '/': dist });
    // A context of its own: a fresh IndexedDB, so every run keeps its 10,000 records anew.
    const { context, page } = await openReady(browser, server.url);
    const { durations, untilSettled } = await importWatched(page, files);
    const total = await page.evaluate(() => window.clippings.search('lighthouse').total);
    const row = {
      label, run, added: total, longest: durations[0] ?? 0, over100: durations.filter((d) => d > 100).length,
      over50: durations.length, longestFive: durations.slice(0, 5).map((d) => Math.round(d)),
      untilSettled,
    };
    log(`${label}, run ${run + 1}: ${row.added} added; longest task ${row.longest.toFixed(0)} ms; ${row.over100} over 100 ms, ${row.over50} over 50 ms; longest five ${row.longestFive.join(', ')} ms`);
    results.push(row);

    // Loaded again: the kept articles come back. The observer is in place before the page's own
    // scripts run (an init script, for this navigation and not the first).
    await context.addInitScript(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.reload();
    const ready = await page.evaluate(() => window.clippingsReady.then(() => performance.now()));
    await page.locator('.added-articles', { hasText: `Added articles (${FILES})` }).waitFor({ timeout: 300_000 });
    row.restored = await longTasks(page, ready, 0);
    log(`${label}, run ${run + 1}, loaded again: all back ${describe(row.restored)}`);

    await page.getByRole('searchbox').fill('word5');
    await page.locator('.result-link').first().click();
    await page.locator('.reader').waitFor();
    await page.waitForTimeout(500);
    let clicked = await page.evaluate(() => { window.__tasks = []; return performance.now(); });
    await page.locator('.reader').getByRole('button', { name: 'Remove' }).click();
    await page.locator('.added-articles', { hasText: `Added articles (${FILES - 1})` }).waitFor({ timeout: 300_000 });
    row.removedOne = await longTasks(page, clicked, 1000);
    log(`${label}, run ${run + 1}, one removed: count changed ${describe(row.removedOne)}`);

    clicked = await page.evaluate(() => { window.__tasks = []; return performance.now(); });
    await page.getByRole('button', { name: 'Remove all added articles' }).click();
    await page.locator('.added-articles').waitFor({ state: 'detached', timeout: 300_000 });
    row.removedAll = await longTasks(page, clicked, 1000);
    const left = await page.evaluate(() => window.clippings.search('lighthouse').total);
    log(`${label}, run ${run + 1}, all removed (${left} left): count gone ${describe(row.removedAll)}`);
    await context.close();
    await server.close();
  }
}
await browser.close();

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`\n| build | longest task (median of ${runs}) | longest tasks over the runs | tasks over 100 ms (median) |\n| --- | ---: | --- | ---: |`);
for (const { label } of builds) {
  const mine = results.filter((r) => r.label === label);
  console.log(`| ${label} | ${median(mine.map((r) => r.longest)).toFixed(0)} ms | ${mine.map((r) => r.longestFive.join(', ')).join(' / ')} | ${median(mine.map((r) => r.over100))} |`);
}
table(`Loaded again, the ${FILES} kept articles coming back (from clippingsReady until "Added articles (${FILES})" shows)`, 'restored', 'all back after ready');
table(`One of them removed (its "Remove" in the reader; from the click until a second after the count says ${FILES - 1})`, 'removedOne', 'count changed after');
table('"Remove all added articles" pressed (from the click until a second after the count has gone)', 'removedAll', 'count gone after');

function table(title, phase, until) {
  console.log(`\n${title}:\n\n| build | longest task (median of ${runs}) | longest tasks over the runs | tasks over 100 ms (median) | ${until} (median) |\n| --- | ---: | --- | ---: | ---: |`);
  for (const { label } of builds) {
    const mine = results.filter((r) => r.label === label).map((r) => r[phase]);
    console.log(`| ${label} | ${median(mine.map((p) => p.longest)).toFixed(0)} ms | ${mine.map((p) => p.five.join(', ')).join(' / ')} | ${median(mine.map((p) => p.over100))} | ${median(mine.map((p) => p.until))} ms |`);
  }
}

// The page's long tasks since `since` (on its clock), once `settle` ms more have passed: the
// longest, how many ran over 100 ms, the five longest, and how long until now, before settling.
async function longTasks(page, since, settle) {
  const until = await page.evaluate(() => performance.now());
  await page.waitForTimeout(settle);
  const tasks = await page.evaluate(() => window.__tasks);
  const durations = tasks.filter((t) => t.start + t.duration >= since).map((t) => t.duration).sort((a, b) => b - a);
  return {
    longest: durations[0] ?? 0, over100: durations.filter((d) => d > 100).length,
    five: durations.slice(0, 5).map((d) => Math.round(d)), until: Math.round(until - since),
  };
}

function describe(phase) {
  return `${phase.until} ms after; longest task ${phase.longest.toFixed(0)} ms; ${phase.over100} over 100 ms; longest five ${phase.five.join(', ')} ms`;
}
