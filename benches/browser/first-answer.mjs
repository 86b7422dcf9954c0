// The Wasm's memory and the times at the first answer, for builds side by side: what the page
// holds once it has read its collection and answered once, the figure the browser benchmark's
// memory column is made of, without its twelve minutes of queries. Each build given opens on
// 127.0.0.1 in a fresh context (service workers blocked, as in run.mjs); the first search runs
// the moment `window.clippingsReady` resolves (run.mjs's own init script), and the Wasm
// memory's size is read a second later (it only grows, so this is its high-water mark up to
// then).
//
//   node benches/browser/first-answer.mjs [--runs 3] [--query 'tony blair'] label=<dist> ...
//
// Runs the builds interleaved; prints one line a run and each build's medians.
import { clippingsInitScript, launchChromium, namedBuilds } from './measure.mjs';
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await launchChromium();
const rows = builds.map((build) => ({ ...build, runs: [] }));
for (let run = 0; run < runs; run++) {
  for (const row of rows) {
    const server = await serveMounts({ '/': row.dist });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(clippingsInitScript, query);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__benchFirstAnswerMs !== undefined && window.__benchWasmMemory);
    await page.waitForTimeout(1000);
    const measured = await page.evaluate(() => ({
      ready: Math.round(window.__benchReadyMs),
      answered: Math.round(window.__benchFirstAnswerMs),
      wasmMB: window.__benchWasmMemory.buffer.byteLength / 1e6,
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
