// Requests through the real app, and readers for its search responses.
import { createApp } from '../../src/http/app.ts';
import type { SearchIndex } from '../../src/indexing/search-index.ts';
import type { SearchHit, SearchResponse } from '../../src/search/response.ts';

export function client(index: SearchIndex) {
  const app = createApp(index);
  return {
    app,
    async search(query: string): Promise<SearchResponse> {
      const res = await app.request(`/api/search?${query}`);
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
      return (await res.json()) as SearchResponse;
    },
    async status(path: string): Promise<{ status: number; body: unknown }> {
      const res = await app.request(path);
      return { status: res.status, body: await res.json() };
    },
  };
}

export const q = (text: string) => `q=${encodeURIComponent(text)}`;
export const ids = (r: SearchResponse) => r.hits.map((h) => h.id);
export const sortedIds = (r: SearchResponse) => ids(r).sort();
/** The highlighted substrings of a hit, in order. */
export const marks = (h: SearchHit) => h.highlights.map(([s, e]) => h.text.slice(s, e));
