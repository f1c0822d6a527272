// Recent search responses per index, kept as the JSON bytes sent. The same searches come back
// (paging back and forth, a shared link opened by a newsroom, the first view, a popular name),
// and an index never changes under a response: a new build is a new index object, with a fresh
// cache. Keeping bytes rather than objects spares every hit re-serialising 20-70 KB of JSON,
// which is most of what a hit cost.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { SearchParams } from '../search/params.ts';
import type { SearchResponse } from '../search/response.ts';
import { search, type SearchOptions } from '../search/search.ts';

/** Responses kept per index by default; about 20-70 KB each, the size of the JSON sent. */
export const DEFAULT_CACHED_SEARCHES = 1000;

export interface ResponseCache {
  /** The JSON body of search()'s response, remembered when the same parameters were searched on the same index. */
  search(index: SearchIndex, params: SearchParams, options?: () => SearchOptions): Uint8Array<ArrayBuffer>;
}

/** A least-recently-used cache of `size` response bodies per index; 0 turns caching off. */
export function responseCache(size: number = DEFAULT_CACHED_SEARCHES): ResponseCache {
  const byIndex = new WeakMap<SearchIndex, Map<string, Buffer>>();
  return {
    search(index, params, options = () => ({})) {
      if (size <= 0) {
        const response = search(index, params, options());
        return withTook(encodedBeforeTook(response), response.took_ms);
      }
      const started = performance.now();
      let entries = byIndex.get(index);
      if (!entries) byIndex.set(index, (entries = new Map()));
      // Parameters come validated, with their keys in the schema's order.
      const key = JSON.stringify(params);
      const known = entries.get(key);
      if (known) {
        entries.delete(key);
        entries.set(key, known);
        // A hit took as long as the lookup: that is the time this answer cost.
        return withTook(known, Math.round((performance.now() - started) * 1000) / 1000);
      }
      // A search that throws leaves nothing behind: the error is answered anew each time.
      const response = search(index, params, options());
      const encoded = encodedBeforeTook(response);
      if (entries.size >= size) entries.delete(entries.keys().next().value!);
      entries.set(key, encoded);
      return withTook(encoded, response.took_ms);
    },
  };
}

/**
 * A response's JSON with took_ms moved to the last key and cut just before its value, so that
 * each answer appends only its own time and the closing brace.
 */
function encodedBeforeTook({ took_ms: _, ...rest }: SearchResponse): Buffer {
  const json = JSON.stringify(rest);
  // `rest` is an object with keys, so its JSON ends in "}" and has a field before took_ms.
  return Buffer.from(`${json.slice(0, -1)},"took_ms":`);
}

/** The whole body: the remembered bytes, then took_ms and the closing brace. */
function withTook(encoded: Buffer, tookMs: number): Buffer<ArrayBuffer> {
  return Buffer.concat([encoded, Buffer.from(`${JSON.stringify(tookMs)}}`)]);
}
