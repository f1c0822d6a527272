// Repeated searches are answered from a per-index cache: the same response, never a stale one.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import type { SearchIndex } from '../../src/indexing/search-index.ts';
import type { SearchResponse } from '../../src/search/response.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { resultCache } from '../../src/search/result-cache.ts';
import { makeIndex } from '../search/make-corpus.ts';

const first = makeIndex({ passages: [{ id: 'a', text: 'Steel output grew.' }, { id: 'b', text: 'Iron ore fell.' }] });
const second = makeIndex({ passages: [{ id: 'c', text: 'Steel prices rose.' }, { id: 'd', text: 'Steel mills closed.' }] });
const without = ({ took_ms: _, ...rest }: SearchResponse) => rest;

describe('search result cache', () => {
  it('answers a repeated search with the same response, and a new index with its own', async () => {
    let current: SearchIndex = first;
    const app = createApp(() => current);
    const get = async (path: string) => (await (await app.request(path)).json()) as SearchResponse;
    const once = await get('/api/search?q=steel');
    expect(once.hits.map((h) => h.id)).toEqual(['a']);
    expect(without(await get('/api/search?q=steel'))).toEqual(without(once));
    // Other parameters are another search.
    expect((await get('/api/search?q=steel&sort=oldest')).hits.map((h) => h.id)).toEqual(['a']);
    expect((await get('/api/search?q=iron')).hits.map((h) => h.id)).toEqual(['b']);
    current = second;
    const swapped = await get('/api/search?q=steel');
    expect(swapped.total).toBe(2);
    expect(swapped.hits.map((h) => h.id).sort()).toEqual(['c', 'd']);
  });

  it('keeps the most recently used searches, as many as it is given, and none with 0', () => {
    const params = (q: string) => searchParamsSchema.parse({ q });
    const hitsOf = (cache: ReturnType<typeof resultCache>, q: string) => cache.search(first, params(q)).hits;
    const two = resultCache(2);
    const steel = hitsOf(two, 'steel');
    expect(hitsOf(two, 'steel')).toBe(steel); // the remembered response
    const iron = hitsOf(two, 'iron');
    expect(hitsOf(two, 'steel')).toBe(steel); // used last, so "iron" is the one to go
    hitsOf(two, 'ore');
    expect(hitsOf(two, 'steel')).toBe(steel);
    const again = hitsOf(two, 'iron');
    expect(again).not.toBe(iron); // searched anew
    expect(again).toEqual(iron);
    const off = resultCache(0);
    expect(hitsOf(off, 'steel')).not.toBe(hitsOf(off, 'steel'));
    expect(hitsOf(off, 'steel')).toEqual(steel);
  });
});
