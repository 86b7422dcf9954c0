// The peer page: loads one search library (?engine=) and either builds its index in the page from
// the collection (?mode=build&data=articles.json) or loads an index serialised beforehand by
// run.mjs (?mode=load&data=<engine>.index.json), then answers through `window.benchEngine`, the
// same surface run.mjs drives for Clippings. `window.peerTimings` says where the time to the first
// answer went. The adapters and their settings are in engines.mjs (docs/benchmarks.md lists them).
import { flexsearchEngine, lunrEngine, minisearchEngine, oramaEngine } from './engines.mjs';

function loadClassicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Each library as a site would load it (its browser ES module, or lunr's script), then its adapter. */
const LIBRARIES = {
  async minisearch() {
    const { default: MiniSearch } = await import('/node_modules/minisearch/dist/es/index.js');
    return minisearchEngine(MiniSearch);
  },
  async lunr() {
    await loadClassicScript('/node_modules/lunr/lunr.min.js');
    return lunrEngine(window.lunr);
  },
  async orama() {
    return oramaEngine(await import('/node_modules/@orama/orama/dist/browser/index.js'));
  },
  // Orama with its default threshold (1: any word), beside the AND one (see engines.mjs).
  async 'orama-any'() {
    return oramaEngine(await import('/node_modules/@orama/orama/dist/browser/index.js'), { threshold: 1 });
  },
  async flexsearch() {
    return flexsearchEngine(await import('/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs'));
  },
};

async function start() {
  const params = new URLSearchParams(location.search);
  const name = params.get('engine');
  const mode = params.get('mode') ?? 'build';
  if (!LIBRARIES[name]) throw new Error(`unknown engine ${name}`);
  const timings = { mode };
  const library = await LIBRARIES[name]();
  timings.libraryLoadedMs = performance.now();
  const response = await fetch(params.get('data'));
  let index;
  if (mode === 'build') {
    const articles = await response.json();
    timings.dataFetchedMs = performance.now();
    index = await library.build(articles);
  } else if (mode === 'load') {
    const text = await response.text();
    timings.dataFetchedMs = performance.now();
    index = await library.load(text);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  timings.indexReadyMs = performance.now();
  // "buildMs": building the index from the articles, or loading the serialised one.
  timings.buildMs = timings.indexReadyMs - timings.dataFetchedMs;
  library.search(index, params.get('first') ?? '');
  timings.firstAnswerMs = performance.now();
  window.peerTimings = timings;
  window.benchEngine = {
    search: (query) => library.search(index, query),
    count: (query) => library.count(index, query),
  };
}

window.peerReady = start();
