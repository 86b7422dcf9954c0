// Writes docs/benchmarks.md (tables), docs/benchmarks.json (raw numbers) and docs/benchmarks.svg
// (a hand-made chart: latency per engine on the main collection, query p95 against size).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PEERS = ['minisearch', 'flexsearch', 'lunr', 'orama'];
/** Clippings, then each peer building its index in the page and loading a prebuilt one. */
const ENGINE_ORDER = ['clippings', ...PEERS.flatMap((p) => [p, `${p}:load`]), 'orama-any'];
const BASE_LABEL = { clippings: 'Clippings', minisearch: 'MiniSearch', flexsearch: 'FlexSearch', lunr: 'lunr', orama: 'Orama', 'orama-any': 'Orama, threshold 1' };
const baseName = (name) => name.replace(/:load$/, '');
const isLoad = (name) => name.endsWith(':load');
const ENGINE_LABEL = Object.fromEntries(ENGINE_ORDER.map((n) => [n, BASE_LABEL[baseName(n)]]));
const MODE_LABEL = (name) => (name === 'clippings' ? 'index in the Wasm file' : isLoad(name) ? 'loads prebuilt index' : 'builds index in page');
const ENGINE_COLOUR = { clippings: '#b3411f', minisearch: '#2b6cb0', flexsearch: '#2f855a', lunr: '#805ad5', orama: '#b7791f', 'orama-any': '#d69e2e' };
const RULE_VARIANTS = ['headline', 'body', 'lead', 'mixed'].flatMap((rule) => ['written', 'typo', 'prefix', 'common'].map((v) => `${rule}/${v}`));
const GROUP_ORDER = ['known-item/written', 'known-item/typo', 'known-item/swap', 'known-item/prefix', ...RULE_VARIANTS.map((v) => `known-item/${v}`), 'common', 'rare', 'two-words', 'three-words', 'phrase', 'number', 'absent'];
const VARIANTS = ['written', 'typo', 'swap', 'prefix', 'overall', ...RULE_VARIANTS];

// ---- number formatting ---------------------------------------------------------------------

const ms = (v) => (v === null || v === undefined ? '–' : v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(0) : `${(v / 1000).toFixed(1)} s`);
const msCell = (v) => (v === null || v === undefined ? '–' : v >= 1000 ? ms(v) : `${ms(v)} ms`);
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`);
const ratio = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const enginesOf = (collection) => ENGINE_ORDER.filter((name) => collection.engines?.[name]);
/** Clippings and the peers in build mode: the answers of a loaded index are the same (checked). */
const answerEnginesOf = (collection) => enginesOf(collection).filter((name) => !isLoad(name));
const ok = (result) => result && !result.error;

// ---- markdown --------------------------------------------------------------------------------

const SETTINGS = `Each library gets what its own documentation recommends for this task (searching English articles while typing, with typos), the headline boosted 3, as Clippings' was before its weights were chosen on its development queries (docs/ranking.md), and every query word required (AND) wherever the library offers it. The adapters are in \`benches/browser/engines.mjs\`; the same code builds in the page, builds and serialises in Node.js for the load mode, and loads.

| engine | tokens and matching | prefix | typos | headline boost | AND | results | from the library's documentation |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Clippings | UAX #29 words, case and accents folded, Snowball English stems, inner apostrophes and hyphens also split; BM25F with weights chosen on development queries (docs/ranking.md); an article holding a word itself ranks above one holding only a completion or near spelling | last word, while typing | its own rule: 1 edit from 5 letters, 2 from 9, never numbers, a swap of neighbours is one edit (first letter counts double); a word in 2+ articles is not widened | 2 in BM25F's sum plus a headline term of its own (\`RankingWeights\`, docs/ranking.md) | yes, across fields; \`"…"\` is a phrase, \`OR\` and \`-word\` work | \`clippings.search(q, { limit: 10 })\`, which also makes snippets, matching paragraphs and facets; *ranking only*: \`{ limit: 10, facets: false }\` | (its own) |
| MiniSearch | default tokenizer (Unicode spaces and punctuation), lower case, no stemming; BM25 | every word: \`prefix: true\` | \`fuzzy: 0.2\`: 0.2 × word length edits, rounded (1 from 3 letters, 2 from 8; numbers too); Levenshtein, so a swap is 2 | \`boost: { headline: 3 }\` | \`combineWith: 'AND'\`, across fields | \`search()\` scores and returns every match; the top 10 are kept | README, "Search options": \`boost\`, \`prefix: true\`, \`fuzzy: 0.2\`, \`combineWith: 'AND'\`; \`MiniSearch.loadJSON\` with the same options |
| lunr | lunr's tokenizer, trimmer, stop-word filter and Porter stemmer; BM25 | last word: \`stem*\` | \`stem~1\` on every word (Levenshtein, so a swap is 2), the last word included | field boost 3 at index time | every word but the last is \`+\` (required); the last word is two clauses, \`stem*\` and \`stem~1\`, which lunr cannot make one required clause, so they rank without filtering | \`query()\` returns every match; the top 10 are kept | lunrjs.com/guides/searching.html (wildcards, fuzzy matches \`~1\`, term presence \`+\`), the \`Index#query\` builder API (so that \`:\` or \`~\` typed cannot throw); \`lunr.Index.load\` |
| Orama | default tokenizer (English, no stemming); BM25 | every word (Orama matches prefixes unless \`exact\`) | \`tolerance: 1\` (Levenshtein 1, on every word; a swap is 2) | \`boost: { headline: 3 }\` | \`threshold: 0\` (every word inside one property) over \`headline\` and a combined \`text\` (headline + body), so every word somewhere in the article | \`limit: 10\`; \`count\` is the total | docs.orama.com, search: "Typo tolerance", "Fields boosting", "Threshold"; \`save\`/\`load\` from @orama/orama |
| FlexSearch | \`Document\` over \`headline\` and a combined \`text\` (headline + body); default encoder (\`Charset.Normalize\`: case, accents, repeated letters); default resolution; numeric ids | every word: \`tokenize: 'forward'\` | none: FlexSearch has no edit distance (its fuzziness comes from phonetic encoders, which are not its default and merge distinct words) | \`Resolver\`: \`headline\` with \`boost: 3\` \`.or()\` \`text\` | FlexSearch intersects the words inside a field; \`text\` holds the whole article, so every word somewhere in it | \`resolve({ limit: 10 })\`; no total without resolving all matches | README: "Tokenizer (Partial Match)" (\`forward\` for prefixes), "Charset Collection" (Normalize is the default), "Use numeric IDs"; doc/document-search.md (Resolver); \`export\`/\`import\` |
| Orama, threshold 1 | as Orama | as Orama | as Orama | as Orama | none: \`threshold: 1\`, Orama's default, ranks every document holding any word | as Orama | docs.orama.com, search: "Threshold" (1 is the default); build mode only |

Orama is measured twice because its AND misfires here: \`threshold: 0\` keeps a document when, in one property, the number of index words it matched equals the number of query words (@orama/orama 3.1.18, \`components/index.js\`, \`search()\`). Orama always matches prefixes and \`tolerance\` adds neighbours, so one query word often matches several words of a document (\`surcharge\`, \`surcharges\`), and a document that holds every word is then dropped (or one that lacks a word kept). The "Orama" rows are the AND the documentation describes, as it behaves; "Orama, threshold 1" is its default, which ranks documents holding any word. Neither is tuned by us.`;

/** "Clippings 2.3× sooner", "par", "Clippings 1.4× later": a over b for times (smaller is better). */
function timeRatio(clippings, peer, sooner = 'sooner', later = 'later') {
  if (!clippings || !peer) return '–';
  const times = (r) => (r < 10 ? r.toFixed(1) : r.toFixed(0));
  if (peer / clippings >= 1.1) return `Clippings ${times(peer / clippings)}× ${sooner}`;
  if (clippings / peer >= 1.1) return `Clippings ${times(clippings / peer)}× ${later}`;
  return 'par, within 10%';
}

/** The median first answer, and the range of the samples when there are several. */
function firstAnswerCell(r) {
  const samples = r.firstAnswerSamplesMs ?? [];
  if (samples.length < 2) return msCell(r.firstAnswerMs);
  return `${msCell(r.firstAnswerMs)} (${msCell(Math.min(...samples))} – ${msCell(Math.max(...samples))})`;
}

function overviewTable(collection) {
  const rows = enginesOf(collection).map((name) => {
    const r = collection.engines[name];
    if (!ok(r)) return [ENGINE_LABEL[name], MODE_LABEL(name), `failed: ${r.error}`, '', '', '', '', '', '', '', ''];
    return [
      ENGINE_LABEL[name],
      MODE_LABEL(name),
      msCell(r.latencyMs.p50),
      msCell(r.latencyMs.p95),
      msCell(r.rankingLatencyMs?.p50),
      firstAnswerCell(r),
      `${mb(r.bytesShipped.raw)} (${mb(r.bytesShipped.gzip)})`,
      `${mb(r.memory.jsHeapPlusWasmBytes)} (${mb(r.memory.jsHeapBytes)} + ${mb(r.memory.wasmBytes)})`,
      name === 'clippings' ? `${msCell(collection.build.wallMs)} (trunk)` : `${msCell(r.indexBuildMs)} (${isLoad(name) ? 'load' : 'build'})`,
      ratio(r.quality.overall?.mrrAt10),
      ratio(r.quality.overall?.recallAt10),
    ];
  });
  const navigations = collection.engines.clippings?.firstAnswerSamplesMs?.length ?? 3;
  return table(['engine', 'mode', 'query p50', 'query p95', 'ranking only p50', `first answer: median of ${navigations} (range)`, 'bytes shipped raw (gzip)', 'memory: JS heap + Wasm', 'index build or load', 'MRR@10', 'recall@10'], rows);
}

/** Clippings against each peer in both modes, in words, from the numbers of this run. */
function inShort(collection) {
  const c = collection.engines.clippings;
  if (!ok(c)) return '';
  const lines = [];
  for (const peer of PEERS) {
    const built = collection.engines[peer];
    const loaded = collection.engines[`${peer}:load`];
    if (!ok(built) || !ok(loaded)) continue;
    const q = (r, v) => ratio(r.quality[v]?.mrrAt10);
    lines.push(`- **${ENGINE_LABEL[peer]}**: first answer ${msCell(c.firstAnswerMs)} against ${msCell(built.firstAnswerMs)} building in the page (${timeRatio(c.firstAnswerMs, built.firstAnswerMs)}) and ${msCell(loaded.firstAnswerMs)} loading a prebuilt index (${timeRatio(c.firstAnswerMs, loaded.firstAnswerMs)}); ` +
      `query p50 ${msCell(c.latencyMs.p50)} against ${msCell(built.latencyMs.p50)} (${timeRatio(c.latencyMs.p50, built.latencyMs.p50, 'faster', 'slower')}), p95 ${msCell(c.latencyMs.p95)} against ${msCell(built.latencyMs.p95)}; ` +
      `ranking only p50 ${msCell(c.rankingLatencyMs?.p50)} against ${msCell(built.latencyMs.p50)} (${timeRatio(c.rankingLatencyMs?.p50, built.latencyMs.p50, 'faster', 'slower')}); ` +
      `MRR@10 written / typo / swap / prefix ${q(c, 'written')} / ${q(c, 'typo')} / ${q(c, 'swap')} / ${q(c, 'prefix')} against ${q(built, 'written')} / ${q(built, 'typo')} / ${q(built, 'swap')} / ${q(built, 'prefix')}; ` +
      `gzip bytes ${mb(c.bytesShipped.gzip)} against ${mb(built.bytesShipped.gzip)} (build) and ${mb(loaded.bytesShipped.gzip)} (load).`);
  }
  return lines.join('\n');
}

function groupTable(collection) {
  const engines = answerEnginesOf(collection).filter((name) => ok(collection.engines[name]));
  const groups = GROUP_ORDER.filter((g) => engines.some((name) => collection.engines[name].latencyMs.byGroup[g]));
  const rows = groups.map((group) => {
    const n = collection.engines[engines[0]].latencyMs.byGroup[group]?.n ?? 0;
    return [`${group} (${n})`, ...engines.map((name) => {
      const g = collection.engines[name].latencyMs.byGroup[group];
      return g ? `${ms(g.p50)} / ${ms(g.p95)}` : '–';
    })];
  });
  return table(['group (queries)', ...engines.map((n) => `${ENGINE_LABEL[n]} p50 / p95 ms`)], rows);
}

function qualityTable(collection) {
  const engines = answerEnginesOf(collection).filter((name) => ok(collection.engines[name]));
  const rows = VARIANTS.map((variant) => {
    const n = collection.engines[engines[0]]?.quality[variant]?.n ?? 0;
    return [`${variant} (${n})`, ...engines.map((name) => {
      const q = collection.engines[name].quality[variant];
      return q ? `${ratio(q.mrrAt10)} / ${ratio(q.recallAt10)}` : '–';
    })];
  });
  return table(['known-item variant (queries)', ...engines.map((n) => `${ENGINE_LABEL[n]} MRR / recall`)], rows);
}

/** Every measure of this run where a peer (in either mode) did better than Clippings. */
function behind(collection) {
  const c = collection.engines.clippings;
  if (!ok(c)) return '';
  const lines = [];
  const lower = (label, get, format) => {
    const rivals = enginesOf(collection).filter((n) => n !== 'clippings' && ok(collection.engines[n]) && get(collection.engines[n]) !== null && get(collection.engines[n]) * 1.1 <= get(c));
    if (rivals.length) lines.push(`- ${label}: Clippings ${format(get(c))}; ${rivals.map((n) => `${ENGINE_LABEL[n]} (${isLoad(n) ? 'load' : 'build'}) ${format(get(collection.engines[n]))}`).join(', ')}.`);
  };
  lower('First answer', (r) => r.firstAnswerMs, msCell);
  lower('Query p50', (r) => r.latencyMs.p50, msCell);
  lower('Query p95', (r) => r.latencyMs.p95, msCell);
  lower('Bytes shipped (gzip)', (r) => r.bytesShipped.gzip, mb);
  lower('Memory', (r) => r.memory.jsHeapPlusWasmBytes, mb);
  for (const variant of VARIANTS) {
    const mine = c.quality[variant]?.mrrAt10;
    const rivals = answerEnginesOf(collection).filter((n) => n !== 'clippings' && ok(collection.engines[n]) && collection.engines[n].quality[variant]?.mrrAt10 > mine + 0.005);
    if (rivals.length) lines.push(`- MRR@10, ${variant}: Clippings ${ratio(mine)}; ${rivals.map((n) => `${ENGINE_LABEL[n]} ${ratio(collection.engines[n].quality[variant].mrrAt10)}`).join(', ')}.`);
  }
  return lines.length ? ['Where a library did better than Clippings in this run (by 10% or more for times and sizes, by more than 0.005 for MRR):', '', ...lines].join('\n') : 'No library did better than Clippings on any measure of this run.';
}

/** Whether the loaded indexes answered as the ones built in the page. */
function loadCheck(collection) {
  const parts = PEERS.filter((p) => ok(collection.engines[`${p}:load`]) && collection.engines[`${p}:load`].answersDifferingFromBuild !== undefined)
    .map((p) => `${ENGINE_LABEL[p]} ${collection.engines[`${p}:load`].answersDifferingFromBuild}`);
  if (!parts.length) return '';
  return `The tables below show the peers' answers from the index built in the page. Queries whose top 10 differed with the loaded index: ${parts.join(', ')} (of ${collection.queryCount}).`;
}

function examplesTable(collection) {
  const engines = answerEnginesOf(collection).filter((name) => ok(collection.engines[name]));
  const queries = Object.keys(collection.engines[engines[0]]?.examples ?? {});
  return table(['query', ...engines.map((n) => ENGINE_LABEL[n])], queries.map((q) => [`\`${q}\``, ...engines.map((name) => String(collection.engines[name].examples[q]))]));
}

function missesSection(collection) {
  const misses = collection.clippingsMisses ?? [];
  if (!collection.engines?.clippings || !ok(collection.engines.clippings)) return 'Clippings was not measured on this collection.';
  if (!misses.length) return 'Every known-item target that a peer found in its top 10, Clippings found too.';
  const byVariant = {};
  for (const m of misses) byVariant[m.variant] = (byVariant[m.variant] ?? 0) + 1;
  const rows = misses.slice(0, 15).map((m) => [`\`${m.text}\``, m.variant, m.target, String(m.clippingsTotal), m.foundBy.map((n) => ENGINE_LABEL[n]).join(', ')]);
  return [
    `${misses.length} known-item queries where Clippings has the target outside its top 10 but a peer has it inside (${Object.entries(byVariant).map(([v, n]) => `${v}: ${n}`).join(', ')}). The first ${rows.length}:`,
    '',
    table(['query', 'variant', 'target', 'Clippings total', 'found by'], rows),
  ].join('\n');
}

function collectionSection(collection, heading) {
  const clippingsBuild = collection.build.ok
    ? `Clippings build: ${msCell(collection.build.wallMs)} wall${collection.build.reused ? ' (recorded when built; reused with --skip-build)' : ''}, Wasm ${mb(collection.build.sizes.wasm.raw)} (gzip ${mb(collection.build.sizes.wasm.gzip)}).`
    : 'Clippings build: FAILED, so Clippings is missing here (see the build log under target/bench/).';
  return [
    `## ${heading}`,
    '',
    `${collection.articles.toLocaleString('en')} articles, ${mb(collection.textBytes)} of text; articles.json for the peers ${mb(collection.articlesJsonBytes)}; prebuilt index files ${PEERS.filter((p) => collection.prebuilt?.[p]).map((p) => `${ENGINE_LABEL[p]} ${mb(collection.prebuilt[p].bytes)}`).join(', ')}; ${collection.queryCount} queries. ${clippingsBuild}`,
    '',
    overviewTable(collection),
    '',
    '### In short',
    '',
    inShort(collection),
    '',
    behind(collection),
    '',
    loadCheck(collection),
    '',
    '### Latency by query group',
    '',
    groupTable(collection),
    '',
    '### Known-item quality (MRR@10 / recall@10)',
    '',
    qualityTable(collection),
    '',
    '### Total matches for a few queries',
    '',
    examplesTable(collection),
    '',
    '### Where Clippings misses and a peer finds',
    '',
    missesSection(collection),
    '',
  ].join('\n');
}

function costCurveTable(series) {
  const rows = [];
  for (const collection of series) {
    for (const name of enginesOf(collection)) {
      const r = collection.engines[name];
      const mode = name === 'clippings' ? 'Wasm' : isLoad(name) ? 'load' : 'build';
      if (!ok(r)) { rows.push([collection.articles.toLocaleString('en'), ENGINE_LABEL[name], mode, `failed: ${r.error}`, '', '', '', '', '']); continue; }
      const shipped = name === 'clippings'
        ? `Wasm ${mb(collection.build.sizes.wasm.raw)} (gzip ${mb(collection.build.sizes.wasm.gzip)})`
        : isLoad(name) ? `index file ${mb(r.serializedIndexBytes)}` : `articles.json ${mb(collection.articlesJsonBytes)}`;
      const build = name === 'clippings' ? `${msCell(collection.build.wallMs)} (trunk)` : `${msCell(r.indexBuildMs)} (in page)`;
      rows.push([collection.articles.toLocaleString('en'), ENGINE_LABEL[name], mode, shipped, `${mb(r.bytesShipped.raw)} (${mb(r.bytesShipped.gzip)})`, build, msCell(r.firstAnswerMs), msCell(r.latencyMs.p50), msCell(r.latencyMs.p95), mb(r.memory.jsHeapPlusWasmBytes)]);
    }
    if (!collection.build.ok) rows.push([collection.articles.toLocaleString('en'), 'Clippings', 'Wasm', `build failed after ${msCell(collection.build.wallMs)}`, '', '', '', '', '', '']);
  }
  return table(['articles', 'engine', 'mode', 'data for the index', 'bytes shipped raw (gzip)', 'build or load', 'first answer', 'query p50', 'query p95', 'memory'], rows);
}

function markdown(report) {
  const [main, ...synthetic] = report.collections;
  const full = synthetic.find((c) => c.full);
  const v = report.versions;
  return [
    '# Clippings in the browser, beside four search libraries',
    '',
    `Measured ${report.date.slice(0, 10)} (${report.date}) with \`${report.command}\`; the run took ${(report.runSeconds / 60).toFixed(1)} min. Clippings built from ${report.clippingsSource}.`,
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.ramGiB} GiB RAM. ` +
      `Chromium ${v.chromium} (headless, Debian's), Node.js ${v.node}, ${v.rustc}, ${v.trunk}, wasm-opt ${v['wasm-opt']}; ` +
      `MiniSearch ${v.minisearch}, FlexSearch ${v.flexsearch}, lunr ${v.lunr}, Orama ${v['@orama/orama']}, playwright-core ${v['playwright-core']}.` +
      (report.loadAverage ? ` Load average (1 min) of the shared machine when the measurements began and ended: ${report.loadAverage.measurementsStarted.toFixed(1)} and ${report.loadAverage.measurementsEnded.toFixed(1)}.` : ''),
    report.options.quick ? '\n**This is a `--quick` run: few queries and runs, numbers for checking the script only.**\n' : '',
    '![Query latency per engine, and query p95 against collection size](benchmarks.svg)',
    '',
    'Raw numbers: [benchmarks.json](benchmarks.json). Queries: `target/bench/queries.json` after a run.',
    '',
    '## How to read this',
    '',
    '- **Query p50 / p95**: each query is run once as warm-up, then repeated until 20 ms have passed (3 to 1000 runs); its sample is the mean. p50 and p95 are over all queries (and per group below). Timed inside the page with `performance.now()` (5 µs resolution: the pages are cross-origin isolated); the engines\' work differs: Clippings also makes snippets, matching paragraphs and facets, MiniSearch and lunr score every match, Orama and FlexSearch stop at 10.',
    '- **Two modes per library**: *build*, the page fetches `articles.json` and builds the index; *load*, the page fetches `<library>.index.json`, an index that `run.mjs` built and serialised beforehand in Node.js with the same adapter and settings (MiniSearch `toJSON`/`loadJSON`, lunr `toJSON`/`Index.load`, Orama `save`/`load`, FlexSearch `export`/`import`), and loads it with the library\'s loader. A load page has no article text (Orama\'s saved database holds the documents; the others do not): to show a headline or a snippet a site would also ship `articles.json` or stored fields, which is not counted. Clippings\' first answer already has snippets.',
    '- **First answer**: from navigation start to the end of the first search, median of 3 fresh browser contexts, service workers blocked (Clippings\' release build registers one after the load event, which downloads the Wasm file again to precache it). Clippings: page load, Wasm compile and start (its index is built at compile time and embedded), first search. Peers: page load, library load, fetch of `articles.json` and index build (build mode) or fetch of the index file and its load (load mode), first search.',
    '- **Bytes shipped**: every response body the page loaded (page, adapter script, library, and `articles.json` or the index file), raw and gzip -9 (node zlib). Clippings ships one Wasm file holding the parsed articles and the index, and its page.',
    '- **Memory**: after the first answer and a forced GC: V8\'s used JS heap (`performance.memory` with `--enable-precise-memory-info`) plus the Wasm linear memory. `performance.measureUserAgentSpecificMemory()` works (the pages are isolated) but leaves Wasm memory out, so it is only in the JSON.',
    '- **Quality**: known-item queries name one article by 2-3 of its most distinctive words (tf-idf, 4+ letters, no stop words) as written; with a *typo*: one letter substituted, deleted or inserted after the first letter of a word of 5+ letters (one edit for every engine that counts edits); with a *swap*: two neighbouring letters after the first swapped (one edit for Clippings, which counts a transposition as one, two for MiniSearch, lunr and Orama); or with the last word cut to a *prefix* of 3+ letters. A typo or swap never gives a word of the collection. MRR@10 is the mean of 1/rank of the article (0 when outside the top 10), recall@10 the share found in the top 10. Exact duplicates in the collection count as the article, and a Clippings hit that stands for the article as one of its copies (Clippings collapses exact and near copies of a story into one result, listing the others in `copies`) counts too; a peer lists copies as separate results, each taking a place in its top 10. Four more known-item sets are made by rules of their own from other articles (one in two each), each in four variants (the two rarest words as written, one with a typo, the last cut short, and *common*: two words each in 20 to 223 articles): *headline* (words of the headline; common: its two most widespread), *body* (words the headline lacks; common: the two it repeats most), *lead* (words of the first paragraph) and *mixed* (one headline word and one body word). Clippings\' ranking weights were chosen on body, lead and mixed (its development set); headline and the tf-idf set are its test sets, never tuned on. *overall* is the tf-idf set alone, as in earlier runs.',
    '- **Index build or load**: Clippings builds its index at compile time, so its build is the whole `trunk build --release` (cargo, build.rs parsing and indexing, wasm-bindgen, wasm-opt) in a warm cargo target dir; a peer in build mode builds in the page on every load (from parsed `articles.json` to the index), in load mode it loads the fetched file (parse and the library\'s loader). The Node.js build and serialisation times of the index files are in the JSON (`prebuilt`).',
    '- The machine has 2 cores and was shared with other work (its load average is above); compare engines within one run rather than across runs, and read differences under about 2× in query latency with care: a peer\'s two modes query the same index, so the gap between their p50s is a measure of the noise.',
    '',
    '## Settings per engine',
    '',
    SETTINGS,
    '',
    'Changed since the run of 2026-11-22: the peers\' headline boost was 2 (now 3, as Clippings); typos were made by Clippings\' own rule, a quarter of them swaps (now one Levenshtein edit, swaps a group of their own); MiniSearch got Clippings\' edit rule and a prefix on the last word only (now its README\'s `prefix: true, fuzzy: 0.2`); lunr had no fuzzy clause on the last word; Orama ranked every document holding any word and FlexSearch wanted every word inside one field (now both have AND over the whole article through a combined field); FlexSearch used the phonetic `LatinExtra` encoder (now its default); the peers only built in the page (now also load a prebuilt index); the service worker of Clippings\' build was not blocked.',
    '',
    'Query groups: known-item (written, typo, swap, prefix); common words (among the 150 most frequent content words); rare words (in 2-5 articles); two and three mid-frequency words from one article; 2-3 word phrases from an article in double quotes (only Clippings searches them as phrases; the peers search their words); numbers as written (years, amounts like `£600m`, `76%`); made-up words that no article contains or nearly contains.',
    '',
    collectionSection(main, `${main.name}: ${main.articles.toLocaleString('en')} articles`),
    full ? collectionSection(full, `Synthetic: ${full.articles.toLocaleString('en')} articles`) : '',
    full ? 'The synthetic articles reuse BBC paragraphs (each paragraph appears in about ten articles), so a known-item target often has near-twins that hold the same words: quality numbers on it say less than on BBC.\n' : '',
    synthetic.length ? ['## Cost against collection size', '', 'Synthetic collections by `benches/synthetic.mjs` (BBC headlines and paragraphs, seeded). Below 20,000 articles a smaller query set is used (known-item 30 articles, 6 per other group) and one navigation, so the first answer there is one sample.', '', costCurveTable(synthetic), ''].join('\n') : '',
  ].join('\n');
}

// ---- SVG -------------------------------------------------------------------------------------

const escapeXml = (s) => String(s).replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);

/** A "nice" axis maximum: 1, 2 or 5 times a power of ten, at or above `value`. */
function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value);
}

function latencyBars(collection, x0, y0, width, height) {
  const engines = answerEnginesOf(collection).filter((name) => ok(collection.engines[name]));
  const max = niceMax(Math.max(...engines.map((n) => collection.engines[n].latencyMs.p95)));
  const plotLeft = x0 + 50;
  const plotWidth = width - 60;
  const plotTop = y0 + 40;
  const plotHeight = height - 90;
  const slot = plotWidth / Math.max(engines.length, 1);
  const barWidth = slot * 0.32;
  const y = (v) => plotTop + plotHeight - (v / max) * plotHeight;
  const parts = [`<text x="${x0}" y="${y0 + 16}" class="title">Query latency on ${escapeXml(collection.name)} (${collection.articles.toLocaleString('en')} articles), ms</text>`];
  for (let i = 0; i <= 4; i++) {
    const value = (max * i) / 4;
    parts.push(`<line x1="${plotLeft}" x2="${plotLeft + plotWidth}" y1="${y(value)}" y2="${y(value)}" class="grid"/>`, `<text x="${plotLeft - 6}" y="${y(value) + 4}" class="axis" text-anchor="end">${+value.toPrecision(3)}</text>`);
  }
  engines.forEach((name, i) => {
    const { p50, p95 } = collection.engines[name].latencyMs;
    const left = plotLeft + i * slot + slot * 0.16;
    for (const [k, value] of [[0, p50], [1, p95]]) {
      const bx = left + k * barWidth;
      parts.push(`<rect x="${bx}" y="${y(value)}" width="${barWidth - 2}" height="${plotTop + plotHeight - y(value)}" fill="${ENGINE_COLOUR[name]}" opacity="${k ? 1 : 0.55}"><title>${ENGINE_LABEL[name]} ${k ? 'p95' : 'p50'}: ${ms(value)} ms</title></rect>`);
      parts.push(`<text x="${bx + barWidth / 2}" y="${y(value) - 4}" class="value" text-anchor="middle">${ms(value)}</text>`);
    }
    parts.push(`<text x="${left + barWidth}" y="${plotTop + plotHeight + 16}" class="axis" text-anchor="middle">${ENGINE_LABEL[name]}</text>`);
  });
  parts.push(`<text x="${plotLeft}" y="${y0 + height - 18}" class="axis">light bar: p50, dark bar: p95</text>`);
  return parts.join('\n');
}

function scaleLines(series, x0, y0, width, height) {
  const points = {};
  for (const collection of series) {
    for (const name of answerEnginesOf(collection)) {
      const r = collection.engines[name];
      if (ok(r)) (points[name] ??= []).push([collection.articles, r.latencyMs.p95]);
    }
  }
  const sizes = series.map((c) => c.articles);
  const max = niceMax(Math.max(...Object.values(points).flat().map(([, v]) => v)));
  const plotLeft = x0 + 50;
  const plotWidth = width - 150;
  const plotTop = y0 + 40;
  const plotHeight = height - 90;
  const x = (n) => plotLeft + (n / Math.max(...sizes)) * plotWidth;
  const y = (v) => plotTop + plotHeight - (v / max) * plotHeight;
  const parts = [`<text x="${x0}" y="${y0 + 16}" class="title">Query p95 (ms) against collection size (synthetic)</text>`];
  for (let i = 0; i <= 4; i++) {
    const value = (max * i) / 4;
    parts.push(`<line x1="${plotLeft}" x2="${plotLeft + plotWidth}" y1="${y(value)}" y2="${y(value)}" class="grid"/>`, `<text x="${plotLeft - 6}" y="${y(value) + 4}" class="axis" text-anchor="end">${+value.toPrecision(3)}</text>`);
  }
  for (const n of sizes) parts.push(`<text x="${x(n)}" y="${plotTop + plotHeight + 16}" class="axis" text-anchor="middle">${n / 1000}k</text>`);
  Object.entries(points).forEach(([name, line], i) => {
    const colour = ENGINE_COLOUR[name];
    parts.push(`<polyline points="${line.map(([n, v]) => `${x(n)},${y(v)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const [n, v] of line) parts.push(`<circle cx="${x(n)}" cy="${y(v)}" r="3" fill="${colour}"><title>${ENGINE_LABEL[name]}, ${n} articles: p95 ${ms(v)} ms</title></circle>`);
    parts.push(`<rect x="${plotLeft + plotWidth + 20}" y="${plotTop + i * 18}" width="10" height="10" fill="${colour}"/>`, `<text x="${plotLeft + plotWidth + 36}" y="${plotTop + i * 18 + 9}" class="axis">${ENGINE_LABEL[name]}</text>`);
  });
  return parts.join('\n');
}

function svg(report) {
  const [main, ...synthetic] = report.collections;
  const panelWidth = 640;
  const panelHeight = 320;
  const panels = [latencyBars(main, 10, 0, panelWidth, panelHeight)];
  if (synthetic.length) panels.push(`<g>${scaleLines(synthetic, 10, panelHeight + 10, panelWidth, panelHeight)}</g>`);
  const height = panels.length * (panelHeight + 10);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${panelWidth + 20}" height="${height}" viewBox="0 0 ${panelWidth + 20} ${height}" font-family="system-ui, sans-serif">
<style>
  .title { font-size: 14px; font-weight: 600; fill: #222; }
  .axis { font-size: 11px; fill: #444; }
  .value { font-size: 10px; fill: #222; }
  .grid { stroke: #ddd; stroke-width: 1; }
</style>
<rect width="100%" height="100%" fill="white"/>
${panels.join('\n')}
</svg>
`;
}

/** Writes the three files into `docsDir`; returns their paths. */
export function writeReport(report, docsDir) {
  mkdirSync(docsDir, { recursive: true });
  const files = {
    'benchmarks.json': `${JSON.stringify(report, null, 1)}\n`,
    'benchmarks.md': `${markdown(report)}\n`,
    'benchmarks.svg': svg(report),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(docsDir, name), text);
  return Object.keys(files).map((name) => join(docsDir, name));
}
