// The peer page: loads one search library (?engine=), fetches the collection (?data=), builds the
// index in the page and answers through `window.benchEngine`, the same surface run.mjs drives for
// Clippings. `window.peerTimings` says where the time to the first answer went.
//
// Settings are chosen to be as close to Clippings as each library allows (docs/benchmarks.md
// lists them): prefix on the last word, typo tolerance, headline boost 2, AND, 10 hits.

const LIMIT = 10;

/** Clippings' typo rule, for libraries that take an edit distance per word: 1 from 5 letters, 2 from 9. */
function editsFor(term) {
  if (!/^\p{L}+$/u.test(term)) return 0; // never on numbers
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

function loadClassicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** One adapter per library: build(articles) -> index, search(index, q) -> { total, ids }, count, serialize. */
const ENGINES = {
  async minisearch() {
    const { default: MiniSearch } = await import('/node_modules/minisearch/dist/es/index.js');
    const searchOptions = {
      boost: { headline: 2 },
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => editsFor(term) || false,
    };
    return {
      build(articles) {
        const index = new MiniSearch({ fields: ['headline', 'body'], idField: 'id', searchOptions });
        index.addAll(articles);
        return index;
      },
      // MiniSearch scores every match and returns them all, sorted: the total comes free.
      search(index, query) {
        const results = index.search(query);
        return { total: results.length, ids: results.slice(0, LIMIT).map((r) => r.id) };
      },
      count: (index, query) => index.search(query).length,
      serialize: (index) => JSON.stringify(index),
    };
  },

  async lunr() {
    await loadClassicScript('/node_modules/lunr/lunr.min.js');
    const { lunr } = window;
    /** Query words as lunr's indexer sees them: its tokenizer and trimmer, stop words dropped, stemmed. */
    const queryTerms = (index, query) =>
      lunr.tokenizer(query)
        .map((token) => lunr.trimmer(token).toString())
        .filter((term) => term && lunr.stopWordFilter(term))
        .map((term) => ({ typed: term, stem: index.pipeline.runString(term)[0] ?? term }));
    // The builder API instead of lunr's query string: a user's `:` or `~` must not throw.
    const run = (index, query) => {
      const terms = queryTerms(index, query);
      if (!terms.length) return [];
      return index.query((q) => terms.forEach(({ typed, stem }, i) => {
        const clause = { presence: lunr.Query.presence.REQUIRED, usePipeline: false };
        // lunr cannot be fuzzy and a prefix in one clause: the last word is the prefix.
        if (i === terms.length - 1) q.term(stem, { ...clause, wildcard: lunr.Query.wildcard.TRAILING });
        else if (editsFor(typed)) q.term(stem, { ...clause, editDistance: editsFor(typed) });
        else q.term(stem, clause);
      }));
    };
    return {
      build(articles) {
        return lunr(function () {
          this.ref('id');
          this.field('headline', { boost: 2 });
          this.field('body');
          for (const article of articles) this.add(article);
        });
      },
      search(index, query) {
        const results = run(index, query);
        return { total: results.length, ids: results.slice(0, LIMIT).map((r) => r.ref) };
      },
      count: (index, query) => run(index, query).length,
      serialize: (index) => JSON.stringify(index),
    };
  },

  async orama() {
    const { create, insertMultiple, search, save } = await import('/node_modules/@orama/orama/dist/browser/index.js');
    const params = (term, limit) => ({
      term,
      properties: ['headline', 'body'],
      boost: { headline: 2 },
      tolerance: 1,
      // Orama has no AND across fields. threshold 1 (its default) ranks every document holding any
      // word; threshold 0 keeps only documents with every word inside one field, which drops most
      // known items whose words sit partly in the headline, partly in the body (recall@10 0.39
      // against 0.79 on BBC when this was written), so the default it is.
      threshold: 1,
      limit,
    });
    return {
      async build(articles) {
        const db = create({ schema: { id: 'string', headline: 'string', body: 'string' } });
        await insertMultiple(db, articles, 1000);
        return db;
      },
      search(db, query) {
        const result = search(db, params(query, LIMIT));
        return { total: result.count, ids: result.hits.map((hit) => hit.id) };
      },
      count: (db, query) => search(db, params(query, 1)).count,
      serialize: (db) => JSON.stringify(save(db)),
    };
  },

  async flexsearch() {
    const { Document, Resolver, Charset } = await import('/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs');
    // Per field, FlexSearch intersects the words (AND); the resolver unites the two fields with
    // the headline boosted, so a document must hold every word in its headline or in its body.
    const run = (index, query, limit) =>
      new Resolver({ index, query, field: 'headline', boost: 2 }).or({ index, query, field: 'body' }).resolve({ limit });
    return {
      build(articles) {
        // "forward" indexes every prefix of a word; LatinExtra is its phonetic (Soundex-like) encoder,
        // its nearest thing to typo tolerance.
        const index = new Document({
          document: { id: 'id', index: ['headline', 'body'] },
          tokenize: 'forward',
          encoder: Charset.LatinExtra,
          resolution: 9,
        });
        for (const article of articles) index.add(article);
        return index;
      },
      // No total without resolving every match: `null` here, `count` gives it for the examples.
      search: (index, query) => ({ total: null, ids: run(index, query, LIMIT) }),
      count: (index, query) => run(index, query, 1e9).length,
      async serialize(index) {
        let size = 0;
        await index.export((key, data) => { size += key.length + (data?.length ?? 0); });
        return { length: size };
      },
    };
  },
};

async function start() {
  const params = new URLSearchParams(location.search);
  const name = params.get('engine');
  const makeEngine = ENGINES[name];
  if (!makeEngine) throw new Error(`unknown engine ${name}`);
  const timings = {};
  const library = await makeEngine();
  timings.libraryLoadedMs = performance.now();
  const articles = await (await fetch(params.get('data'))).json();
  timings.articlesFetchedMs = performance.now();
  const index = await library.build(articles);
  timings.indexBuiltMs = performance.now();
  timings.buildMs = timings.indexBuiltMs - timings.articlesFetchedMs;
  library.search(index, params.get('first') ?? '');
  timings.firstAnswerMs = performance.now();
  window.peerTimings = timings;
  window.benchEngine = {
    search: (query) => library.search(index, query),
    count: (query) => library.count(index, query),
    async serializedBytes() {
      const serialized = await library.serialize(index);
      return serialized.length;
    },
  };
}

window.peerReady = start();
