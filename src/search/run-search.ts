// The search pipeline up to an ordered result set: parse, match, filter and count, sort.
import type { SearchIndex } from '../indexing/search-index.ts';
import { UNLIMITED, type Budget } from './budget.ts';
import { columnsOf, type Columns } from './columns.ts';
import { filterAndCount, type Facets } from './filter-and-count.ts';
import { resolveFilters, type Filters } from './resolve-filters.ts';
import { matchQuery, type Matches } from './match-query.ts';
import { rank, type Sort } from './rank.ts';
import type { SearchParams } from './params.ts';
import { parseQuery } from './parse-query.ts';
import type { ParsedQuery } from './parsed-query.ts';
import { passageWords, type PassageWords } from './passage-words.ts';
import { understandQuery, type UnderstoodQuery } from './understand-query.ts';

/** Everything a search found, before a page of it is rendered. */
export interface ResultSet {
  parsed: ParsedQuery;
  /** Corrections, compounds and speaker names found in the query (parsed is understood.parsed). */
  understood: UnderstoodQuery;
  matches: Matches;
  /** How many passages matched (and passed the filters). */
  total: number;
  /** Passage numbers `n` of the first results, in order, as many as were asked for. */
  order: number[];
  /** Positions in `matches` parallel to `order`. */
  positions: number[];
  facets: Facets;
  sort: Sort;
  words: PassageWords;
}

/**
 * Runs a search to its total, facets and the first `need` results in order. Throws QueryError
 * for a query it cannot run.
 */
export function runSearch(index: SearchIndex, params: SearchParams, need: number, budget: Budget = UNLIMITED): ResultSet {
  const understood = understandQuery(index, params.q, parseQuery(params.q, params.as_you_type), params.as_typed);
  const parsed = understood.parsed;
  const cols = columnsOf(index.corpus);
  const filters = resolveFilters(index, cols, params, parsed.filters);
  const words = passageWords(index);
  const { speaker, kind, year } = parsed.filters;
  const browse = params.q.trim() === '' || speaker.length + kind.length + year.length > 0;
  // Once up front too: the first column and postings builds after a load can take a while.
  budget.check();
  const matches = matchQuery(index, parsed, params.match, browse, words, budget);
  budget.check();
  const { kept, facets } = matches.browse && unfiltered(filters) ? browseAll(index, cols, matches, budget) : filterAndCount(index, cols, matches.ns, filters, budget);
  matches.scoreKept?.(kept);
  // Browsing (empty q) has no relevance to rank by: newest first.
  const sort: Sort = params.sort ?? (matches.browse ? 'newest' : 'relevance');
  const positions = rank(cols, matches, kept, sort, need);
  return { parsed: matches.rankOnly ? { ...parsed, rankOnly: matches.rankOnly } : parsed, understood, matches, total: kept.length, order: positions.map((j) => matches.ns[j]!), positions, facets, sort, words };
}

const unfiltered = (f: Filters) => !f.speakers && !f.kinds && !f.dates && f.document === null && f.event === null && f.source === null;

const browseAllCache = new WeakMap<Matches, ReturnType<typeof filterAndCount>>();

/** The whole corpus, unfiltered (the page's first view): counted once per corpus, then reused. */
function browseAll(index: SearchIndex, cols: Columns, matches: Matches, budget: Budget): ReturnType<typeof filterAndCount> {
  let result = browseAllCache.get(matches);
  if (!result) {
    result = filterAndCount(index, cols, matches.ns, { speakers: null, kinds: null, dates: null, document: null, event: null, source: null }, budget);
    browseAllCache.set(matches, result);
  }
  return result;
}
