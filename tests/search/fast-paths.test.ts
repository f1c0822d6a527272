// The shortcuts for common shapes answer exactly what the general evaluation answers: one word
// (scored only where the filters keep it) against the same word with a no-op exclusion, and the
// unfiltered facet count against a filter that keeps everything.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { search } from '../../src/search/search.ts';
import { FIXTURES } from '../helpers.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = createSearchIndex((await buildCorpus(join(FIXTURES, 'whitehouse-2024'))).corpus);
});

const run = (params: Record<string, unknown>) => {
  const r = search(index, searchParamsSchema.parse({ limit: 50, ...params }));
  return { total: r.total, relaxed: r.relaxed, hits: r.hits.map((h) => [h.id, h.score, h.highlights]), facets: r.facets };
};

const WORDS = ['president', 'border', 'sanctions', 'secur*', 'ukraine', 'ceasefire', 'sanctons'];
const FILTERS: Record<string, unknown>[] = [{}, { speaker: 'karine-jean-pierre' }, { from: '2024-05', to: '2024-06-15' }, { kind: 'question' }, { speaker: 'john-kirby', kind: 'speech' }, { sort: 'newest' }];

describe('search fast paths', () => {
  it.each(WORDS)('one word "%s" ranks, counts and highlights as the general evaluation does, under every filter', (word) => {
    for (const filters of FILTERS) {
      const fast = run({ q: word, ...filters });
      expect(fast.total, `${word} ${JSON.stringify(filters)}`).toBeGreaterThan(0);
      expect(fast).toEqual(run({ q: `${word} -zzqxjvq`, ...filters }));
    }
  });

  it('counts facets without filters as a filter that keeps every passage does', () => {
    for (const word of WORDS) {
      const all = run({ q: word });
      const everyDate = run({ q: word, from: '1000', to: '9999' });
      expect(everyDate).toEqual(all);
    }
  });
});
