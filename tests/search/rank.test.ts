import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchParamsSchema } from '../../src/search/params.ts';
import { search } from '../../src/search/search.ts';
import { topK } from '../../src/search/top-k.ts';
import { makeIndex } from './make-corpus.ts';

describe('topK', () => {
  it('equals sorting everything and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (keys, k) => {
        const items = keys.map((_, i) => i);
        const cmp = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
        expect(topK(items, k, cmp)).toEqual([...items].sort(cmp).slice(0, k));
      }),
    );
  });
});

describe('date order of a small share of the corpus', () => {
  // 3 matching passages among 60: sorted, not walked through the corpus-wide order.
  const index = makeIndex({
    documents: [
      { id: 'a', date: '2023-01-01' },
      { id: 'b', date: '2024-01-01' },
      { id: 'c', date: null },
    ],
    passages: [
      ...Array.from({ length: 57 }, (_, i) => ({ text: `filler ${i}`, doc: 'abc'[i % 3]! })),
      { id: 'old', doc: 'a', text: 'steel' },
      { id: 'undated', doc: 'c', text: 'steel' },
      { id: 'new', doc: 'b', text: 'steel' },
    ],
  });
  const ids = (sort: string, page = 1, limit = 20) => search(index, searchParamsSchema.parse({ q: 'steel', sort, page, limit })).hits.map((h) => h.id);

  it('sorts newest and oldest with undated last', () => {
    expect(ids('newest')).toEqual(['new', 'old', 'undated']);
    expect(ids('oldest')).toEqual(['old', 'new', 'undated']);
    expect([ids('oldest', 2, 1), ids('oldest', 3, 1)]).toEqual([['new'], ['undated']]);
  });

  it('orders the whole corpus by date, undated last and reading order within a date, as a sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('2023', '2023-05', '2023-05-01', '2023-05-02', '2024-01-09'), { nil: null }), { minLength: 1, maxLength: 40 }), (dates) => {
        const corpus = makeIndex({ passages: dates.map((date) => ({ text: 'steel', date })) });
        const key = (d: string | null) => (d === null ? '' : d.padEnd(10, '-'));
        const byDate = (sign: 1 | -1) => (a: number, b: number) => {
          const [da, db] = [dates[a]!, dates[b]!];
          if (da === null || db === null) return (da === null ? 1 : 0) - (db === null ? 1 : 0) || a - b;
          return sign * (key(da) < key(db) ? -1 : key(da) > key(db) ? 1 : 0) || a - b;
        };
        const all = dates.map((_, n) => n);
        for (const [sort, sign] of [['newest', -1], ['oldest', 1]] as const) {
          const got = search(corpus, searchParamsSchema.parse({ sort, limit: 100 })).hits.map((h) => Number(h.id.split('-')[1]));
          expect(got).toEqual([...all].sort(byDate(sign)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('browses the whole corpus newest first through the precomputed order', () => {
    const r = search(index, searchParamsSchema.parse({ limit: 3, page: 20 }));
    expect([r.total, r.sort, r.hits.map((h) => h.date)]).toEqual([60, 'newest', [null, null, null]]);
    expect(search(index, searchParamsSchema.parse({ limit: 2 })).hits.map((h) => h.id)).toEqual(['b-0', 'b-1']);
  });
});
