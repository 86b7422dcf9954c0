// How fast the explorer's views answer on a real collection, in headless Chromium: switching to
// each view (the hash changes, the page is drawn) and typing a query in it (the input event, the
// view drawn again), p50 and p95 over repeats. Writes docs/views-benchmark.md.
//
//   node benches/browser/views.mjs [--dist <folder>] [--repeats N]
//
// --dist     a release build of Clippings (default target/dist-bbc, which `scripts/test.sh`
//            makes from ../shared/corpora/bbc)
// --repeats  measurements per view and per query (default 15)
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './measure.mjs';
import { serveMounts } from './server.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const VIEWS = [
  ['search', '.results-pane'],
  ['people', '.people-view'],
  ['collection', '.collection-view'],
  ['compare', '.compare-view'],
];
/** Queries typed in each view: a rare word, a common word, two words, a filter. */
const QUERIES = ['kiganibo', 'market', 'prime minister', 'source:"BBC"', 'election'];

function parseArgs(argv) {
  const options = { dist: join(REPO, 'target/dist-bbc'), repeats: 15 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') options.dist = resolve(argv[++i]);
    else if (argv[i] === '--repeats') options.repeats = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (see the comment at the top of views.mjs)`);
  }
  return options;
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** In the page: runs `change`, then waits for `selector` and two frames (the DOM drawn and painted). */
async function timed(page, change, selector) {
  return page.evaluate(async ({ change, selector }) => {
    const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const start = performance.now();
    if (change.hash !== undefined) location.hash = change.hash;
    if (change.type !== undefined) {
      const input = document.getElementById('search-input');
      input.value = change.type;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    for (;;) {
      await frames();
      const countNow = document.getElementById('result-count')?.textContent;
      if (document.querySelector(selector) && (change.count === undefined || countNow !== change.count)) break;
    }
    return performance.now() - start;
  }, { change, selector });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const server = await serveMounts({ '/': options.dist });
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.evaluate(() => window.clippingsReady);
  const articles = await page.evaluate(() => clippings.articles().length);
  const rows = [];
  for (const [view, selector] of VIEWS) {
    const switching = [];
    for (let i = 0; i < options.repeats; i++) {
      // From the search view with a query, to this view with the same query.
      await page.evaluate(() => { location.hash = '#q=market'; });
      await page.locator('.results-pane').waitFor();
      switching.push(await timed(page, { hash: `#view=${view}&q=market` }, selector));
    }
    const typing = [];
    for (let i = 0; i < options.repeats; i++) {
      for (const query of QUERIES) {
        await page.evaluate((v) => { location.hash = `#view=${v}&q=zzzz`; }, view);
        await page.locator(selector).waitFor();
        const count = await page.locator('#result-count').textContent();
        typing.push(await timed(page, { type: query, count }, selector));
      }
    }
    rows.push({ view, switching, typing });
    console.log(`${view}: switch p50 ${quantile(switching, 0.5).toFixed(1)} ms, type p50 ${quantile(typing, 0.5).toFixed(1)} ms`);
  }
  await browser.close();
  await server.close?.();
  const lines = [
    '# How fast the views answer',
    '',
    `Measured by \`node benches/browser/views.mjs\` on ${new Date().toISOString().slice(0, 10)}: a release build of ${articles} articles (${options.dist.replace(REPO + '/', '')}), headless Chromium, ${cpus().length} cores (load average ${loadavg()[0].toFixed(1)} at the end). Each figure is from the change (a new hash, or an input event in the search box) until the view is drawn and two frames have passed; ${options.repeats} repeats per view, and per query for typing (${QUERIES.map((q) => `\`${q}\``).join(', ')}).`,
    '',
    '| view | switching to it (from search, query `market`) p50 / p95 | typing a query in it p50 / p95 |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.view} | ${quantile(r.switching, 0.5).toFixed(1)} / ${quantile(r.switching, 0.95).toFixed(1)} ms | ${quantile(r.typing, 0.5).toFixed(1)} / ${quantile(r.typing, 0.95).toFixed(1)} ms |`),
    '',
    'Two animation frames are part of every figure (about 17 ms each at 60 Hz), so about 30 ms is the floor of this measure, not work. `source:"BBC"` finds nothing in this collection, whose articles name no source: it times a filter that empties every view.',
    '',
  ];
  writeFileSync(join(REPO, 'docs/views-benchmark.md'), lines.join('\n'));
  process.exit(0);
}

await main();
