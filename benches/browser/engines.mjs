// The four peer libraries behind one surface, shared by the peer page (peer.js, in Chromium) and by
// run.mjs (in Node.js, which builds and serialises each library's index once, for the "load a
// prebuilt index" mode). Each adapter:
//
//   build(articles) -> index          in the page ("build" mode) or in Node.js (to serialise)
//   serialize(index) -> string        the file a site would ship (JSON)
//   load(text) -> index               in the page ("load" mode): the library's own loader
//   search(index, q) -> { total, ids }, count(index, q)
//
// Settings: what each library's own documentation recommends for searching English articles as
// the user types, with the headline boosted 3 (Clippings' HEADLINE_WEIGHT) and every query word
// required (AND) wherever the library offers it. docs/benchmarks.md lists them with the docs.

export const LIMIT = 10;
/** Clippings' headline weight (HEADLINE_WEIGHT in crates/clippings-core/src/search/rank.rs). */
export const HEADLINE_BOOST = 3;

/**
 * MiniSearch (README, "Search options"): `prefix: true`, `fuzzy: 0.2` (0.2 × term length edits,
 * rounded), `boost`, `combineWith: 'AND'` (AND across fields: a document must hold every word in
 * some field). Default tokenizer and term processing (lower case, no stemming).
 */
export function minisearchEngine(MiniSearch) {
  const options = {
    fields: ['headline', 'body'],
    idField: 'id',
    searchOptions: { boost: { headline: HEADLINE_BOOST }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  };
  return {
    build(articles) {
      const index = new MiniSearch(options);
      index.addAll(articles);
      return index;
    },
    serialize: (index) => JSON.stringify(index),
    load: (text) => MiniSearch.loadJSON(text, options),
    // MiniSearch scores every match and returns them all, sorted: the total comes free.
    search(index, query) {
      const results = index.search(query);
      return { total: results.length, ids: results.slice(0, LIMIT).map((r) => r.id) };
    },
    count: (index, query) => index.search(query).length,
  };
}

/**
 * lunr (guides/searching.html: wildcards `foo*`, fuzzy `foo~1`, term presence `+foo`): its default
 * pipeline (trimmer, stop words, Porter stemmer), headline field boost 3 at index time. Every word
 * but the last is required with edit distance 1 (`+stem~1`). The last word, as typed so far, is
 * two clauses, `stem*` and `stem~1`: lunr has no "either" inside a required clause, and one clause
 * cannot be both a wildcard and fuzzy, so those two are optional (they rank, they do not filter)
 * when the query has other words. The query-builder API, so that `:` or `~` typed cannot throw.
 */
export function lunrEngine(lunr) {
  const queryTerms = (index, query) =>
    lunr.tokenizer(query)
      .map((token) => lunr.trimmer(token).toString())
      .filter((term) => term && lunr.stopWordFilter(term))
      .map((term) => index.pipeline.runString(term)[0] ?? term);
  const run = (index, query) => {
    const terms = queryTerms(index, query);
    if (!terms.length) return [];
    const { REQUIRED, OPTIONAL } = lunr.Query.presence;
    return index.query((q) => terms.forEach((stem, i) => {
      const clause = { usePipeline: false };
      if (i < terms.length - 1) {
        q.term(stem, { ...clause, presence: REQUIRED, editDistance: 1 });
      } else {
        q.term(stem, { ...clause, presence: OPTIONAL, wildcard: lunr.Query.wildcard.TRAILING });
        q.term(stem, { ...clause, presence: OPTIONAL, editDistance: 1 });
      }
    }));
  };
  return {
    build(articles) {
      return lunr(function () {
        this.ref('id');
        this.field('headline', { boost: HEADLINE_BOOST });
        this.field('body');
        for (const article of articles) this.add(article);
      });
    },
    serialize: (index) => JSON.stringify(index),
    load: (text) => lunr.Index.load(JSON.parse(text)),
    search(index, query) {
      const results = run(index, query);
      return { total: results.length, ids: results.slice(0, LIMIT).map((r) => r.ref) };
    },
    count: (index, query) => run(index, query).length,
  };
}

/**
 * Orama (docs: search "Typo tolerance" `tolerance`, "Fields boosting" `boost`, "Threshold"):
 * default tokenizer (English, no stemming); `tolerance: 1`; prefix matching is Orama's default.
 * AND: `threshold: 0` keeps the documents holding every word inside one property, so the schema
 * has a combined `text` property (headline + body) beside `headline`: every word somewhere in the
 * article, and the headline boosted 3. `threshold: 1` (Orama's default: every document holding
 * any word, ranked) is measured beside it, because Orama's threshold 0 counts matched index words
 * rather than query words (components/index.js, search()), which drops many documents that hold
 * every word when a word also matches others by prefix or typo.
 */
export function oramaEngine({ create, insertMultiple, search, save, load }, { threshold = 0 } = {}) {
  const schema = { id: 'string', headline: 'string', text: 'string' };
  const params = (term, limit) => ({
    term,
    properties: ['headline', 'text'],
    boost: { headline: HEADLINE_BOOST },
    tolerance: 1,
    threshold,
    limit,
  });
  return {
    async build(articles) {
      const db = create({ schema });
      await insertMultiple(db, articles.map(({ id, headline, body }) => ({ id, headline, text: `${headline}\n${body}` })), 1000);
      return db;
    },
    serialize: (db) => JSON.stringify(save(db)),
    load(text) {
      const db = create({ schema });
      load(db, JSON.parse(text));
      return db;
    },
    search(db, query) {
      const result = search(db, params(query, LIMIT));
      return { total: result.count, ids: result.hits.map((hit) => hit.id) };
    },
    count: (db, query) => search(db, params(query, 1)).count,
  };
}

/**
 * FlexSearch (README: "Tokenizer (Partial Match)", "Charset Collection", "Use numeric IDs";
 * doc/document-search.md: Resolver): `Document`, `tokenize: 'forward'` (the tokenizer for
 * prefixes), the default encoder (Charset.Normalize: case, accents, letter deduplication),
 * default resolution; numeric ids. FlexSearch intersects the words within a field, so there is a
 * combined `text` field (headline + body): the Resolver unites "every word in the headline"
 * (boost 3) with "every word in the article". No edit distance exists in FlexSearch.
 */
export function flexsearchEngine({ Document, Resolver }) {
  const options = { document: { id: 'n', index: ['headline', 'text'] }, tokenize: 'forward' };
  const run = (index, query, limit) =>
    new Resolver({ index, query, field: 'headline', boost: HEADLINE_BOOST }).or({ index, query, field: 'text' }).resolve({ limit });
  const wrap = (index, ids) => ({ index, ids });
  return {
    build(articles) {
      const index = new Document(options);
      articles.forEach(({ headline, body }, n) => index.add({ n, headline, text: `${headline}\n${body}` }));
      return wrap(index, articles.map((a) => a.id));
    },
    async serialize({ index, ids }) {
      const parts = {};
      await index.export((key, data) => { parts[key] = data; });
      return JSON.stringify({ ids, parts });
    },
    async load(text) {
      const { ids, parts } = JSON.parse(text);
      const index = new Document(options);
      for (const [key, data] of Object.entries(parts)) await index.import(key, data);
      return wrap(index, ids);
    },
    // No total without resolving every match: `null` here, `count` gives it for the examples.
    search: ({ index, ids }, query) => ({ total: null, ids: run(index, query, LIMIT).map((n) => ids[n]) }),
    count: ({ index }, query) => run(index, query, 1e9).length,
  };
}
