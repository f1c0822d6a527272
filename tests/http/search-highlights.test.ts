import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIndex } from '../search/make-corpus.ts';
import { wordTokens } from '../../src/text/word-tokens.ts';
import { client, marks, q } from './search-helpers.ts';

const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`);
// 90 words; "steel" replaces w5, w7, w50 and w85.
const long = words(0, 90)
  .map((w, i) => ([5, 7, 50, 85].includes(i) ? 'steel' : w))
  .join(' ');

const api = client(
  makeIndex({
    passages: [
      { id: 'long', text: long },
      { id: 'short', text: 'Steel, steel and more “Steel” — steelmaking aside.' },
      { id: 'mixed', text: 'High-end steel: Xiong’an’s industries innovate.' },
    ],
  }),
);

describe('highlights', () => {
  it('marks every occurrence of every matched term, and no partial words', async () => {
    const hit = (await api.search(`${q('steel')}&limit=100`)).hits.find((h) => h.id === 'short')!;
    expect(hit.highlights).toEqual([
      [0, 5],
      [7, 12],
      [23, 28],
    ]);
    expect(marks(hit)).toEqual(['Steel', 'steel', 'Steel']);
  });

  it('marks stemmed, prefix and phrase matches as written', async () => {
    const hit = (await api.search(q('"high end" industry innov* xiongan steel'))).hits[0]!;
    expect(marks(hit)).toEqual(['High', 'end', 'steel', 'Xiong’an’s', 'industries', 'innovate']);
  });

  it('marks a matched compound whole, stemmed like any word', async () => {
    expect(marks((await api.search(q('highend'))).hits[0]!)).toEqual(['High-end']);
    const owned = client(makeIndex({ passages: [{ text: 'Reform of state-owned firms.' }] }));
    expect(marks((await owned.search(q('stateowned'))).hits[0]!)).toEqual(['state-owned']);
  });
});

describe('snippets', () => {
  it('gives up to three ~30-word fragments of a long passage around the densest matches, with their own ranges', async () => {
    const hit = (await api.search(q('steel'))).hits.find((h) => h.id === 'long')!;
    expect(hit.snippets.map((s) => [s.text.split(' ')[0], s.text.split(' ').length, s.highlights.length])).toEqual([
      ['w0', 30, 2],
      ['w42', 30, 1],
      ['w77', 13, 1],
    ]);
    for (const s of hit.snippets) {
      expect(hit.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(s.highlights.map(() => 'steel'));
    }
  });

  it('gives no snippets for a passage of 60 words or fewer', async () => {
    expect((await api.search(q('steelmaking'))).hits[0]!.snippets).toEqual([]);
  });
});

describe('highlight ranges for any text and query', () => {
  const pool = ['steel', 'Steel', 'high-end', 'High', 'end', 'Xiong’an', "Xiong'an", 'Xiongan', 'China’s', 'café', 'industries', 'industry', '45.1%', '京津冀协同发展', 'innovation', '“quoted”', '—', ','];
  it('point inside the text, start and end on word boundaries, and never overlap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 80 }), fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }), async (textWords, queryWords) => {
        const text = textWords.join(' ');
        const local = client(makeIndex({ passages: [{ text }] }));
        const r = await local.search(`${q(queryWords.join(' '))}&match=any`);
        const starts = new Set(wordTokens(text).map((t) => t.start));
        const ends = new Set(wordTokens(text).map((t) => t.end));
        for (const hit of r.hits) {
          let last = 0;
          for (const [s, e] of hit.highlights) {
            expect(s).toBeGreaterThanOrEqual(last);
            expect(e).toBeLessThanOrEqual(text.length);
            expect(starts.has(s) && ends.has(e)).toBe(true);
            last = e;
          }
          for (const snip of hit.snippets) {
            for (const [s, e] of snip.highlights) expect(snip.text.slice(s, e)).toBe(text.slice(snip.start + s, snip.start + e));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
