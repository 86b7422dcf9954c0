// Builds one peer library's index of a collection in Node.js and writes it serialised, as a site
// would ship it for the benchmark's "load" mode. One process per index, so that the memory of one
// library's 20,000-article index is gone before the next one is built.
//
//   node benches/browser/prebuild.mjs <engine> <articles.json> <out.index.json>
//
// Prints { bytes, nodeBuildMs, nodeSerializeMs } as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import * as orama from '@orama/orama';
import * as flexsearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { flexsearchEngine, lunrEngine, minisearchEngine, oramaEngine } from './engines.mjs';

const ADAPTERS = {
  minisearch: () => minisearchEngine(MiniSearch),
  flexsearch: () => flexsearchEngine(flexsearch),
  lunr: () => lunrEngine(lunr),
  orama: () => oramaEngine(orama),
};

const [name, articlesFile, outFile] = process.argv.slice(2);
if (!ADAPTERS[name] || !articlesFile || !outFile) throw new Error('usage: prebuild.mjs <engine> <articles.json> <out.index.json>');
const articles = JSON.parse(readFileSync(articlesFile, 'utf8'));
const adapter = ADAPTERS[name]();
let started = performance.now();
const index = await adapter.build(articles);
const nodeBuildMs = performance.now() - started;
started = performance.now();
const text = await adapter.serialize(index);
const nodeSerializeMs = performance.now() - started;
writeFileSync(outFile, text);
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), nodeBuildMs, nodeSerializeMs }));
