// A collection built in parts (issue 14's goal: 100,000 synthetic articles, served on
// 127.0.0.1). In one Chromium: the first answer after navigation (the directory in the Wasm, the
// parts the query's words need, the answer), then every query of the browser benchmark's own
// generator (queries.mjs, its quick sizes) cold (its missing parts fetched through the service
// worker and merged, then answered) and warm (answered again, median of 5), and memory after the
// selective groups and after the common-word group, which needs most parts.
//
//   node benches/browser/parts.mjs [--size 100000] [--skip-build] [--every 5]
//
// --every N keeps every Nth query (each cold query may fetch and merge a few MB of parts).
//
// Makes target/bench/synthetic-<size> (benches/synthetic.mjs) and builds it in parts into
// target/bench/dist-parts-<size>; writes docs/parts-benchmark.json and prints a summary.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCorpus } from './corpus.mjs';
import { launchChromium } from './measure.mjs';
import { makeQueries } from './queries.mjs';
import { serveMounts } from './server.mjs';
import { percentile } from './summary.mjs';
import { writeSyntheticCollection } from '../synthetic.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const BENCH = join(REPO, 'target/bench');
const log = (...parts) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

const args = process.argv.slice(2);
const size = Number(args[args.indexOf('--size') + 1] || 100000) || 100000;
const skipBuild = args.includes('--skip-build');
const every = args.includes('--every') ? Number(args[args.indexOf('--every') + 1]) : 5;
const corpus = join(BENCH, `synthetic-${size}`);
const dist = join(BENCH, `dist-parts-${size}`);

if (!skipBuild) {
  if (!existsSync(corpus)) {
    log(`writing ${size} synthetic articles to ${corpus}`);
    writeSyntheticCollection({ count: size, out: corpus, source: resolve(REPO, '../shared/corpora/bbc') });
  }
  log(`building ${corpus} in parts into ${dist}`);
  const started = Date.now();
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: REPO,
    stdio: 'inherit',
    env: { ...process.env, CLIPPINGS_SEEDS: corpus, CLIPPINGS_PARTS: '1', CARGO_TARGET_DIR: join(BENCH, 'cargo-target') },
  });
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const partFiles = readdirSync(join(dist, 'parts'));
const partBytes = partFiles.reduce((sum, f) => sum + statSync(join(dist, 'parts', f)).size, 0);
const wasmFile = readdirSync(dist).find((f) => f.endsWith('.wasm'));
const wasmBytes = statSync(join(dist, wasmFile)).size;
log(`${partFiles.length} parts, ${(partBytes / 1e6).toFixed(1)} MB; Wasm (code and directory) ${(wasmBytes / 1e6).toFixed(1)} MB`);

log('making the queries');
const queries = makeQueries(readCorpus(corpus), { quick: true }).filter((_, i) => i % every === 0);
// The common-word group last: it needs most parts, so it shows what holding them costs.
const ordered = [...queries.filter((q) => q.group !== 'common'), ...queries.filter((q) => q.group === 'common')];

function initScript() {
  addEventListener('TrunkApplicationStarted', (event) => { window.__benchWasmMemory = event.detail.wasm.memory; });
}

async function memory(context, page) {
  const devtools = await context.newCDPSession(page);
  await devtools.send('HeapProfiler.collectGarbage');
  const inPage = await page.evaluate(() => ({
    js: performance.memory?.usedJSHeapSize ?? 0,
    wasm: window.__benchWasmMemory?.buffer.byteLength ?? 0,
  }));
  await devtools.detach();
  return { ...inPage, total: inPage.js + inPage.wasm };
}

const server = await serveMounts({ '/': dist });
const browser = await launchChromium();
const context = await browser.newContext();
await context.addInitScript(initScript);
const page = await context.newPage();
const first = ordered[0].text;
await page.goto(server.url);
const firstSteps = await page.evaluate(async (q) => {
  const api = await window.clippingsReady;
  const ready = performance.now();
  const parts = await api.fetchParts(q, { prefix: false });
  const fetched = performance.now();
  api.search(q, { prefix: false, limit: 10 });
  return { ready, fetched, answered: performance.now(), parts };
}, first);
const firstAnswerMs = firstSteps.answered;
log(`first answer ${firstAnswerMs.toFixed(0)} ms after navigation: ready at ${firstSteps.ready.toFixed(0)} ms, ${firstSteps.parts.fetched} of ${firstSteps.parts.needed} parts needed fetched and merged by ${firstSteps.fetched.toFixed(0)} ms`);
const served = server.takeServed();
const firstBytes = served.reduce((sum, f) => sum + f.bytes, 0);

const rows = [];
let afterSelective = null;
for (const query of ordered) {
  if (query.group === 'common' && !afterSelective) afterSelective = await memory(context, page);
  const row = await page.evaluate(async ({ q, accept }) => {
    const started = performance.now();
    const parts = await window.clippings.fetchParts(q, { prefix: false });
    const result = window.clippings.search(q, { prefix: false, limit: 10 });
    const cold = performance.now() - started;
    // A known-item query's article (or a copy of it) among the first 10 hits.
    const ids = result.hits.flatMap((h) => [h.id, ...(h.copies ?? [])]);
    const found = accept ? accept.some((id) => ids.includes(id)) : null;
    const warm = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      window.clippings.search(q, { prefix: false, limit: 10 });
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);
    return { cold, warm: warm[2], needed: parts.needed, leftOut: parts.leftOut, fetched: parts.fetched, failed: parts.failed, here: parts.here, total: result.total, found };
  }, { q: query.text, accept: query.accept ?? (query.target ? [query.target] : null) });
  // The query's words are the corpus's: the results keep its group and numbers only.
  rows.push({ group: query.group, ...row });
}
const end = await memory(context, page);
await browser.close();
await server.close();

function summary(selected) {
  const cold = selected.map((r) => r.cold);
  const warm = selected.map((r) => r.warm);
  return {
    queries: selected.length,
    coldP50: percentile(cold, 50), coldP95: percentile(cold, 95),
    warmP50: percentile(warm, 50), warmP95: percentile(warm, 95),
    partsFetched: selected.reduce((s, r) => s + r.fetched, 0),
    failed: selected.reduce((s, r) => s + r.failed, 0),
    leftOut: selected.filter((r) => r.leftOut > 0).length,
    knownItems: selected.filter((r) => r.found !== null).length,
    foundInTop10: selected.filter((r) => r.found === true).length,
  };
}
const selective = rows.filter((r) => r.group !== 'common');
const report = {
  size, every, parts: partFiles.length, partBytes, wasmBytes, firstAnswerMs, firstSteps, firstBytes,
  selective: summary(selective), common: summary(rows.filter((r) => r.group === 'common')), all: summary(rows),
  memoryAfterSelective: afterSelective, memoryAtEnd: end,
  partsHereAfterSelective: selective.at(-1)?.here ?? 0, partsHereAtEnd: rows.at(-1)?.here ?? 0,
  rows,
};
writeFileSync(join(REPO, 'docs/parts-benchmark.json'), `${JSON.stringify(report, null, 1)}\n`);
const ms = (x) => `${x.toFixed(1)} ms`;
for (const name of ['selective', 'common', 'all']) {
  const s = report[name];
  log(`${name}: ${s.queries} queries; cold p50 ${ms(s.coldP50)} p95 ${ms(s.coldP95)}; warm p50 ${ms(s.warmP50)} p95 ${ms(s.warmP95)}; ${s.partsFetched} parts fetched, ${s.failed} failed; ${s.leftOut} answered from some of their parts; known items in the top 10: ${s.foundInTop10} of ${s.knownItems}`);
}
const mb = (x) => `${(x / 1e6).toFixed(1)} MB`;
log(`memory after the selective groups (${report.partsHereAfterSelective} parts here): ${mb(afterSelective?.total ?? 0)} (Wasm ${mb(afterSelective?.wasm ?? 0)}); at the end (${report.partsHereAtEnd} parts): ${mb(end.total)} (Wasm ${mb(end.wasm)})`);
