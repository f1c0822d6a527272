// The search page's whole state and its URL form: the URL is the state, so reload,
// back/forward and pasted links restore the same view.
import type { Kind } from './api-types.ts';

export type Sort = 'relevance' | 'newest' | 'oldest';
/** '' leaves the order to the API: relevance for a query, newest first when browsing. */
export type SortChoice = Sort | '';

export interface SearchState {
  q: string;
  speakers: string[];
  kinds: Kind[];
  source: string;
  from: string;
  to: string;
  sort: SortChoice;
  page: number;
  /** Search misspelt words as typed ("Search instead for goverment"): the API proposes corrections but does not apply them. */
  asTyped: boolean;
}

export const EMPTY_STATE: SearchState = { q: '', speakers: [], kinds: [], source: '', from: '', to: '', sort: '', page: 1, asTyped: false };

const KINDS: readonly Kind[] = ['question', 'speech', 'quote', 'narration'];
const SORTS: readonly Sort[] = ['relevance', 'newest', 'oldest'];
/** Dates at year, month or day precision, as the API's from/to take them. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Reads the state from a query string, dropping values the API would refuse. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page'));
  const sort = params.get('sort') as Sort;
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return PARTIAL_DATE.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    speakers: [...new Set(params.getAll('speaker').filter(Boolean))],
    kinds: params.getAll('kind').filter((k): k is Kind => KINDS.includes(k as Kind)),
    source: params.get('source') ?? '',
    from: date('from'),
    to: date('to'),
    sort: SORTS.includes(sort) ? sort : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    asTyped: params.get('as_typed') === 'true',
  };
}

/** The state as query parameters, defaults left out so links stay short. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const s of state.speakers) params.append('speaker', s);
  for (const k of state.kinds) params.append('kind', k);
  if (state.source) params.set('source', state.source);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.asTyped) params.set('as_typed', 'true');
  return params;
}

/** The search page's URL for a state. */
export function searchUrl(state: SearchState): string {
  const query = searchParams(state).toString();
  return query ? `/?${query}` : '/';
}

export function hasFilters(state: SearchState): boolean {
  return state.speakers.length > 0 || state.kinds.length > 0 || !!state.source || !!state.from || !!state.to;
}
