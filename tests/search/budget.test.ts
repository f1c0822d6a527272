import { describe, expect, it } from 'vitest';
import { SearchTimeout, timeBudget } from '../../src/search/budget.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { search } from '../../src/search/search.ts';
import { makeIndex } from './make-corpus.ts';

describe('time budget hook', () => {
  const index = makeIndex({ passages: Array.from({ length: 3000 }, (_, i) => ({ text: `steel ${i}` })) });
  const clock = (times: number[]) => () => times.shift() ?? 1e9;

  it('abandons a search once the budget is spent', () => {
    const budget = timeBudget(50, clock([0, 10]));
    expect(() => search(index, searchParamsSchema.parse({ q: 'steel' }), { budget })).toThrow(new SearchTimeout(50));
    expect(() => search(index, searchParamsSchema.parse({}), { budget: timeBudget(50, clock([0])) })).toThrow('search took longer than 50 ms');
  });

  it('lets a search within budget finish', () => {
    const r = search(index, searchParamsSchema.parse({ q: 'steel' }), { budget: timeBudget(50, () => 0) });
    expect(r.total).toBe(3000);
  });
});
