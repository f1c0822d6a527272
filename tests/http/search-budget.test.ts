// A search that outruns its time budget is answered 503 in the error shape, not left hanging.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';

describe('per-request time budget', () => {
  it('answers 503 with a message when a search runs out of time, and 200 within it', async () => {
    const index = createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus);
    const strict = createApp(index, { searchBudgetMs: -1 });
    const res = await strict.request('/api/search?q=industry');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'timeout', message: 'search took longer than -1 ms' } });
    expect((await strict.request('/api/search.csv?q=industry')).status).toBe(503);
    expect((await createApp(index).request('/api/search?q=industry')).status).toBe(200);
  });
});
