// The term counter numbers terms and counts them exactly as a plain Map over the analysis would,
// past the sizes where its tables grow (tokens, chars, slots).
import { describe, expect, it } from 'vitest';
import { followBit, TermCounter } from '../../src/indexing/count-terms.ts';
import { indexTokens, processTerm, tokenize } from '../../src/text/analyze.ts';

/** What the counter must find, counted the obvious way. */
function reference(texts: string[]) {
  const ids = new Map<string, number>();
  const pairs: number[] = [];
  const follows: number[] = [];
  const sizes: number[] = [];
  const lengths: number[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    // The words in order are the first `words` tokens; each word's term gets the bit of the next word's.
    const { words } = indexTokens(text);
    const follow = new Map<string, number>();
    for (let k = 0; k + 1 < words; k++) {
      const [a, b] = [processTerm(tokens[k]!)!, processTerm(tokens[k + 1]!)!];
      follow.set(a, (follow.get(a) ?? 0) | followBit(b));
    }
    const freq = new Map<number, number>();
    const termOf = new Map<number, string>();
    for (const token of tokens) {
      const term = processTerm(token);
      if (!term) continue;
      if (!ids.has(term)) ids.set(term, ids.size);
      const id = ids.get(term)!;
      termOf.set(id, term);
      freq.set(id, (freq.get(id) ?? 0) + 1);
    }
    for (const [id, f] of freq) {
      pairs.push(id, f);
      follows.push(follow.get(termOf.get(id)!) ?? 0);
    }
    sizes.push(freq.size);
    lengths.push(new Set(tokens).size);
  }
  return { terms: [...ids.keys()], pairs, follows, sizes, lengths };
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
    const got = { terms: [] as string[], pairs: [] as number[], follows: [] as number[], sizes: [] as number[], lengths: [] as number[] };
    // Taken in three batches, as a parse worker takes them per file.
    for (const batch of [texts.slice(0, 1000), texts.slice(1000, 2500), texts.slice(2500)]) {
      for (const text of batch) counter.add(text);
      const counts = counter.take();
      got.terms = got.terms.concat(counts.newTerms);
      got.pairs = got.pairs.concat([...counts.pairs]);
      got.follows = got.follows.concat([...counts.follows]);
      got.sizes = got.sizes.concat([...counts.sizes]);
      got.lengths = got.lengths.concat([...counts.lengths]);
    }
    const want = reference(texts);
    expect([got.terms.length, want.terms.length]).toEqual([89_947, 89_947]);
    expect(got.terms).toEqual(want.terms);
    expect(got.sizes).toEqual(want.sizes);
    expect(got.lengths).toEqual(want.lengths);
    expect(got.pairs).toEqual(want.pairs);
    expect(got.follows).toEqual(want.follows);
  });

  it('gives each term the follow bits of the words right after it, not of hyphen compounds', () => {
    const counter = new TermCounter();
    counter.add('Steel output, steel mills and high-end steel.');
    const { newTerms, pairs, follows } = counter.take();
    const bits: Record<string, number> = {};
    for (let k = 0; k < follows.length; k++) bits[newTerms[pairs[2 * k]!]!] = follows[k]!;
    expect(newTerms).toEqual(['steel', 'output', 'mill', 'and', 'high', 'end', 'highend']);
    expect(bits).toEqual({ steel: followBit('output') | followBit('mill'), output: followBit('steel'), mill: followBit('and'), and: followBit('high'), high: followBit('end'), end: followBit('steel'), highend: 0 });
  });

  it('takes nothing when nothing was added', () => {
    const counts = new TermCounter().take();
    expect([counts.newTerms, [...counts.pairs], [...counts.sizes], [...counts.lengths]]).toEqual([[], [], [], []]);
  });
});
