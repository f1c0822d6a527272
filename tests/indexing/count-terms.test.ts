// The term counter numbers terms and counts them exactly as a plain Map over the analysis would,
// past the sizes where its tables grow (tokens, chars, slots).
import { describe, expect, it } from 'vitest';
import { TermCounter } from '../../src/indexing/count-terms.ts';
import { processTerm, tokenize } from '../../src/text/analyze.ts';

/** What the counter must find, counted the obvious way. */
function reference(texts: string[]) {
  const ids = new Map<string, number>();
  const pairs: number[] = [];
  const sizes: number[] = [];
  const lengths: number[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    const freq = new Map<number, number>();
    for (const token of tokens) {
      const term = processTerm(token);
      if (!term) continue;
      if (!ids.has(term)) ids.set(term, ids.size);
      const id = ids.get(term)!;
      freq.set(id, (freq.get(id) ?? 0) + 1);
    }
    for (const [id, f] of freq) pairs.push(id, f);
    sizes.push(freq.size);
    lengths.push(new Set(tokens).size);
  }
  return { terms: [...ids.keys()], pairs, sizes, lengths };
}

// 90,000 distinct words (more than the tables start with), long ones, accented and CJK ones,
// hyphenated compounds, and every word again in a later passage.
const word = (i: number) => `${'w'.repeat(1 + (i % 23))}${i.toString(36)}`;
const texts: string[] = [];
for (let i = 0; i < 90_000; i += 30) {
  const words = Array.from({ length: 30 }, (_, k) => word(i + k));
  texts.push(`${words.join(' ')} Café-au-lait résumé 发展 the the THE running runs.`);
}
for (let i = 0; i < 90_000; i += 900) texts.push(Array.from({ length: 900 }, (_, k) => word(i + k)).join(', '));

describe('TermCounter', () => {
  it('counts terms, pairs and field lengths like a Map over tokenize and processTerm', () => {
    const counter = new TermCounter();
    const got = { terms: [] as string[], pairs: [] as number[], sizes: [] as number[], lengths: [] as number[] };
    // Taken in three batches, as a parse worker takes them per file.
    for (const batch of [texts.slice(0, 1000), texts.slice(1000, 2500), texts.slice(2500)]) {
      for (const text of batch) counter.add(text);
      const counts = counter.take();
      got.terms = got.terms.concat(counts.newTerms);
      got.pairs = got.pairs.concat([...counts.pairs]);
      got.sizes = got.sizes.concat([...counts.sizes]);
      got.lengths = got.lengths.concat([...counts.lengths]);
    }
    const want = reference(texts);
    expect([got.terms.length, want.terms.length]).toEqual([89_947, 89_947]);
    expect(got.terms).toEqual(want.terms);
    expect(got.sizes).toEqual(want.sizes);
    expect(got.lengths).toEqual(want.lengths);
    expect(got.pairs).toEqual(want.pairs);
  });

  it('takes nothing when nothing was added', () => {
    const counts = new TermCounter().take();
    expect([counts.newTerms, [...counts.pairs], [...counts.sizes], [...counts.lengths]]).toEqual([[], [], [], []]);
  });
});
