// Recent search responses, per index. The same searches come back (paging back and forth, a
// shared link opened by a newsroom, the first view, a popular name), and an index never
// changes under a response: a new build is a new index object, with a fresh cache.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { SearchParams } from './params.ts';
import type { SearchResponse } from './response.ts';
import { search, type SearchOptions } from './search.ts';

/** Responses kept per index by default; about 20 KB each beyond the passage texts they share with the index. */
export const DEFAULT_CACHED_SEARCHES = 1000;

export interface ResultCache {
  /** search(), answered from the cache when the same parameters were searched on the same index. */
  search(index: SearchIndex, params: SearchParams, options?: () => SearchOptions): SearchResponse;
}

/** A least-recently-used cache of `size` responses per index; 0 turns caching off. */
export function resultCache(size: number = DEFAULT_CACHED_SEARCHES): ResultCache {
  const byIndex = new WeakMap<SearchIndex, Map<string, SearchResponse>>();
  return {
    search(index, params, options = () => ({})) {
      if (size <= 0) return search(index, params, options());
      const started = performance.now();
      let entries = byIndex.get(index);
      if (!entries) byIndex.set(index, (entries = new Map()));
      // Parameters come validated, with their keys in the schema's order.
      const key = JSON.stringify(params);
      const known = entries.get(key);
      if (known) {
        entries.delete(key);
        entries.set(key, known);
        return { ...known, took_ms: Math.round((performance.now() - started) * 1000) / 1000 };
      }
      const response = search(index, params, options());
      if (entries.size >= size) entries.delete(entries.keys().next().value!);
      entries.set(key, response);
      return response;
    },
  };
}
