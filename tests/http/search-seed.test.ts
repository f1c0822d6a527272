// The matching rules on the seed corpus (corpus/), each checked against an independent regex oracle
// over the indexed passages: the hits are exactly the passages the pattern finds.
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { client, marks, q } from './search-helpers.ts';

const corpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));
let index: SearchIndex;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  index = createSearchIndex((await buildCorpus(corpusDir)).corpus);
  api = client(index);
});

const oracle = (pattern: RegExp) => index.corpus.passages.filter((p) => pattern.test(p.text)).map((p) => p.id).sort();
const hitIds = async (query: string) => (await api.search(`${query}&limit=100`)).hits.map((h) => h.id).sort();

describe('seed corpus', () => {
  it.each([
    ["Xiong'an", /Xiong['’]?an/i],
    ['Xiongan', /Xiong['’]?an/i],
    ['Xiong’an', /Xiong['’]?an/i],
    ['Tianjin', /Tianjin/],
    ['"Beijing-Tianjin-Hebei"', /Beijing-Tianjin-Hebei/],
    ['high-end', /high[- ]end/i],
    ['"high end"', /high[- ]end/i],
    ['45.1', /45\.1/],
    ['innovate', /\binnovat(e|es|ed|ing|ion|ions|ive)\b/i],
    ['Hebei industry', /^(?=.*\bHebei\b)(?=.*\bindustr(y|ies|ial)\b)/is],
    ['"China Daily"', /China Daily/],
  ])('%s finds exactly the passages matching %s', async (query, pattern) => {
    const expected = oracle(pattern);
    expect(expected.length).toBeGreaterThan(0);
    expect(await hitIds(q(query))).toEqual(expected);
  });

  it('highlights every occurrence of Xiong’an as written', async () => {
    const r = await api.search(`${q('xiongan')}&limit=100`);
    const all = r.hits.flatMap(marks);
    const expected = index.corpus.passages.flatMap((p) => p.text.match(/Xiong['’]?an(['’]s)?/g) ?? []);
    expect(all.sort()).toEqual(expected.sort());
  });

  it("browses Wang Zhengpu's passages newest first with facets that add up", async () => {
    const r = await api.search(`speaker=${encodeURIComponent('Wang Zhengpu')}&limit=100`);
    const own = index.corpus.passages.filter((p) => p.speakerId === 'wang-zhengpu');
    expect(r.total).toBe(own.length);
    const dates = r.hits.map((h) => h.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse()); // undated ('') last
    expect(r.facets.years.reduce((n, y) => n + y.count, 0) + r.facets.undated).toBe(r.total);
    expect(r.facets.kinds.reduce((n, k) => n + k.count, 0)).toBe(r.total);
  });

  it('counts each speaker facet as the speaker filter would', async () => {
    const r = await api.search(q('industry'));
    for (const s of r.facets.speakers) {
      expect([s.name, (await api.search(`${q('industry')}&speaker=${s.id}`)).total]).toEqual([s.name, s.count]);
    }
  });
});
