// Writes the known-item queries that tune and measure ranking natively
// (`crates/clippings-core/examples/tune_ranking.rs`): the browser benchmark's own generator
// (`benches/browser/queries.mjs`), so the native figures and the browser's are about the same
// questions. Usage: node benches/ranking-queries.mjs [corpus folder] [output file]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readCorpus } from './browser/corpus.mjs';
import { makeQueries } from './browser/queries.mjs';

const [corpus = '../shared/corpora/bbc', output = 'target/bench/ranking-queries.json'] = process.argv.slice(2);
const knownItems = makeQueries(readCorpus(corpus)).filter((q) => q.group === 'known-item');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(knownItems));
const counts = {};
for (const q of knownItems) counts[q.variant] = (counts[q.variant] ?? 0) + 1;
console.log(`${knownItems.length} known-item queries to ${output}:`, counts);
