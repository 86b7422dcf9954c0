// Adding 10,000 files in the page (issue 14's goal: no main-thread task longer than 100 ms while
// they are added). Side by side in one Chromium: each build given opens on 127.0.0.1, is handed
// 10,000 tiny files (the shape of tests/e2e/bounded.test.mjs), and a PerformanceObserver for long
// tasks records every task of 50 ms or more from the input's `change` event until the added
// articles are kept in the browser. The task in which Playwright hands the files over (seconds,
// before `change`) is not the page's work and is left out.
//
//   node benches/browser/adding.mjs [--runs 3] [label=dist ...]
//
// Without builds named, builds this checkout (`trunk build --release`) into
// target/bench/dist-adding and measures it. Prints a table; the README quotes it.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchChromium } from './measure.mjs';
import { serveMounts } from './server.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const FILES = 10_000;
const log = (...parts) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
let builds = args.filter((a) => a.includes('=')).map((a) => {
  const [label, dist] = a.split('=');
  return { label, dist: resolve(dist) };
});
if (builds.length === 0) {
  const dist = join(REPO, 'target/bench/dist-adding');
  log(`building this checkout into ${dist}`);
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], { cwd: REPO, stdio: 'inherit' });
  builds = [{ label: 'this checkout', dist }];
}

const files = Array.from({ length: FILES }, (_, i) => ({
  name: `tiny-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Note ${i}\n\nWord${i} and lighthouse.\n`),
}));

function watchTasks() {
  window.__tasks = [];
  window.__changed = null;
  document.addEventListener('change', () => { window.__changed ??= performance.now(); }, { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
}

const browser = await launchChromium();
const results = [];
for (let run = 0; run < runs; run++) {
  for (const { label, dist } of builds) {
    const server = await serveMounts({ '/': dist });
    // A context of its own: a fresh IndexedDB, so every run keeps its 10,000 records anew.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    await page.evaluate(watchTasks);
    await page.locator('.import-button input[type=file]').setInputFiles(files);
    await page.locator('.import-notice:not(.adding)').waitFor({ timeout: 300_000 });
    // The notice is drawn once the records are kept (or refused), the last of the work.
    await page.waitForTimeout(500);
    const { tasks, changed, shown } = await page.evaluate(() => ({
      tasks: window.__tasks, changed: window.__changed, shown: performance.now(),
    }));
    const total = await page.evaluate(() => window.clippings.search('lighthouse').total);
    const page_ = tasks.filter((t) => changed !== null && t.start >= changed).map((t) => t.duration).sort((a, b) => b - a);
    const row = {
      label, run, added: total, longest: page_[0] ?? 0, over100: page_.filter((d) => d > 100).length,
      over50: page_.length, longestFive: page_.slice(0, 5).map((d) => Math.round(d)),
      untilSettled: Math.round(shown - (changed ?? shown)),
    };
    log(`${label}, run ${run + 1}: ${row.added} added; longest task ${row.longest.toFixed(0)} ms; ${row.over100} over 100 ms, ${row.over50} over 50 ms; longest five ${row.longestFive.join(', ')} ms`);
    results.push(row);
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
