// The bulk builder makes exactly the index MiniSearch's own add() makes.
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { buildMiniSearch } from '../../src/indexing/build-minisearch.ts';
import { INDEX_OPTIONS, type IndexedFields } from '../../src/indexing/index-options.ts';
import { FIXTURES, SEED_CORPUS } from '../helpers.ts';

describe('bulk MiniSearch build', () => {
  it.each([['seed corpus', SEED_CORPUS], ['White House corpus', join(FIXTURES, 'whitehouse-2024')]])('equals add() on the %s, field for field and in order', async (_name, dir) => {
    const { corpus } = await buildCorpus(dir);
    const stock = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
    stock.addAll(corpus.passages.map((p) => ({ n: p.n, text: p.text })));
    const bulk = buildMiniSearch(corpus);
    expect(JSON.stringify(bulk)).toBe(JSON.stringify(stock));
    expect(bulk.search('border security', { fuzzy: 0.2, prefix: true })).toEqual(stock.search('border security', { fuzzy: 0.2, prefix: true }));
  });

  it('indexes an empty corpus', () => {
    expect(buildMiniSearch({ documents: [], passages: [], speakers: [] }).documentCount).toBe(0);
  });
});
