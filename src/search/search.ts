// The search entry point shared by the HTTP API and the CLI.
import type { SearchIndex } from '../indexing/search-index.ts';
import { UNLIMITED, type Budget } from './budget.ts';
import type { SearchParams } from './params.ts';
import type { SearchResponse } from './response.ts';
import { runSearch } from './run-search.ts';
import { speakerHints } from './speaker-hints.ts';
import { searchHit } from './search-hit.ts';

export interface SearchOptions {
  /** Abandons a search that runs too long (throws SearchTimeout); unlimited by default. */
  budget?: Budget;
}

/** Runs a search and renders one page of it with exact total and facets. Throws QueryError on a bad query. */
export function search(index: SearchIndex, params: SearchParams, options: SearchOptions = {}): SearchResponse {
  const started = performance.now();
  const first = (params.page - 1) * params.limit;
  const budget = options.budget ?? UNLIMITED;
  const result = runSearch(index, params, first + params.limit, budget);
  const { matches, order, positions } = result;
  const hits = order.slice(first, first + params.limit).map((n, i) => {
    const j = positions[first + i]!;
    return searchHit(index, n, matches.scores[j]!, matches.explain(n), result.words);
  });
  // Which query words matched by typo tolerance, and the words they matched on this page.
  const fuzzy = new Map<string, Set<string>>();
  for (const f of hits.flatMap((h) => h.fuzzy ?? [])) {
    const words = fuzzy.get(f.term) ?? new Set<string>();
    for (const w of f.matched) words.add(w);
    fuzzy.set(f.term, words);
  }
  return {
    query: params.q,
    parsed: result.parsed,
    total: result.total,
    page: params.page,
    limit: params.limit,
    sort: result.sort,
    took_ms: Math.round((performance.now() - started) * 1000) / 1000,
    indexVersion: index.version,
    indexChanged: params.v !== undefined && params.v !== index.version,
    relaxed: matches.relaxed,
    fuzzy: [...fuzzy].map(([term, words]) => ({ term, matched: [...words] })),
    didYouMean: result.understood.didYouMean,
    corrected: result.understood.corrected,
    unmatched: result.understood.unmatched,
    speakerHints: speakerHints(index, params, result, budget),
    hits,
    facets: result.facets,
  };
}
