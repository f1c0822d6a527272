// Highlights for a query inside one document, asked of the search API, so pages reached
// from a search (`?q=`) mark the same words the results did.
import type { Range, SearchResponse } from './api-types.ts';
import { fetchSearch } from './api.ts';
import { useFetch } from './use-fetch.ts';

/** Passage id → highlight ranges for `q` within the document; empty without a query or on failure. */
export function useQueryHighlights(q: string, documentId: string | null): Map<string, Range[]> {
  const key = q && documentId ? `${documentId}\n${q}` : null;
  const result = useFetch<SearchResponse | null>(key, (signal) => {
    const params = new URLSearchParams({ q, document: documentId!, limit: '100' });
    // Highlights are a nicety here: a failed lookup leaves the page unmarked, not broken.
    return fetchSearch(params, signal).catch((err: unknown) => {
      if (signal.aborted) throw err;
      return null;
    });
  });
  const map = new Map<string, Range[]>();
  for (const hit of result?.data?.hits ?? []) map.set(hit.id, hit.highlights ?? []);
  return map;
}
