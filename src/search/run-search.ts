// The search pipeline up to an ordered result set: parse, match, filter and count, sort.
import type { SearchIndex } from '../indexing/search-index.ts';
import { UNLIMITED, type Budget } from './budget.ts';
import { columnsOf, type Columns } from './columns.ts';
import { filterAndCount, type Facets } from './facets.ts';
import { resolveFilters } from './filters.ts';
import { matchQuery, type Matches } from './match-query.ts';
import type { SearchParams } from './params.ts';
import { parseQuery } from './parse-query.ts';
import type { ParsedQuery } from './parsed-query.ts';
import { passageWords, type PassageWords } from './passage-words.ts';

export type Sort = 'relevance' | 'newest' | 'oldest';

/** Everything a search found, before a page of it is rendered. */
export interface ResultSet {
  parsed: ParsedQuery;
  matches: Matches;
  /** Passage numbers `n` of the whole result, in order. */
  order: number[];
  /** Positions in `matches` parallel to `order`. */
  positions: number[];
  facets: Facets;
  sort: Sort;
  words: PassageWords;
}

/** Runs a search to its complete ordered result and facets. Throws QueryError for a query it cannot run. */
export function runSearch(index: SearchIndex, params: SearchParams, budget: Budget = UNLIMITED): ResultSet {
  const parsed = parseQuery(params.q, params.as_you_type);
  const cols = columnsOf(index.corpus);
  const filters = resolveFilters(index, cols, params, parsed.filters);
  const words = passageWords(index);
  const matches = matchQuery(index, parsed, params.match, words, budget);
  const { kept, facets } = filterAndCount(index, cols, matches.ns, filters, budget);
  // Browsing (empty q) has no relevance to rank by: newest first.
  const sort: Sort = params.sort ?? (matches.browse ? 'newest' : 'relevance');
  const positions = sortPositions(kept, matches, cols, sort);
  return { parsed, matches, order: positions.map((j) => matches.ns[j]!), positions, facets, sort, words };
}

function sortPositions(kept: number[], m: Matches, cols: Columns, sort: Sort): number[] {
  const n = (j: number) => m.ns[j]!;
  if (sort === 'relevance') {
    // More clauses matched first (relaxed and match=any), exact before fuzzy, then score.
    return kept.sort((a, b) => m.counts[b]! - m.counts[a]! || m.fuzzy[a]! - m.fuzzy[b]! || m.scores[b]! - m.scores[a]! || n(a) - n(b));
  }
  const sign = sort === 'newest' ? -1 : 1;
  return kept.sort((a, b) => {
    const da = cols.date[n(a)]!;
    const db = cols.date[n(b)]!;
    // Undated passages go last either way.
    if (da === 0 || db === 0) return (da === 0 ? 1 : 0) - (db === 0 ? 1 : 0) || n(a) - n(b);
    return sign * (da - db) || n(a) - n(b);
  });
}
