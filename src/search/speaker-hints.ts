// "Only John Kirby (102)": when plain query words name a speaker, the rest of the query by that speaker.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { Budget } from './budget.ts';
import type { SearchParams } from './params.ts';
import type { SearchResponse } from './response.ts';
import { runSearch, type ResultSet } from './run-search.ts';
import { wordTokens } from '../text/word-tokens.ts';

/** Hints offered at most, each costing one more counted search. */
const MAX_HINTS = 3;

/**
 * For each speaker the query's words name: the query without the name, and how many passages by
 * that speaker it finds. None when a speaker filter is already set or the query is being typed.
 */
export function speakerHints(index: SearchIndex, params: SearchParams, result: ResultSet, budget: Budget): SearchResponse['speakerHints'] {
  if (params.as_you_type || params.speaker.length > 0 || result.parsed.filters.speaker.length > 0) return [];
  return result.understood.speakers.slice(0, MAX_HINTS).map(({ id, name, words }) => {
    const q = without(params.q, words);
    const total = runSearch(index, { ...params, q, speaker: [id], page: 1, limit: 1 }, 0, budget).total;
    return { id, name, count: total, q };
  });
}

/** `q` without the first occurrence of each of the folded `words`, spaces tidied. */
function without(q: string, words: string[]): string {
  const left = [...words];
  let out = '';
  let at = 0;
  for (const t of wordTokens(q)) {
    const i = left.indexOf(t.term);
    if (i < 0) continue;
    left.splice(i, 1);
    out += q.slice(at, t.start);
    at = t.end;
  }
  return (out + q.slice(at)).replace(/\s+/g, ' ').trim();
}
