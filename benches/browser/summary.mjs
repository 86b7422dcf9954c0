// Turns one engine's raw measurements into the numbers the report shows: latency percentiles
// (overall and per query group), the first answer, quality on known-item queries.

/** Percentile by linear interpolation between closest ranks (p in [0, 100]). */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => percentile(values, 50);

const groupKey = (query) => (query.variant ? `${query.group}/${query.variant}` : query.group);

function latencySummary(queries, latencies) {
  const byGroup = {};
  queries.forEach((query, i) => (byGroup[groupKey(query)] ??= []).push(latencies[i]));
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    byGroup: Object.fromEntries(Object.entries(byGroup).map(([group, values]) => [group, { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) }])),
  };
}

/**
 * 1-based rank of the first accepted id in the top 10, or null. An entry may be a list: a
 * Clippings hit with the ids of the story's copies it stands for.
 */
function rankOf(ids, accepted) {
  const at = ids.slice(0, 10).findIndex((id) => [id].flat().some((one) => accepted.includes(one)));
  return at < 0 ? null : at + 1;
}

function qualitySummary(queries, answers) {
  const byVariant = {};
  queries.forEach((query, i) => {
    if (query.group !== 'known-item') return;
    const rank = rankOf(answers[i].ids, query.accept);
    // `overall` is the benchmark's own set (variants without a rule: `written`, `typo`, ...),
    // as in earlier reports; the rule sets (`headline/written`, ...) are reported apart.
    const keys = query.variant.includes('/') ? [query.variant] : [query.variant, 'overall'];
    for (const key of keys) (byVariant[key] ??= []).push(rank);
  });
  return Object.fromEntries(Object.entries(byVariant).map(([variant, ranks]) => [variant, {
    n: ranks.length,
    mrrAt10: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length,
    recallAt10: ranks.filter(Boolean).length / ranks.length,
  }]));
}

/** The report's numbers for one engine on one collection. */
export function summariseEngine(queries, raw) {
  const memory = raw.memory;
  return {
    latencyMs: latencySummary(queries, raw.latenciesMs),
    // Clippings' answer without facets; a peer's answer is ranking only already.
    rankingLatencyMs: latencySummary(queries, raw.rankingLatenciesMs ?? raw.latenciesMs),
    firstAnswerMs: median(raw.firstAnswerSamplesMs),
    firstAnswerSamplesMs: raw.firstAnswerSamplesMs,
    indexBuildMs: raw.indexBuildSamplesMs.length ? median(raw.indexBuildSamplesMs) : null,
    bytesShipped: { raw: raw.bytes.raw, gzip: raw.bytes.gzip, files: raw.bytes.files },
    memory: { ...memory, jsHeapPlusWasmBytes: (memory.jsHeapBytes ?? memory.v8UsedBytes) + memory.wasmBytes },
    serializedIndexBytes: raw.serializedIndexBytes,
    quality: qualitySummary(queries, raw.answers),
    examples: raw.examples,
  };
}

/**
 * Known-item queries where Clippings has the target nowhere in its top 10 but at least one peer
 * has it: the cases worth a look in Clippings' search.
 */
export function clippingsMisses(queries, answersByEngine) {
  const clippings = answersByEngine.clippings;
  if (!clippings) return [];
  const misses = [];
  queries.forEach((query, i) => {
    if (query.group !== 'known-item' || rankOf(clippings[i].ids, query.accept)) return;
    const foundBy = Object.entries(answersByEngine)
      .filter(([name, answers]) => name !== 'clippings' && rankOf(answers[i].ids, query.accept))
      .map(([name]) => name);
    if (foundBy.length) misses.push({ text: query.text, variant: query.variant, target: query.target, clippingsTotal: clippings[i].total, foundBy });
  });
  return misses;
}
