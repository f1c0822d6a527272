// Hostile requests: random unicode, control characters, huge numbers, repeated and unknown
// parameters and random paths. Never a 5xx; every 4xx in the one error shape; security
// headers on every response.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp(createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus));
});

const PARAMS = ['q', 'speaker', 'kind', 'from', 'to', 'document', 'event', 'source', 'sort', 'page', 'limit', 'as_you_type', 'match'];
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '%', '%00', '\u0000', '"', '-', '*', 'NaN', 'Infinity', '1e400', '9'.repeat(400), 'steel'.repeat(120), '2024-13-45', '0000', 'true', '[]', '{}'),
);
const name = fc.oneof(fc.constantFrom(...PARAMS), fc.string({ unit: 'binary', maxLength: 12 }));
const query = fc.array(fc.tuple(name, value), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const path = fc.oneof(
  fc.constantFrom('/api/search', '/api/search.csv').chain((p) => query.map((q) => `${p}?${q}`)),
  fc.constantFrom('/api/passages/', '/api/speakers/', '/api/documents/').chain((p) => fc.string({ unit: 'binary', maxLength: 300 }).map((id) => p + encodeURIComponent(id))),
  fc.string({ unit: 'binary', maxLength: 80 }).map((s) => '/api/' + encodeURIComponent(s)),
);

const RUNS = 1500;

describe('hostile requests', () => {
  it(`never produce a 5xx, and every 4xx has the error shape (${RUNS} random requests)`, async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(path, async (p) => {
        count++;
        const res = await app.request(p);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        if (res.status >= 400) {
          const body = (await res.json()) as { error: { code: string; message: string } };
          expect(Object.keys(body)).toEqual(['error']);
          expect(typeof body.error.code).toBe('string');
          expect(body.error.message.length).toBeGreaterThan(0);
        } else await res.arrayBuffer();
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(count).toBe(RUNS);
  });

  it('names the parameter in every 400 of /api/search', async () => {
    const bad: [string, string][] = [
      ['limit=1e400', 'limit must be an integer from 1 to 100'],
      ['page=99999999999999999999', 'page must be an integer from 1 to 10000'],
      ['q=' + 'x'.repeat(2001), 'q must be at most 2000 characters'],
      ['sort=random', 'sort must be one of relevance, newest, oldest'],
      ['from=2024-13', 'from must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ];
    for (const [q, message] of bad) {
      const res = await app.request(`/api/search?${q}`);
      expect([res.status, await res.json()]).toEqual([400, { error: { code: 'bad_request', message } }]);
    }
  });
});
