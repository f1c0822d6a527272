import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIndex } from '../search/make-corpus.ts';
import { client, q } from './search-helpers.ts';

const index = makeIndex({
  speakers: [{ id: 'wang', name: 'Wang Zhengpu' }],
  passages: [{ text: 'Steel output grew in Hebei.', speaker: 'wang' }, { text: 'Iron ore “imports” fell.' }],
});
const api = client(index);
const badRequest = (message: string) => ({ status: 400, body: { error: { code: 'bad_request', message } } });

describe('400s name the parameter and what is allowed', () => {
  it.each([
    ['limit=0', 'limit must be an integer from 1 to 100'],
    ['limit=101', 'limit must be an integer from 1 to 100'],
    ['limit=abc', 'limit must be an integer from 1 to 100'],
    ['limit=1.5', 'limit must be an integer from 1 to 100'],
    ['limit=1&limit=2', 'limit must be an integer from 1 to 100'],
    ['page=0', 'page must be an integer from 1 to 10000'],
    ['page=501', 'page × limit must be at most 10000: results past the 10000th are not served; narrow the search'],
    ['page=101&limit=100', 'page × limit must be at most 10000: results past the 10000th are not served; narrow the search'],
    [`q=${'a'.repeat(2001)}`, 'q must be at most 2000 characters'],
    [q(Array.from({ length: 301 }, (_, i) => `w${i}`).join(' ')), 'q has 301 terms; at most 300 are allowed'],
    [q('a b "c d e" -f ' + 'x '.repeat(296)), 'q has 302 terms; at most 300 are allowed'],
    [q('-steel -"iron ore"'), 'q has only exclusions (-word, NOT word); add a word or phrase to search for'],
    [q('steel kind:speeches'), 'kind must be one of question, speech, quote, narration'],
    [q('steel year:24'), 'year in q must be YYYY'],
    [q('steel -speaker:wang'), 'q cannot exclude speaker:; filters only include'],
    ['from=2024-13', 'from must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['from=24', 'from must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['to=2023-02-29', 'to must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['from=2025&to=2024-12', 'from must not be after to'],
    ['sort=best', 'sort must be one of relevance, newest, oldest'],
    ['kind=speeches', 'kind must be one of question, speech, quote, narration'],
    ['kind=speech&kind=speeches', 'kind must be one of question, speech, quote, narration'],
    ['match=some', 'match must be one of all, any'],
    ['as_you_type=yes', 'as_you_type must be true or false'],
    [`speaker=${'w'.repeat(201)}`, 'speaker must be at most 200 characters'],
    ['q=a&q=b', 'q must be text'],
  ])('%s', async (query, message) => {
    expect(await api.status(`/api/search?${query}`)).toEqual(badRequest(message));
    expect(await api.status(`/api/search.csv?${query}`)).toEqual(badRequest(message));
  });

  it('serves pages up to the 10,000th result', async () => {
    expect((await api.status('/api/search?q=steel&page=500')).status).toBe(200);
    expect((await api.status('/api/search?q=steel&page=100&limit=100')).status).toBe(200);
  });

  it('accepts exactly 2000 characters and 300 terms', async () => {
    expect((await api.status(`/api/search?q=${'a'.repeat(2000)}`)).status).toBe(200);
    expect((await api.status(`/api/search?${q(Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '))}`)).status).toBe(200);
  });
});

describe('404s for unknown ids', () => {
  it.each([
    ['/api/passages/nope', 'no passage with id "nope"'],
    ['/api/speakers/nope', 'no speaker with id "nope"'],
  ])('%s', async (path, message) => {
    expect(await api.status(path)).toEqual({ status: 404, body: { error: { code: 'not_found', message } } });
  });
});

describe('nothing the client sends produces a 500', () => {
  const names = ['q', 'speaker', 'kind', 'from', 'to', 'document', 'event', 'source', 'sort', 'page', 'limit', 'as_you_type', 'match'];
  it('answers arbitrary parameters with 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 5 }),
        async (pairs) => {
          const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          const res = await api.app.request(`/api/search?${query}`);
          expect([200, 400]).toContain(res.status);
          const body = (await res.json()) as { error?: { message: string } };
          if (res.status === 400) expect(body.error!.message).toMatch(/^(q|speaker|kind|from|to|document|event|source|sort|page|limit|as_you_type|match|year in q) /);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers arbitrary query syntax with 200 or 400', async () => {
    const piece = fc.constantFrom('steel', 'iron', '"', '“', '”', '-', 'OR', '*', 'speaker:', 'kind:', 'year:', ' ', 'Hebei', '-"', 'ore*', '京津冀', "'", ':');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (parts) => {
        const res = await api.app.request(`/api/search?${q(parts.join(''))}&as_you_type=true`);
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tolerated while typing', () => {
  it('ignores a field with no value yet', async () => {
    const r = await api.search(q('steel kind:'));
    expect([r.total, r.parsed.filters]).toEqual([1, { speaker: [], kind: [], year: [] }]);
  });
});
