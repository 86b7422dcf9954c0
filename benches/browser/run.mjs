// Side-by-side benchmark of Clippings and four browser search libraries (MiniSearch, FlexSearch,
// lunr, Orama) in one headless Chromium run. Writes docs/benchmarks.{md,json,svg}.
// Every library is measured twice: building its index in the page from articles.json ("build"),
// and loading an index that Node.js built and serialised beforehand, as a site would ship it
// ("load"; MiniSearch.loadJSON, lunr.Index.load, Orama load, FlexSearch import).
//
//   node benches/browser/run.mjs [--corpus <folder>] [--scale] [--skip-build] [--from-head] [--quick]
//
// --corpus      collection to compare on (default ../shared/corpora/bbc from the repo root)
// --scale       also the synthetic series: the full comparison at 20,000 articles and the cost
//               curve at 2k/5k/10k/20k (benches/synthetic.mjs makes the collections)
// --skip-build  reuse the Clippings builds under target/bench/ (and their recorded build time)
// --from-head   build Clippings from the last commit (git archive) instead of the working tree,
//               for when the tree is in the middle of an edit
// --quick       fewer queries, runs and navigations: for working on this script, not for numbers
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildClippings, exportHead, reuseBuild } from './build.mjs';
import { readCorpus } from './corpus.mjs';
import { launchChromium, measureEngine } from './measure.mjs';
import { makeQueries } from './queries.mjs';
import { writeReport } from './report.mjs';
import { serveMounts } from './server.mjs';
import { clippingsMisses, summariseEngine } from './summary.mjs';
import { writeSyntheticCollection } from '../synthetic.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const BENCH_DIR = join(REPO, 'target/bench');
const CARGO_TARGET_DIR = join(REPO, 'target/bench-cargo');
const PEERS = ['minisearch', 'flexsearch', 'lunr', 'orama'];
const SCALE_SIZES = [2000, 5000, 10000, 20000];
/** Sizes whose whole comparison (first answer, memory, quality, all queries) is reported. */
const FULL_SCALE_SIZE = 20000;
/** Queries whose total number of matches the report lists, to see that engines agree roughly. */
const EXAMPLE_QUERIES = ['market', 'time warner profit', 'prime minister', '"prime minister"', 'goverment', 'footbal', '2004', 'kiganibo'];

function parseArgs(argv) {
  const options = { corpus: resolve(REPO, '../shared/corpora/bbc'), scale: false, skipBuild: false, fromHead: false, quick: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') options.corpus = resolve(argv[++i]);
    else if (argv[i] === '--scale') options.scale = true;
    else if (argv[i] === '--skip-build') options.skipBuild = true;
    else if (argv[i] === '--from-head') options.fromHead = true;
    else if (argv[i] === '--quick') options.quick = true;
    else throw new Error(`unknown argument ${argv[i]} (see the comment at the top of run.mjs)`);
  }
  return options;
}

const log = (...parts) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** How hard to measure: the full run for the report, or a quick one while developing. */
function effort(quick, full) {
  const navigations = quick ? 1 : 3;
  const repeat = quick ? { minMs: 5, minRuns: 2, maxRuns: 200 } : { minMs: 20, minRuns: 3, maxRuns: 1000 };
  // The cost-curve sizes answer fewer queries: their point is the trend, not the groups.
  const querySet = full ? { quick } : { quick: true };
  return { navigations: full ? navigations : 1, repeat, querySet };
}

/** The collections to compare: the corpus, and with --scale the synthetic series. */
function planCollections(options) {
  const collections = [{ name: basename(options.corpus), folder: options.corpus, full: true }];
  if (options.scale) {
    for (const size of SCALE_SIZES) {
      collections.push({ name: `synthetic-${size}`, folder: join(BENCH_DIR, `synthetic-${size}`), size, full: size === FULL_SCALE_SIZE });
    }
  }
  return collections;
}

/**
 * Each peer's index, built and serialised in Node.js (prebuild.mjs, one process each) into
 * `<dataDir>/<peer>.index.json`: the file a site would ship instead of building in the page.
 * Returns per peer its file, size and Node's times.
 */
function prebuildIndexes(dataDir, collectionName) {
  const prebuilt = {};
  for (const name of PEERS) {
    const file = `${name}.index.json`;
    const output = execFileSync(process.execPath, [join(import.meta.dirname, 'prebuild.mjs'), name, join(dataDir, 'articles.json'), join(dataDir, file)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    prebuilt[name] = { file, ...JSON.parse(output.trim().split('\n').at(-1)) };
    const { nodeBuildMs, nodeSerializeMs, bytes } = prebuilt[name];
    log(`  ${collectionName}: ${name} index prebuilt in Node.js (${(nodeBuildMs / 1000).toFixed(1)} s + ${(nodeSerializeMs / 1000).toFixed(1)} s), ${(bytes / 1e6).toFixed(1)} MB`);
  }
  return prebuilt;
}

/** Articles, their JSON for the peers, the queries and the Clippings build of one collection. */
async function prepare(collection, options, sourceDir, sourceLabel) {
  if (collection.size) {
    log(`writing ${collection.size} synthetic articles to ${collection.folder}`);
    writeSyntheticCollection({ count: collection.size, out: collection.folder, source: options.corpus });
  }
  const articles = readCorpus(collection.folder);
  const dataDir = join(BENCH_DIR, 'data', collection.name);
  mkdirSync(dataDir, { recursive: true });
  const articlesJson = JSON.stringify(articles);
  writeFileSync(join(dataDir, 'articles.json'), articlesJson);
  log(`prebuilding the peers' indexes for ${collection.name}`);
  const prebuilt = prebuildIndexes(dataDir, collection.name);
  const queries = makeQueries(articles, effort(options.quick, collection.full).querySet);
  const queriesFile = collection.name === basename(options.corpus) ? 'queries.json' : `queries-${collection.name}.json`;
  writeFileSync(join(BENCH_DIR, queriesFile), JSON.stringify({ collection: collection.name, queries }, null, 1));

  const distDir = join(BENCH_DIR, `dist-${collection.name}`);
  let build;
  if (options.skipBuild) {
    build = reuseBuild(distDir);
  } else {
    log(`building Clippings on ${collection.name} (${articles.length} articles)`);
    build = await buildClippings({
      repoRoot: REPO, sourceDir, sourceLabel, corpusDir: collection.folder, distDir,
      cargoTargetDir: CARGO_TARGET_DIR, logFile: join(BENCH_DIR, `build-${collection.name}.log`),
    });
    log(build.ok ? `built in ${(build.wallMs / 1000).toFixed(1)} s` : `build FAILED after ${(build.wallMs / 1000).toFixed(1)} s, see ${build.logFile}`);
  }
  return {
    ...collection,
    articles: articles.length,
    textBytes: articles.reduce((sum, a) => sum + Buffer.byteLength(a.headline) + Buffer.byteLength(a.body), 0),
    articlesJsonBytes: Buffer.byteLength(articlesJson),
    prebuilt,
    queries,
    queriesFile: join(BENCH_DIR, queriesFile),
    distDir,
    build,
  };
}

/** Measures every engine on one collection; an engine that fails is reported, not fatal. */
async function measureCollection(browser, collection, peerServer, options) {
  const { navigations, repeat } = effort(options.quick, collection.full);
  const engines = [];
  let clippingsServer = null;
  if (collection.build.ok) {
    clippingsServer = await serveMounts({ '/': collection.distDir });
    engines.push({ name: 'clippings', kind: 'clippings', url: clippingsServer.url, server: clippingsServer });
  }
  for (const name of PEERS) {
    const data = `/data/${collection.name}`;
    engines.push({ name, kind: 'peer', url: `${peerServer.url}peer.html?engine=${name}&mode=build&data=${data}/articles.json`, server: peerServer });
    engines.push({ name: `${name}:load`, kind: 'peer', url: `${peerServer.url}peer.html?engine=${name}&mode=load&data=${data}/${collection.prebuilt[name].file}`, server: peerServer });
  }
  // Orama's default threshold beside its AND (threshold 0), in build mode: see engines.mjs.
  engines.push({ name: 'orama-any', kind: 'peer', url: `${peerServer.url}peer.html?engine=orama-any&mode=build&data=/data/${collection.name}/articles.json`, server: peerServer });
  const results = {};
  const answers = {};
  for (const engine of engines) {
    log(`${collection.name}: ${engine.name}`);
    const started = performance.now();
    try {
      const raw = await measureEngine(browser, engine, collection.queries, { navigations, repeat, examples: EXAMPLE_QUERIES });
      results[engine.name] = summariseEngine(collection.queries, raw);
      const peer = engine.name.replace(/:load$/, '');
      if (collection.prebuilt[peer]) results[engine.name].serializedIndexBytes = collection.prebuilt[peer].bytes;
      answers[engine.name] = raw.answers;
    } catch (error) {
      log(`  ${engine.name} FAILED: ${error.message.split('\n')[0]}`);
      results[engine.name] = { error: error.message.split('\n')[0] };
    }
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await clippingsServer?.close();
  // A loaded index should answer exactly as the one built in the page: count the queries where not.
  for (const name of PEERS) {
    const built = answers[name];
    const loaded = answers[`${name}:load`];
    if (built && loaded) {
      results[`${name}:load`].answersDifferingFromBuild = built.filter((a, i) => JSON.stringify(a.ids) !== JSON.stringify(loaded[i].ids)).length;
    }
  }
  const buildModeAnswers = Object.fromEntries(Object.entries(answers).filter(([name]) => !name.endsWith(':load')));
  return { engines: results, clippingsMisses: clippingsMisses(collection.queries, buildModeAnswers) };
}

function commandOutput(command) {
  try {
    return execFileSync('bash', ['-c', `source "${REPO}/scripts/env.sh" && ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Which Clippings was measured: the commit, and whether the working tree differed from it. */
function clippingsSource(options) {
  const git = (args) => execFileSync('git', ['-C', REPO, ...args], { encoding: 'utf8' }).trim();
  const [hash, subject] = git(['log', '-1', '--format=%h%n%s']).split('\n');
  const commit = `${hash} ("${subject.length > 60 ? `${subject.slice(0, 60)}…` : subject}")`;
  if (options.fromHead) return `the last commit, ${commit} (--from-head)`;
  const changed = git(['status', '--porcelain', '--', 'crates', 'src', 'build.rs', 'Cargo.toml', 'Cargo.lock', 'index.html', 'styles', 'js']);
  return changed ? `the working tree: commit ${commit} plus uncommitted changes to ${changed.split('\n').length} files` : `commit ${commit}`;
}

function environment(browserVersion) {
  const cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
  const libraryVersion = (name) => JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    machine: { cpu: cpuModel, cores: cpus().length, ramGiB: Math.round(totalmem() / 2 ** 30) },
    versions: {
      chromium: browserVersion,
      node: process.version,
      rustc: commandOutput('rustc --version'),
      trunk: commandOutput('trunk --version'),
      'wasm-opt': commandOutput('wasm-opt --version'),
      minisearch: libraryVersion('minisearch'),
      flexsearch: libraryVersion('flexsearch'),
      lunr: libraryVersion('lunr'),
      '@orama/orama': libraryVersion('@orama/orama'),
      'playwright-core': libraryVersion('playwright-core'),
    },
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  mkdirSync(BENCH_DIR, { recursive: true });
  const sourceDir = options.fromHead && !options.skipBuild ? exportHead(REPO, BENCH_DIR) : REPO;
  const source = clippingsSource(options);

  // Every build first: a build running beside a measurement would skew it.
  const collections = [];
  for (const collection of planCollections(options)) collections.push(await prepare(collection, options, sourceDir, source));

  const loadAtStart = loadavg()[0];
  const browser = await launchChromium();
  const peerServer = await serveMounts({
    '/': import.meta.dirname,
    '/node_modules/': join(REPO, 'node_modules'),
    '/data/': join(BENCH_DIR, 'data'),
  });
  try {
    for (const collection of collections) Object.assign(collection, await measureCollection(browser, collection, peerServer, options));
  } finally {
    await peerServer.close();
  }
  const env = environment(browser.version());
  await browser.close();

  const command = ['node benches/browser/run.mjs', ...process.argv.slice(2)].join(' ');
  const report = {
    date: new Date().toISOString(),
    command,
    runSeconds: (performance.now() - started) / 1000,
    options,
    // With --skip-build, what the reused builds recorded.
    clippingsSource: options.skipBuild ? (collections[0].build.source ?? 'unknown') : source,
    ...env,
    // 1-minute load average of the machine (2 cores, shared) when the measurements began and ended.
    loadAverage: { measurementsStarted: loadAtStart, measurementsEnded: loadavg()[0] },
    collections: collections.map(({ queries, ...rest }) => ({ ...rest, queryCount: queries.length })),
  };
  const written = writeReport(report, join(REPO, 'docs'));
  log(`wrote ${written.join(', ')} in ${(report.runSeconds / 60).toFixed(1)} min`);
}

await main();
