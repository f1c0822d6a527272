// Repeated searches are answered from a per-index cache of encoded responses: the same bytes but
// for took_ms, never another index's, and never a failed search.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import type { SearchIndex } from '../../src/indexing/search-index.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { search } from '../../src/search/search.ts';
import { makeIndex } from '../search/make-corpus.ts';

// The real search, watched: a cached answer is one that did not call it.
vi.mock('../../src/search/search.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/search/search.ts')>();
  return { ...actual, search: vi.fn(actual.search) };
});
const searched = vi.mocked(search);
beforeEach(() => {
  searched.mockClear();
});

// A quoted word keeps non-ASCII text in the bodies, so they must be sent as UTF-8.
const first = makeIndex({ passages: [{ id: 'a', text: 'Steel “output” grew.' }, { id: 'b', text: 'Iron ore fell.' }, { id: 'e', text: 'Steel and ore.' }] });
const second = makeIndex({ passages: [{ id: 'c', text: 'Steel prices rose.' }, { id: 'd', text: 'Steel mills closed.' }] });

type App = ReturnType<typeof createApp>;

/** The body as sent, cut where took_ms's value starts, and that value. */
function splitTook(body: string): { before: string; took: number } {
  const tail = /"took_ms":(\d+(?:\.\d+)?)\}$/.exec(body);
  if (!tail) throw new Error(`body does not end with took_ms: ...${body.slice(-40)}`);
  return { before: body.slice(0, tail.index), took: Number(tail[1]) };
}

/** Requests a search and says whether the index was searched for it or the answer remembered. */
async function ask(app: App, query: string): Promise<{ answer: 'searched' | 'remembered'; status: number; body: string }> {
  const calls = searched.mock.calls.length;
  const res = await app.request(`/api/search?${query}`);
  const body = new TextDecoder('utf-8', { fatal: true }).decode(await res.arrayBuffer());
  return { answer: searched.mock.calls.length > calls ? 'searched' : 'remembered', status: res.status, body };
}

const answers = async (app: App, queries: string[]) => {
  const out: string[] = [];
  for (const query of queries) out.push((await ask(app, query)).answer);
  return out;
};

describe('search response cache', () => {
  it('answers a repeated search with the same bytes but for took_ms, without searching again', async () => {
    const app = createApp(first);
    const once = await ask(app, 'q=steel');
    const twice = await ask(app, 'q=steel');
    expect([once.answer, twice.answer]).toEqual(['searched', 'remembered']);
    expect(splitTook(twice.body).before).toBe(splitTook(once.body).before);
    expect((JSON.parse(twice.body) as { hits: { text: string }[] }).hits.map((h) => h.text)).toEqual(['Steel “output” grew.', 'Steel and ore.']);
  });

  it('sends the response search() gives, as application/json, with took_ms a number and the last key', async () => {
    const app = createApp(first);
    const expected = JSON.parse(JSON.stringify(search(first, searchParamsSchema.parse({ q: 'steel' })))) as Record<string, unknown>;
    delete expected.took_ms;
    for (const answer of ['searched', 'remembered']) {
      const res = await app.request('/api/search?q=steel');
      expect(res.headers.get('content-type')).toBe('application/json');
      const text = await res.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(body), answer).toEqual(['query', 'parsed', 'total', 'page', 'limit', 'sort', 'indexVersion', 'indexChanged', 'relaxed', 'fuzzy', 'didYouMean', 'corrected', 'unmatched', 'speakerHints', 'hits', 'facets', 'took_ms']);
      expect(typeof body.took_ms).toBe('number');
      expect(text.endsWith(`,"took_ms":${body.took_ms}}`)).toBe(true);
      const { took_ms: _, ...rest } = body;
      expect(rest).toEqual(expected);
    }
  });

  it('keeps the most recently used searches, as many as it is given', async () => {
    const two = createApp(first, { cachedSearches: 2 });
    // "steel" is used again before "ore" comes, so "iron" is the one to go; then "ore".
    expect(await answers(two, ['q=steel', 'q=steel', 'q=iron', 'q=steel', 'q=ore', 'q=steel', 'q=iron', 'q=ore', 'q=steel'])).toEqual([
      'searched',
      'remembered',
      'searched',
      'remembered',
      'searched',
      'remembered',
      'searched',
      'searched',
      'searched',
    ]);
  });

  it('searches anew every time with 0, and sends the same layout', async () => {
    const off = createApp(first, { cachedSearches: 0 });
    const bodies = [await ask(off, 'q=steel'), await ask(off, 'q=steel')];
    expect(bodies.map((b) => b.answer)).toEqual(['searched', 'searched']);
    expect(splitTook(bodies[1]!.body).before).toBe(splitTook(bodies[0]!.body).before);
    expect(splitTook(bodies[0]!.body).before).toBe(splitTook((await ask(createApp(first), 'q=steel')).body).before);
  });

  it('answers a bad query 400 with its message every time, and remembers nothing of it', async () => {
    const app = createApp(first);
    const message = 'q has only exclusions (-word, NOT word); add a word or phrase to search for';
    for (const expected of ['searched', 'searched']) {
      const bad = await ask(app, `q=${encodeURIComponent('-steel -"iron ore"')}`);
      expect(bad).toEqual({ answer: expected, status: 400, body: JSON.stringify({ error: { code: 'bad_request', message } }) });
    }
  });

  it('answers a search out of time 503 every time, and remembers nothing of it', async () => {
    const strict = createApp(first, { searchBudgetMs: -1 });
    for (const expected of ['searched', 'searched']) {
      const late = await ask(strict, 'q=steel');
      expect(late).toEqual({ answer: expected, status: 503, body: JSON.stringify({ error: { code: 'timeout', message: 'search took longer than -1 ms' } }) });
    }
  });

  it('keeps different parameters as different entries, and the same validated parameters as one', async () => {
    const app = createApp(first);
    expect(await answers(app, ['q=steel', 'q=steel&sort=oldest', 'q=steel&limit=1', 'q=iron', 'q=steel&page=2'])).toEqual(['searched', 'searched', 'searched', 'searched', 'searched']);
    // Written differently, validated the same: the defaults spelled out, the parameters reordered.
    expect(await answers(app, ['q=steel&page=1&limit=20', 'sort=oldest&q=steel', 'limit=1&q=steel', 'q=iron', 'page=2&q=steel'])).toEqual([
      'remembered',
      'remembered',
      'remembered',
      'remembered',
      'remembered',
    ]);
    const hitsOf = async (query: string) => (JSON.parse((await ask(app, query)).body) as { hits: { id: string }[] }).hits.map((h) => h.id);
    expect(await hitsOf('q=steel&limit=1')).toEqual(['a']);
    expect(await hitsOf('q=iron')).toEqual(['b']);
    expect(await hitsOf('q=steel&page=2')).toEqual([]);
  });

  it('answers a swapped-in index from its own cache, never with the previous index’s response', async () => {
    let current: SearchIndex = first;
    const app = createApp(() => current);
    const before = await ask(app, 'q=steel');
    expect((JSON.parse(before.body) as { total: number }).total).toBe(2);
    current = second;
    const swapped = await ask(app, 'q=steel');
    expect(swapped.answer).toBe('searched');
    expect((JSON.parse(swapped.body) as { hits: { id: string }[] }).hits.map((h) => h.id).sort()).toEqual(['c', 'd']);
    expect((await ask(app, 'q=steel')).answer).toBe('remembered');
    current = first;
    const back = await ask(app, 'q=steel');
    expect(back.answer).toBe('remembered');
    expect(splitTook(back.body).before).toBe(splitTook(before.body).before);
  });
});
