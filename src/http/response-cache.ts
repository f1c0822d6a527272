// Recent search-cost answers per index, kept as the bytes sent. The same searches come back
// (paging back and forth, a shared link opened by a newsroom, the first view, a popular name),
// and an index never changes under an answer: a new build is a new index object, with a fresh
// cache. Keeping bytes rather than objects spares every hit re-serialising 20-70 KB of JSON,
// which is most of what a hit cost. A cached answer costs no search, so it skips admission control.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { SearchParams } from '../search/params.ts';
import type { SearchJobKind } from './search-job.ts';

/** Answers kept per index by default; a JSON page is about 20-70 KB, a CSV up to a few MB. */
export const DEFAULT_CACHED_SEARCHES = 1000;

export interface ResponseCache {
  get(index: SearchIndex, key: string): Uint8Array<ArrayBuffer> | undefined;
  set(index: SearchIndex, key: string, body: Uint8Array<ArrayBuffer>): void;
}

/** A least-recently-used cache of `size` answers per index; 0 turns caching off. */
export function responseCache(size: number = DEFAULT_CACHED_SEARCHES): ResponseCache {
  const byIndex = new WeakMap<SearchIndex, Map<string, Uint8Array<ArrayBuffer>>>();
  return {
    get(index, key) {
      const entries = byIndex.get(index);
      const known = entries?.get(key);
      if (known) {
        entries!.delete(key);
        entries!.set(key, known);
      }
      return known;
    },
    set(index, key, body) {
      if (size <= 0) return;
      let entries = byIndex.get(index);
      if (!entries) byIndex.set(index, (entries = new Map()));
      if (entries.size >= size) entries.delete(entries.keys().next().value!);
      entries.set(key, body);
    },
  };
}

/**
 * The parameters as searched and as the cache key: repeated filters sorted and deduplicated
 * (their order means nothing), and for a CSV, which has every row, no page or limit. Two
 * requests that ask the same thing share one answer.
 */
export function normalisedParams(kind: SearchJobKind, params: SearchParams): SearchParams {
  const set = <T extends string>(xs: T[]) => [...new Set(xs)].sort();
  return { ...params, speaker: set(params.speaker), kind: set(params.kind), ...(kind === 'csv' ? { page: 1, limit: 20 } : {}) };
}

/** The cache key of normalised parameters: validated parameters have their keys in the schema's order. */
export const cacheKey = (kind: SearchJobKind, params: SearchParams) => `${kind} ${JSON.stringify(params)}`;
