// Makes the benchmark's queries from the collection itself, deterministically (seeded PRNG), so
// every engine answers the same questions and a rerun asks them again.
//
// Known-item queries name one article by 2-3 of its most distinctive words (tf-idf), in four
// variants: as written, with one typo (a letter substituted, deleted or inserted after the first),
// with two neighbouring letters swapped, and with the last word cut short as while typing. The other
// groups exercise the engines on common, rare, multi-word, quoted, numeric and absent terms.
import { seededRandom } from './random.mjs';

const STOP_WORDS = new Set(`a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in into
is it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says told year years
would could people new one two three last first time also like make made since still them they're
it's that's there's mr mrs ms`.split(/\s+/));

/** Sizes of each group: `quick` keeps every group but makes it small. */
export function groupSizes(quick) {
  return quick
    ? { knownItems: 30, common: 6, rare: 6, twoWords: 6, threeWords: 6, phrases: 6, numbers: 6, absent: 4, headlineItems: 20, bodyItems: 20 }
    : { knownItems: 200, common: 30, rare: 30, twoWords: 30, threeWords: 30, phrases: 20, numbers: 20, absent: 20, headlineItems: 120, bodyItems: 120 };
}

const lettersOnly = /^\p{L}+$/u;

/** Lower-cased words as the query generator sees them: runs of letters or digits. */
function words(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Document frequency and per-article term counts, for idf and for "what does it contain". */
function analyse(articles) {
  const df = new Map();
  const termCounts = articles.map((article) => {
    const counts = new Map();
    for (const word of words(`${article.headline}\n${article.body}`)) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const word of counts.keys()) df.set(word, (df.get(word) ?? 0) + 1);
    return counts;
  });
  return { df, termCounts, vocabulary: new Set(df.keys()) };
}

/** A word a person might type to find a topic: letters only, 4+ of them, not a stop word. */
const isContentWord = (word) => word.length >= 4 && lettersOnly.test(word) && !STOP_WORDS.has(word);

/** The article's content words, most distinctive first (tf-idf against the collection). */
function distinctiveWords(counts, df, articleCount) {
  return [...counts]
    .filter(([word]) => isContentWord(word))
    .map(([word, tf]) => ({ word, score: tf * Math.log(articleCount / df.get(word)) }))
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
    .map(({ word }) => word);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * One Levenshtein edit after the first letter (substitute, delete or insert one letter), giving a
 * non-word: every engine with edit distances counts it as one edit.
 */
function withTypo(word, rng, vocabulary) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const letter = rng.pick(LETTERS);
    const edits = [
      () => { const at = rng.int(1, word.length - 1); return word.slice(0, at) + letter + word.slice(at + 1); },
      () => { const at = rng.int(1, word.length - 1); return word.slice(0, at) + word.slice(at + 1); },
      () => { const at = rng.int(1, word.length); return word.slice(0, at) + letter + word.slice(at); },
    ];
    const typo = rng.pick(edits)();
    if (typo !== word && !vocabulary.has(typo)) return typo;
  }
  return null;
}

/**
 * Two neighbouring letters swapped after the first letter, giving a non-word: one edit for
 * Damerau-Levenshtein (Clippings), two for plain Levenshtein (MiniSearch, lunr, Orama).
 */
function withSwap(word, rng, vocabulary) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = rng.int(1, word.length - 2);
    const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    if (swapped !== word && !vocabulary.has(swapped)) return swapped;
  }
  return null;
}

/** Articles whose headline and body are identical (the BBC set has duplicates): any of them is a hit. */
function duplicateGroups(articles) {
  const byText = new Map();
  for (const article of articles) {
    const key = `${article.headline}\n${article.body}`;
    byText.set(key, [...(byText.get(key) ?? []), article.id]);
  }
  const groups = new Map();
  for (const ids of byText.values()) for (const id of ids) groups.set(id, ids);
  return groups;
}

function knownItemQueries(articles, stats, count, rng) {
  const duplicates = duplicateGroups(articles);
  const stride = articles.length / count;
  const queries = [];
  for (let i = 0; i < count && i < articles.length; i++) {
    const index = Math.floor(i * stride + rng.next() * stride);
    const article = articles[Math.min(index, articles.length - 1)];
    const counts = stats.termCounts[articles.indexOf(article)];
    const candidates = distinctiveWords(counts, stats.df, articles.length).slice(0, 6);
    if (candidates.length < 2) continue;
    // Keep the words in the order the article uses them, as someone remembering it would.
    const firstSeen = words(`${article.headline}\n${article.body}`);
    const chosen = rng.sample(candidates, rng.int(2, 3)).sort((a, b) => firstSeen.indexOf(a) - firstSeen.indexOf(b));
    const targets = duplicates.get(article.id);
    const base = { group: 'known-item', target: article.id, accept: targets };
    queries.push({ ...base, variant: 'written', text: chosen.join(' ') });

    const typoable = chosen.map((w, at) => ({ w, at })).filter(({ w }) => w.length >= 5);
    for (const [variant, misspell] of [['typo', withTypo], ['swap', withSwap]]) {
      if (!typoable.length) break;
      const { w, at } = rng.pick(typoable);
      const wrong = misspell(w, rng, stats.vocabulary);
      if (wrong) queries.push({ ...base, variant, text: chosen.map((x, j) => (j === at ? wrong : x)).join(' ') });
    }
    const last = chosen.at(-1);
    const cut = last.slice(0, rng.int(3, last.length - 1));
    queries.push({ ...base, variant: 'prefix', text: [...chosen.slice(0, -1), cut].join(' ') });
  }
  return queries;
}

/**
 * Known-item queries made by a rule of their own, so that ranking tuned on one set can be
 * measured on another: `headline` takes words from the headline, `body` only words that the
 * headline does not have, `lead` words from the first paragraph (what a reader remembers of
 * the opening; it often repeats the headline's subject in other words), `mixed` one word of
 * the headline and one that only the body has (a story's subject and a detail of it). Each article gives `written` (its two rarest such words), `typo` (one
 * of them misspelt), `prefix` (the last cut short) and `common`: two of its words that are
 * common in the collection (each in 20 to a tenth of the articles), what a reader who
 * half-remembers a story types; from the headline its most widespread two, from the body or lead the
 * two it repeats most (a body's most widespread words are the collection's filler); `mixed`
 * takes one of each kind, the rarest and the commonest of each. `parity` takes every other article (0: even, 1: odd), so the two sets name different
 * articles. The variants are named `<rule>/<variant>` (`headline/common`).
 */
function ruleQueries(articles, stats, count, rng, rule, parity) {
  const duplicates = duplicateGroups(articles);
  const eligible = articles.map((article, i) => ({ article, i })).filter(({ i }) => i % 2 === parity);
  const stride = eligible.length / count;
  const queries = [];
  for (let k = 0; k < count && k < eligible.length; k++) {
    const { article } = eligible[Math.min(Math.floor(k * stride + rng.next() * stride), eligible.length - 1)];
    const headlineWords = new Set(words(article.headline));
    const counts = stats.termCounts[articles.indexOf(article)];
    const contentWords = (list) => [...new Set(list)].filter(isContentWord);
    const fromHeadline = contentWords(words(article.headline));
    const fromBody = contentWords(words(article.body).filter((w) => !headlineWords.has(w)));
    const fromLead = contentWords(words(article.body.split(/\n\s*\n/)[0]));
    const byDf = (list, sign) => [...list].sort((a, b) => sign * (stats.df.get(a) - stats.df.get(b)) || (a < b ? -1 : 1));
    const rarest = (list, n) => byDf(list, 1).slice(0, n);
    const commonEnough = (list) => byDf(list, -1).filter((w) => stats.df.get(w) >= 20 && stats.df.get(w) <= articles.length / 10);
    const widespread = (list, n) => commonEnough(list).slice(0, n);
    const repeated = (list, n) => commonEnough(list).sort((a, b) => counts.get(b) - counts.get(a)).slice(0, n);
    const picks = {
      headline: () => [fromHeadline, rarest(fromHeadline, 2), widespread(fromHeadline, 2)],
      body: () => [fromBody, rarest(fromBody, 2), repeated(fromBody, 2)],
      lead: () => [fromLead, rarest(fromLead, 2), repeated(fromLead, 2)],
      mixed: () => [
        [...fromHeadline, ...fromBody],
        [...rarest(fromHeadline, 1), ...rarest(fromBody, 1)],
        [...widespread(fromHeadline, 1), ...repeated(fromBody, 1)],
      ],
    };
    const [inOrder, rareWords, commonWords] = picks[rule]();
    const keepOrder = (chosen) => inOrder.filter((w) => chosen.includes(w));
    const rare = keepOrder(rareWords);
    if (rare.length < 2) continue;
    const base = { group: 'known-item', target: article.id, accept: duplicates.get(article.id) };
    queries.push({ ...base, variant: `${rule}/written`, text: rare.join(' ') });
    const typoable = rare.map((w, at) => ({ w, at })).filter(({ w }) => w.length >= 5);
    if (typoable.length) {
      const { w, at } = rng.pick(typoable);
      const wrong = withTypo(w, rng, stats.vocabulary);
      if (wrong) queries.push({ ...base, variant: `${rule}/typo`, text: rare.map((x, j) => (j === at ? wrong : x)).join(' ') });
    }
    const last = rare.at(-1);
    queries.push({ ...base, variant: `${rule}/prefix`, text: [...rare.slice(0, -1), last.slice(0, rng.int(3, last.length - 1))].join(' ') });
    const common = keepOrder(commonWords);
    if (common.length === 2) queries.push({ ...base, variant: `${rule}/common`, text: common.join(' ') });
  }
  return queries;
}

/** The variants of the known-item rules, in report order. */
export const RULE_VARIANTS = ['headline', 'body', 'lead', 'mixed'].flatMap((rule) => ['written', 'typo', 'prefix', 'common'].map((v) => `${rule}/${v}`));

/** Content words sorted by document frequency, commonest first. */
function wordsByFrequency(stats) {
  return [...stats.df].filter(([w]) => isContentWord(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function commonWordQueries(stats, count, rng) {
  const top = wordsByFrequency(stats).slice(0, 150).map(([w]) => w);
  return rng.sample(top, count).map((text) => ({ group: 'common', text }));
}

function rareWordQueries(stats, count, rng) {
  const rare = wordsByFrequency(stats).filter(([, df]) => df >= 2 && df <= 5).map(([w]) => w);
  return rng.sample(rare, count).map((text) => ({ group: 'rare', text }));
}

/** `size` mid-frequency content words that occur together in one article. */
function coOccurringQueries(articles, stats, count, size, group, rng) {
  const queries = [];
  const midFrequency = (w) => stats.df.get(w) >= 5 && stats.df.get(w) <= articles.length / 10;
  while (queries.length < count) {
    const counts = stats.termCounts[rng.int(0, articles.length - 1)];
    const candidates = [...counts.keys()].filter((w) => isContentWord(w) && midFrequency(w));
    if (candidates.length >= size) queries.push({ group, text: rng.sample(candidates, size).join(' ') });
  }
  return queries;
}

/** Two or three consecutive words of an article's body, in double quotes. */
function phraseQueries(articles, count, rng) {
  const queries = [];
  while (queries.length < count) {
    const sentenceWords = rng.pick(articles).body.split(/\s+/).filter((w) => /^[\p{L}']+$/u.test(w));
    if (sentenceWords.length < 10) continue;
    const length = rng.int(2, 3);
    const start = rng.int(0, sentenceWords.length - length);
    const phrase = sentenceWords.slice(start, start + length);
    if (phrase.every((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    queries.push({ group: 'phrase', text: `"${phrase.join(' ')}"` });
  }
  return queries;
}

/** Years and amounts as the articles write them ("2004", "£600m", "76%", "1.13bn"). */
function numberQueries(articles, count, rng) {
  const seen = new Set();
  for (const article of articles) {
    for (const token of article.body.split(/\s+/)) {
      const number = token.replace(/^[("']+|[)"',.;:]+$/g, '');
      if (/^(19|20)\d\d$/.test(number) || /^[$£€]?\d[\d,.]*(m|bn|%)?$/.test(number)) seen.add(number);
    }
  }
  const all = [...seen].sort();
  const years = all.filter((n) => /^(19|20)\d\d$/.test(n));
  const amounts = all.filter((n) => !years.includes(n) && n.length >= 3);
  const half = Math.ceil(count / 2);
  return [...rng.sample(years, half), ...rng.sample(amounts, count - half)].map((text) => ({ group: 'number', text }));
}

/** Pronounceable made-up words: no corpus word starts with them or is within two edits of them. */
function absentWordQueries(stats, count, rng) {
  const consonants = 'bcdfgklmnprstvz';
  const vowels = 'aeiou';
  const vocabulary = [...stats.vocabulary];
  const queries = [];
  while (queries.length < count) {
    let word = '';
    for (let i = rng.int(3, 4); i > 0; i--) word += rng.pick(consonants) + rng.pick(vowels);
    const close = vocabulary.some((v) => v.startsWith(word) || (Math.abs(v.length - word.length) <= 2 && editDistanceAtMost(v, word, 2)));
    if (!close) queries.push({ group: 'absent', text: word });
  }
  return queries;
}

/** Whether the Levenshtein distance of a and b is at most `limit` (a banded check, cheap). */
function editDistanceAtMost(a, b, limit) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

/** Every query of the benchmark, in a fixed order; known-item ones carry their target ids. */
export function makeQueries(articles, { quick = false, seed = 20240601 } = {}) {
  const sizes = groupSizes(quick);
  const rng = seededRandom(seed);
  const stats = analyse(articles);
  return [
    ...knownItemQueries(articles, stats, sizes.knownItems, rng),
    ...commonWordQueries(stats, sizes.common, rng),
    ...rareWordQueries(stats, sizes.rare, rng),
    ...coOccurringQueries(articles, stats, sizes.twoWords, 2, 'two-words', rng),
    ...coOccurringQueries(articles, stats, sizes.threeWords, 3, 'three-words', rng),
    ...phraseQueries(articles, sizes.phrases, rng),
    ...numberQueries(articles, sizes.numbers, rng),
    ...absentWordQueries(stats, sizes.absent, rng),
    // Their own generators, so that the groups above stay the queries they were.
    ...ruleQueries(articles, stats, sizes.headlineItems, seededRandom(seed + 1), 'headline', 1),
    ...ruleQueries(articles, stats, sizes.bodyItems, seededRandom(seed + 2), 'body', 0),
    ...ruleQueries(articles, stats, sizes.bodyItems, seededRandom(seed + 3), 'lead', 0),
    ...ruleQueries(articles, stats, sizes.bodyItems, seededRandom(seed + 4), 'mixed', 0),
  ];
}
