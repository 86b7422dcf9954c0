// The Wasm's memory and the times at the first answer, for builds side by side: what the page
// holds once it has read its collection and answered once, the figure the browser benchmark's
// memory column is made of, without its twelve minutes of queries. Each build given opens on
// 127.0.0.1 in a fresh context (service workers blocked, as in run.mjs); the first search runs
// the moment `window.clippingsReady` resolves, and the Wasm memory's size is read a second
// later (it only grows, so this is its high-water mark up to then).
//
//   node benches/browser/first-answer.mjs [--runs 3] [--query 'tony blair'] label=<dist> ...
//
// Runs the builds interleaved; prints one line a run and each build's medians.
import { launchChromium, namedBuilds } from './measure.mjs';
import { serveMounts } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 3));
const query = option('--query', 'tony blair');
const builds = namedBuilds(args);
if (builds.length === 0) {
  console.error('name at least one build: label=<dist>');
  process.exit(2);
}

// Runs in the page before its scripts: catches the Wasm memory as trunk's loader announces it,
// and answers the first query as soon as the API is ready.
function firstAnswerScript(firstQuery) {
  window.__first = {};
  addEventListener('TrunkApplicationStarted', (event) => { window.__first.memory = event.detail.wasm.memory; });
  let ready;
  Object.defineProperty(window, 'clippingsReady', {
    configurable: true,
    get: () => ready,
    set(promise) {
      ready = promise;
      promise.then((api) => {
        window.__first.ready = performance.now();
        api.search(firstQuery, { limit: 10 });
        window.__first.answered = performance.now();
      });
    },
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await launchChromium();
const rows = builds.map((build) => ({ ...build, runs: [] }));
for (let run = 0; run < runs; run++) {
  for (const row of rows) {
    const server = await serveMounts({ '/': row.dist });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(firstAnswerScript, query);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__first.answered !== undefined && window.__first.memory);
    await page.waitForTimeout(1000);
    const measured = await page.evaluate(() => ({
      ready: Math.round(window.__first.ready),
      answered: Math.round(window.__first.answered),
      wasmMB: window.__first.memory.buffer.byteLength / 1e6,
    }));
    row.runs.push(measured);
    console.log(`${row.label}, run ${run + 1}: API ready ${measured.ready} ms, first answer ${measured.answered} ms after navigation; Wasm memory ${measured.wasmMB.toFixed(1)} MB`);
    await context.close();
    await server.close();
  }
}
await browser.close();
for (const row of rows) {
  const of = (key) => median(row.runs.map((r) => r[key]));
  console.log(`${row.label}: medians of ${runs}: ready ${of('ready')} ms, first answer ${of('answered')} ms, Wasm memory ${of('wasmMB').toFixed(1)} MB`);
}
