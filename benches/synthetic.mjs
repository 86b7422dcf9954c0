// A deterministic synthetic collection for scale tests, made of the BBC corpus's own text: each
// article takes the headline of some BBC article and 3-8 paragraphs drawn from BBC articles of the
// same section, and is written in the corpus's plain-text layout (headline, blank line, paragraphs
// separated by blank lines) as <out>/<section>/<n>.txt.
//
//   node benches/synthetic.mjs --count 20000 --out target/bench/synthetic-20000 [--source <bbc folder>] [--seed 7]
//
// The same seed gives the same files, and the first N articles of a larger run equal a run of N.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './browser/corpus.mjs';
import { seededRandom } from './browser/random.mjs';

export const DEFAULT_SOURCE = resolve(import.meta.dirname, '../../shared/corpora/bbc');

/** Headlines and paragraphs of the source corpus, grouped by section (the id's folder). */
function sectionsOf(articles) {
  const sections = new Map();
  for (const { id, headline, body } of articles) {
    const name = id.includes('/') ? id.split('/')[0] : 'misc';
    if (!sections.has(name)) sections.set(name, { name, headlines: [], paragraphs: [] });
    const section = sections.get(name);
    section.headlines.push(headline);
    section.paragraphs.push(...body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  }
  return [...sections.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The synthetic articles, in memory: `[{ section, name, text }]`. */
export function makeSyntheticArticles({ count, source = DEFAULT_SOURCE, seed = 7 }) {
  const sections = sectionsOf(readCorpus(source));
  const rng = seededRandom(seed);
  const width = String(count).length;
  const articles = [];
  for (let n = 1; n <= count; n++) {
    const section = sections[rng.int(0, sections.length - 1)];
    const headline = rng.pick(section.headlines);
    const paragraphs = Array.from({ length: rng.int(3, 8) }, () => rng.pick(section.paragraphs));
    articles.push({ section: section.name, name: String(n).padStart(width, '0'), text: `${headline}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return articles;
}

/** Writes the collection to `out` (emptied first); returns the number of files. */
export function writeSyntheticCollection({ count, out, source, seed }) {
  rmSync(out, { recursive: true, force: true });
  const articles = makeSyntheticArticles({ count, source, seed });
  for (const { section, name, text } of articles) {
    mkdirSync(join(out, section), { recursive: true });
    writeFileSync(join(out, section, `${name}.txt`), text);
  }
  return articles.length;
}

function parseArgs(argv) {
  const args = { count: 20000, out: null, source: DEFAULT_SOURCE, seed: 7 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--count') args.count = Number(value), i++;
    else if (argv[i] === '--out') args.out = resolve(value), i++;
    else if (argv[i] === '--source') args.source = resolve(value), i++;
    else if (argv[i] === '--seed') args.seed = Number(value), i++;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!args.out) throw new Error('usage: node benches/synthetic.mjs --count N --out <folder> [--source <folder>] [--seed N]');
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count must be a positive integer');
  return args;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const written = writeSyntheticCollection(args);
  console.log(`wrote ${written} articles to ${args.out}`);
}
