// Query times of Clippings builds side by side: each build opens on 127.0.0.1 in one Chromium,
// and the browser benchmark's queries (target/bench/queries.json, which run.mjs writes) are
// timed in each, `clippings.search(q, { limit: 10 })`, the builds taking turns round by round
// so that a busy moment of the machine falls on both. A query's time is its mean over repeats
// until 20 ms have passed (3 to 1000 runs), as run.mjs times it; p50 and p95 are over the
// queries, then the median over rounds is printed.
//
//   node benches/browser/query-times.mjs [--rounds 3] label=<dist> label=<dist> ...
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LIMIT, launchChromium, namedBuilds } from './measure.mjs';
import { serveMounts } from './server.mjs';

const args = process.argv.slice(2);
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 3);
const builds = namedBuilds(args);
if (builds.length === 0) {
  console.error('name at least one build: label=<dist>');
  process.exit(2);
}
const queriesFile = resolve(import.meta.dirname, '../../target/bench/queries.json');
const texts = JSON.parse(readFileSync(queriesFile, 'utf8')).queries.map((q) => q.text);

const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => sorted(values)[Math.min(values.length - 1, Math.floor(values.length * q))];

const browser = await launchChromium();
const rows = builds.map((build) => ({ ...build, p50: [], p95: [] }));
for (let round = 0; round < rounds; round++) {
  for (const row of rows) {
    const server = await serveMounts({ '/': row.dist });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => window.clippingsReady);
    const means = [];
    for (let start = 0; start < texts.length; start += 50) {
      means.push(...await page.evaluate(({ queries, limit }) => queries.map((q) => {
        window.clippings.search(q, { limit });
        let runs = 0;
        const started = performance.now();
        let elapsed = 0;
        do {
          window.clippings.search(q, { limit });
          runs++;
          elapsed = performance.now() - started;
        } while (runs < 3 || (elapsed < 20 && runs < 1000));
        return elapsed / runs;
      }), { queries: texts.slice(start, start + 50), limit: LIMIT }));
    }
    row.p50.push(quantile(means, 0.5));
    row.p95.push(quantile(means, 0.95));
    console.log(`${row.label}, round ${round + 1}: p50 ${quantile(means, 0.5).toFixed(3)} ms, p95 ${quantile(means, 0.95).toFixed(3)} ms over ${means.length} queries`);
    await context.close();
    await server.close();
  }
}
for (const row of rows) {
  console.log(`${row.label}: median of ${rounds} rounds: p50 ${quantile(row.p50, 0.5).toFixed(3)} ms, p95 ${quantile(row.p95, 0.5).toFixed(3)} ms`);
}
await browser.close();
