// Writes docs/benchmarks.md (tables), docs/benchmarks.json (raw numbers) and docs/benchmarks.svg
// (a hand-made chart: latency per engine on the main collection, query p95 against size).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE_ORDER = ['clippings', 'minisearch', 'flexsearch', 'lunr', 'orama'];
const ENGINE_LABEL = { clippings: 'Clippings', minisearch: 'MiniSearch', flexsearch: 'FlexSearch', lunr: 'lunr', orama: 'Orama' };
const ENGINE_COLOUR = { clippings: '#b3411f', minisearch: '#2b6cb0', flexsearch: '#2f855a', lunr: '#805ad5', orama: '#b7791f' };
const GROUP_ORDER = ['known-item/written', 'known-item/typo', 'known-item/prefix', 'common', 'rare', 'two-words', 'three-words', 'phrase', 'number', 'absent'];

// ---- number formatting ---------------------------------------------------------------------

const ms = (v) => (v === null || v === undefined ? '–' : v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(0) : `${(v / 1000).toFixed(1)} s`);
const msCell = (v) => (v === null || v === undefined ? '–' : v >= 1000 ? ms(v) : `${ms(v)} ms`);
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`);
const ratio = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const enginesOf = (collection) => ENGINE_ORDER.filter((name) => collection.engines?.[name]);
const ok = (result) => result && !result.error;

// ---- markdown --------------------------------------------------------------------------------

const SETTINGS = `| engine | tokens and matching | prefix | typos | headline boost | AND | results |
| --- | --- | --- | --- | --- | --- | --- |
| Clippings | UAX #29 words, case and accents folded, Snowball English stems; BM25F | last word, while typing | its own rule: 1 edit from 5 letters, 2 from 9, never numbers, first letter counts double; a word in 2+ articles is not widened | 3 (its own \`HEADLINE_WEIGHT\`, not settable from the page) | yes, across fields; \`"…"\` is a phrase, \`OR\` and \`-word\` work | \`clippings.search(q, { limit: 10 })\`, which also makes snippets, matching paragraphs and facets |
| MiniSearch | default tokenizer (Unicode spaces and punctuation), lower case, no stemming; BM25 | last word (\`prefix: (t, i, all) => i === all.length - 1\`) | per word: 1 edit from 5 letters, 2 from 9, none on numbers (\`fuzzy\` function) | \`boost: { headline: 2 }\` | \`combineWith: 'AND'\`, across fields | \`search()\` scores and returns every match; the top 10 are kept |
| lunr | lunr's tokenizer, trimmer, stop-word filter and Porter stemmer | last word: \`stem*\` (trailing wildcard) | \`stem~1\` from 5 letters, \`~2\` from 9, on every word but the last (lunr cannot combine \`~\` and \`*\` in one clause) | field boost 2 at index time | every word \`+\` (required), across fields; built with the query-builder API so that \`:\` or \`~\` typed by a user cannot throw | \`query()\` returns every match; the top 10 are kept |
| Orama | default tokenizer (English, no stemming) | every word (Orama's radix tree always matches prefixes unless \`exact\`) | \`tolerance: 1\` (Levenshtein 1, on every word, numbers and short words included) | \`boost: { headline: 2 }\` | no AND across fields: \`threshold: 1\` (the default) ranks every document holding any word; \`threshold: 0\` (every word inside one field) cut recall@10 on BBC from 0.79 to 0.39 in a trial, so it is not used | \`limit: 10\`; \`count\` is the total |
| FlexSearch | \`Document\` with fields headline and body, \`tokenize: 'forward'\`, \`encoder: Charset.LatinExtra\`, \`resolution: 9\` | every word (the forward tokenizer indexes every prefix) | no edit distance: LatinExtra's Soundex-like phonetic encoding (and letter deduplication) is its nearest equivalent | \`Resolver\`: headline with \`boost: 2\` \`.or()\` body | per field: words intersect within a field, the two fields are united (every word in the headline or every word in the body) | \`resolve({ limit: 10 })\`; no total without resolving all matches |`;

function overviewTable(collection) {
  const rows = enginesOf(collection).map((name) => {
    const r = collection.engines[name];
    if (!ok(r)) return [ENGINE_LABEL[name], `failed: ${r.error}`, '', '', '', '', '', '', ''];
    return [
      ENGINE_LABEL[name],
      msCell(r.latencyMs.p50),
      msCell(r.latencyMs.p95),
      msCell(r.firstAnswerMs),
      `${mb(r.bytesShipped.raw)} (${mb(r.bytesShipped.gzip)})`,
      `${mb(r.memory.jsHeapPlusWasmBytes)} (${mb(r.memory.jsHeapBytes)} + ${mb(r.memory.wasmBytes)})`,
      name === 'clippings' ? `${msCell(collection.build.wallMs)} (trunk)` : msCell(r.indexBuildMs),
      ratio(r.quality.overall?.mrrAt10),
      ratio(r.quality.overall?.recallAt10),
    ];
  });
  return table(['engine', 'query p50', 'query p95', 'first answer (median of ' + (collection.engines.clippings?.firstAnswerSamplesMs?.length ?? 3) + ')', 'bytes shipped raw (gzip)', 'memory: JS heap + Wasm', 'index build', 'MRR@10', 'recall@10'], rows);
}

function groupTable(collection) {
  const engines = enginesOf(collection).filter((name) => ok(collection.engines[name]));
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
  const engines = enginesOf(collection).filter((name) => ok(collection.engines[name]));
  const rows = ['written', 'typo', 'prefix', 'overall'].map((variant) => {
    const n = collection.engines[engines[0]]?.quality[variant]?.n ?? 0;
    return [`${variant} (${n})`, ...engines.map((name) => {
      const q = collection.engines[name].quality[variant];
      return q ? `${ratio(q.mrrAt10)} / ${ratio(q.recallAt10)}` : '–';
    })];
  });
  return table(['known-item variant (queries)', ...engines.map((n) => `${ENGINE_LABEL[n]} MRR / recall`)], rows);
}

function examplesTable(collection) {
  const engines = enginesOf(collection).filter((name) => ok(collection.engines[name]));
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
    `${collection.articles.toLocaleString('en')} articles, ${mb(collection.textBytes)} of text; articles.json for the peers ${mb(collection.articlesJsonBytes)}; ${collection.queryCount} queries. ${clippingsBuild}`,
    '',
    overviewTable(collection),
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
      if (!ok(r)) { rows.push([collection.articles.toLocaleString('en'), ENGINE_LABEL[name], `failed: ${r.error}`, '', '', '', '']); continue; }
      const index = name === 'clippings'
        ? `Wasm ${mb(collection.build.sizes.wasm.raw)} (gzip ${mb(collection.build.sizes.wasm.gzip)})`
        : `articles.json ${mb(collection.articlesJsonBytes)} + serialized index ${mb(r.serializedIndexBytes)}`;
      const build = name === 'clippings' ? `${msCell(collection.build.wallMs)} (trunk)` : `${msCell(r.indexBuildMs)} (in page)`;
      rows.push([collection.articles.toLocaleString('en'), ENGINE_LABEL[name], index, build, msCell(r.latencyMs.p50), msCell(r.latencyMs.p95), mb(r.memory.jsHeapPlusWasmBytes)]);
    }
    if (!collection.build.ok) rows.push([collection.articles.toLocaleString('en'), 'Clippings', `build failed after ${msCell(collection.build.wallMs)}`, '', '', '', '']);
  }
  return table(['articles', 'engine', 'index size', 'build', 'query p50', 'query p95', 'memory'], rows);
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
      `MiniSearch ${v.minisearch}, FlexSearch ${v.flexsearch}, lunr ${v.lunr}, Orama ${v['@orama/orama']}, playwright-core ${v['playwright-core']}.`,
    report.options.quick ? '\n**This is a `--quick` run: few queries and runs, numbers for checking the script only.**\n' : '',
    '![Query latency per engine, and query p95 against collection size](benchmarks.svg)',
    '',
    'Raw numbers: [benchmarks.json](benchmarks.json). Queries: `target/bench/queries.json` after a run.',
    '',
    '## How to read this',
    '',
    '- **Query p50 / p95**: each query is run once as warm-up, then repeated until 20 ms have passed (3 to 1000 runs); its sample is the mean. p50 and p95 are over all queries (and per group below). Timed inside the page with `performance.now()` (5 µs resolution: the pages are cross-origin isolated); the engines\' work differs: Clippings also makes snippets, matching paragraphs and facets, MiniSearch and lunr score every match, Orama and FlexSearch stop at 10.',
    '- **First answer**: from navigation start to the end of the first search, median of 3 fresh browser contexts. Clippings: page load, Wasm compile and start (its index is built at compile time and embedded), first search. Peers: page load, library load, fetch of `articles.json`, index build in the page, first search.',
    '- **Bytes shipped**: every response body the page loaded, raw and gzip -9 (node zlib). Peers ship the articles (they need them to build the index); Clippings ships one Wasm file holding the parsed articles and the index.',
    '- **Memory**: after the first answer and a forced GC: V8\'s used JS heap (`performance.memory` with `--enable-precise-memory-info`) plus the Wasm linear memory. `performance.measureUserAgentSpecificMemory()` works (the pages are isolated) but leaves Wasm memory out, so it is only in the JSON.',
    '- **Quality**: known-item queries name one article by 2-3 of its most distinctive words (tf-idf, 4+ letters, no stop words) as written, with one typo (an edit after the first letter of a word of 5+ letters), or with the last word cut to a prefix of 3+ letters. MRR@10 is the mean of 1/rank of the article (0 when outside the top 10), recall@10 the share found in the top 10. Exact duplicates in the collection count as the article.',
    '- **Index build**: Clippings builds its index at compile time, so its build is the whole `trunk build --release` (cargo, build.rs parsing and indexing, wasm-bindgen, wasm-opt) in a warm cargo target dir; the peers build in the page on every load.',
    '- The machine has 2 cores and may have been busy (another cargo build); compare engines within one run rather than across runs.',
    '',
    '## Settings per engine',
    '',
    SETTINGS,
    '',
    'Query groups: known-item (written, typo, prefix); common words (among the 150 most frequent content words); rare words (in 2-5 articles); two and three mid-frequency words from one article; 2-3 word phrases from an article in double quotes (only Clippings searches them as phrases; the peers search their words); numbers as written (years, amounts like `£600m`, `76%`); made-up words that no article contains or nearly contains.',
    '',
    collectionSection(main, `${main.name}: ${main.articles.toLocaleString('en')} articles`),
    full ? collectionSection(full, `Synthetic: ${full.articles.toLocaleString('en')} articles`) : '',
    full ? 'The synthetic articles reuse BBC paragraphs (each paragraph appears in about ten articles), so a known-item target often has near-twins that hold the same words: quality numbers on it say less than on BBC.\n' : '',
    synthetic.length ? ['## Cost against collection size', '', 'Synthetic collections by `benches/synthetic.mjs` (BBC headlines and paragraphs, seeded). Below 20,000 articles a smaller query set is used (known-item 30 articles, 6 per other group) and one navigation.', '', costCurveTable(synthetic), ''].join('\n') : '',
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
  const engines = enginesOf(collection).filter((name) => ok(collection.engines[name]));
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
    for (const name of enginesOf(collection)) {
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
