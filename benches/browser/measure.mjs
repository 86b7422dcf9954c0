// Drives one engine's page in Chromium: time to the first answer over fresh navigations, bytes
// shipped, memory once the index is ready, then every query's answer and latency.
//
// Every engine page offers `window.benchEngine = { search(q) -> { total, ids }, count(q) }`; the
// peer page defines it itself, and for Clippings it wraps `window.clippings.search` (below).
// Latency is timed inside the page with performance.now(), so no DevTools round trip is counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const LIMIT = 10;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  // Exact performance.memory numbers (not bucketed) and an immediate
  // measureUserAgentSpecificMemory() (otherwise it waits for the next natural GC, up to 20 s).
  '--enable-precise-memory-info', '--enable-blink-features=ForceEagerMeasureMemory',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Runs in the Clippings page before its scripts: catches `window.clippingsReady` as ready.js sets
 * it, so the first search happens the moment the API is usable (`__benchReadyMs`, then
 * `__benchFirstAnswerMs`), and keeps the Wasm memory that trunk's loader announces.
 */
export function clippingsInitScript(firstQuery) {
  let ready;
  Object.defineProperty(window, 'clippingsReady', {
    configurable: true,
    get: () => ready,
    set(promise) {
      ready = promise;
      promise.then((api) => {
        window.__benchReadyMs = performance.now();
        api.search(firstQuery, { limit: 10 });
        window.__benchFirstAnswerMs = performance.now();
      });
    },
  });
  addEventListener('TrunkApplicationStarted', (event) => { window.__benchWasmMemory = event.detail.wasm.memory; });
}

/** Exposes Clippings through the same surface as the peers. */
function defineClippingsBenchEngine(limit) {
  // A hit stands for its story: its id, with the ids of its copies when it has any (copies of
  // a story collapse into one result; the quality summary counts any of them).
  const ids = (result) => result.hits.map((hit) => (hit.copies?.length ? [hit.id, ...hit.copies] : hit.id));
  window.benchEngine = {
    search(query) {
      const result = window.clippings.search(query, { limit });
      return { total: result.total, ids: ids(result) };
    },
    count: (query) => window.clippings.search(query, { limit: 1 }).total,
    // Ranking only, as the peers answer: the top ids without facets (Clippings still makes the
    // page's snippets and, below 3 matches, its "did you mean").
    rank(query) {
      const result = window.clippings.search(query, { limit, facets: false });
      return { total: result.total, ids: ids(result) };
    },
  };
}

const gzipSizes = new Map();

/** gzip -9 size of a served file, computed once per file (a 130 MB Wasm takes seconds). */
function gzipSizeOf(file, body) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(body, { level: 9 }).length);
  return gzipSizes.get(file);
}

/** The bytes shipped to a page: every file the server sent it, raw and gzip -9. */
function bytesShipped(servedFiles) {
  const files = servedFiles.map(({ path, file, bytes }) => ({ url: path, raw: bytes, gzip: gzipSizeOf(file, readFileSync(file)) }));
  return {
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    files,
  };
}

/**
 * A fresh context and page on `engine.url`, up to its first answer. Service workers are blocked:
 * Clippings' release build registers one after the load event that downloads the Wasm file again
 * (to precache it), which would compete with the timings and count its bytes twice.
 */
async function navigate(browser, engine, firstQuery) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  engine.server.takeServed(); // forget what earlier pages loaded
  if (engine.kind === 'clippings') await context.addInitScript(clippingsInitScript, firstQuery);
  const url = engine.kind === 'clippings' ? engine.url : `${engine.url}&first=${encodeURIComponent(firstQuery)}`;
  await page.goto(url, { timeout: 300_000 });
  let firstAnswerMs;
  let buildMs = null;
  if (engine.kind === 'clippings') {
    await page.waitForFunction(() => window.__benchFirstAnswerMs !== undefined, null, { timeout: 300_000, polling: 50 });
    firstAnswerMs = await page.evaluate(() => window.__benchFirstAnswerMs);
    await page.evaluate(defineClippingsBenchEngine, LIMIT);
  } else {
    await page.evaluate(() => window.peerReady);
    ({ firstAnswerMs, buildMs } = await page.evaluate(() => window.peerTimings));
  }
  if (problems.length) throw new Error(`${engine.name}: the page reported ${problems.join('; ')}`);
  return { context, page, firstAnswerMs, buildMs, bytes: bytesShipped(engine.server.takeServed()) };
}

/** Memory once the index is ready, after a full garbage collection. */
async function measureMemory(context, page) {
  const devtools = await context.newCDPSession(page);
  await devtools.send('HeapProfiler.collectGarbage');
  const heap = await devtools.send('Runtime.getHeapUsage');
  const inPage = await page.evaluate(async () => {
    const out = {
      crossOriginIsolated: self.crossOriginIsolated,
      jsHeapBytes: performance.memory?.usedJSHeapSize ?? null,
      wasmBytes: window.__benchWasmMemory?.buffer.byteLength ?? 0,
      userAgentSpecificBytes: null,
    };
    if (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 60_000));
      const result = await Promise.race([performance.measureUserAgentSpecificMemory(), timeout]);
      out.userAgentSpecificBytes = result?.bytes ?? null;
    }
    return out;
  });
  await devtools.detach();
  return { ...inPage, v8UsedBytes: heap.usedSize, v8BackingStoreBytes: heap.backingStorageSize ?? null };
}

/** Each query once, in order: the answers (and the warm-up pass that the timings exclude). */
async function answerAll(page, texts) {
  return page.evaluate((queries) => queries.map((q) => window.benchEngine.search(q)), texts);
}

/** Mean time of one query, repeated until `minMs` have passed (within [minRuns, maxRuns] runs). */
async function timeAll(page, texts, repeat, method = 'search') {
  const means = [];
  const chunk = 50; // one evaluate per 50 queries keeps each DevTools call short
  for (let start = 0; start < texts.length; start += chunk) {
    means.push(...await page.evaluate(({ queries, method, minMs, minRuns, maxRuns }) => queries.map((q) => {
      const engine = window.benchEngine;
      let runs = 0;
      let elapsed = 0;
      const started = performance.now();
      do {
        engine[method](q);
        runs++;
        elapsed = performance.now() - started;
      } while (runs < minRuns || (elapsed < minMs && runs < maxRuns));
      return elapsed / runs;
    }), { queries: texts.slice(start, start + chunk), method, ...repeat }));
  }
  return means;
}

/**
 * The whole measurement of one engine on one collection. `navigations` fresh pages measure the
 * first answer; the last one then measures memory, answers and latency.
 */
export async function measureEngine(browser, engine, queries, { navigations, repeat, examples }) {
  const texts = queries.map((q) => q.text);
  const firstAnswers = [];
  const builds = [];
  let bytes;
  let last;
  for (let i = 0; i < navigations; i++) {
    if (last) await last.context.close();
    last = await navigate(browser, engine, texts[0]);
    firstAnswers.push(last.firstAnswerMs);
    if (last.buildMs !== null) builds.push(last.buildMs);
    bytes ??= last.bytes;
  }
  const { page, context } = last;
  const memory = await measureMemory(context, page);
  const answers = await answerAll(page, texts); // also the warm-up pass
  const latencies = await timeAll(page, texts, repeat);
  // The peers only rank; Clippings' full answer also has facets, so its ranking is timed apart.
  const rankingLatencies = engine.kind === 'clippings' ? await timeAll(page, texts, repeat, 'rank') : null;
  const exampleTotals = await page.evaluate((qs) => qs.map((q) => window.benchEngine.count(q)), examples);
  await context.close();
  return {
    firstAnswerSamplesMs: firstAnswers,
    indexBuildSamplesMs: builds,
    bytes,
    memory,
    answers,
    latenciesMs: latencies,
    rankingLatenciesMs: rankingLatencies,
    examples: Object.fromEntries(examples.map((q, i) => [q, exampleTotals[i]])),
  };
}

// Run in the page (`page.evaluate(watchLongTasks)`): from then on every task of 50 ms or more goes
// into `window.__tasks` ({ start, duration }), and `window.__changed` is the time of the first
// `change` event (a file input handed files), from which the page's own work is counted.
export function watchLongTasks() {
  window.__tasks = [];
  window.__changed = null;
  document.addEventListener('change', () => { window.__changed ??= performance.now(); }, { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
}

// The builds a bench's command line names as label=<dist>, each dist resolved.
export function namedBuilds(args) {
  return args.filter((a) => a.includes('=')).map((a) => {
    const [label, dist] = a.split('=');
    return { label, dist: resolve(dist) };
  });
}

// The builds named, or else this checkout built (`trunk build --release`) into
// target/bench/<distName> and labelled "this checkout".
export function namedBuildsOrThisCheckout(args, distName) {
  const builds = namedBuilds(args);
  if (builds.length > 0) return builds;
  const repo = resolve(import.meta.dirname, '../..');
  const dist = join(repo, 'target/bench', distName);
  console.log(`building this checkout into ${dist}`);
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], { cwd: repo, stdio: 'inherit' });
  return [{ label: 'this checkout', dist }];
}

// A page of `url` in a browser context of its own (a fresh IndexedDB, so that each run keeps
// what it adds anew), once the page says it is ready. The caller closes the context.
export async function openReady(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.clippingsReady);
  return { context, page };
}

// Hands `files` to the page's import button with the long-task watcher on: `watchedImport`
// with Playwright's `setInputFiles` as the hand-over.
export function importWatched(page, files) {
  return watchedImport(page, () => page.locator('.import-button input[type=file]').setInputFiles(files));
}

// Runs `handOver` (which gives the page's import button its files) with the long-task watcher
// on, and waits until the notice says they were added, and half a second more (the records are
// kept after the notice is drawn). Gives the durations of the tasks of 50 ms or more from the
// input's `change` event on, longest first (a hand-over's own task, such as Playwright's, comes
// before it and is not the page's work), how many milliseconds after that event the notice
// showed (`shown`), and after it the waiting ended (`untilSettled`).
export async function watchedImport(page, handOver) {
  await page.evaluate(watchLongTasks);
  await handOver();
  await page.locator('.import-notice:not(.adding)').waitFor({ timeout: 300_000 });
  const shown = await page.evaluate(() => performance.now() - (window.__changed ?? performance.now()));
  await page.waitForTimeout(500);
  const { tasks, changed, settled } = await page.evaluate(() => ({
    tasks: window.__tasks, changed: window.__changed, settled: performance.now(),
  }));
  return {
    durations: tasks.filter((t) => changed !== null && t.start >= changed).map((t) => t.duration).sort((a, b) => b - a),
    shown,
    untilSettled: Math.round(settled - (changed ?? settled)),
  };
}
