import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { INDEX_OPTIONS, type IndexedFields } from '../../src/indexing/index-options.ts';
import { decodeMiniSearch, encodeMiniSearch } from '../../src/indexing/minisearch-codec.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { postingsOf, sumLists, termScore, type Postings, type TermPostings } from '../../src/search/postings.ts';
import { search } from '../../src/search/search.ts';
import { makeCorpus } from './make-corpus.ts';

const corpus = makeCorpus({
  passages: [
    { text: 'Steel output grew in Hebei.' },
    { text: 'Steel, steel and iron.' },
    { text: 'Industries of Hebei innovate.' },
    { text: 'Iron ore imports fell.' },
  ],
});
const run = (mini: MiniSearch<IndexedFields>, q: string) =>
  search(createSearchIndex(corpus, mini), searchParamsSchema.parse({ q, match: 'any' })).hits.map((h) => [h.id, h.score]);

describe('postingsOf', () => {
  it('reads the text postings with passage numbers and term frequencies', () => {
    const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
    mini.addAll(corpus.passages.map((p) => ({ n: p.n, text: p.text })));
    const steel = postingsOf(mini).expand('steel', false, 0);
    expect(steel.map((t) => [t.term, t.kind, t.weight, [...t.docs], [...t.freqs]])).toEqual([['steel', 'exact', 1, [0, 1], [1, 2]]]);
    expect(postingsOf(mini).expand('industri', true, 0).map((t) => t.term)).toEqual(['industri']);
    expect(postingsOf(mini).expand('stel', false, 1).map((t) => [t.term, t.kind])).toEqual([['steel', 'fuzzy']]);
  });

  it('gives the same results after a JSON or binary round trip and when passages were added out of order', () => {
    const inOrder = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
    inOrder.addAll(corpus.passages.map((p) => ({ n: p.n, text: p.text })));
    const reloaded = MiniSearch.loadJSON<IndexedFields>(JSON.stringify(inOrder), INDEX_OPTIONS);
    const decoded = decodeMiniSearch(encodeMiniSearch(inOrder));
    const reversed = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
    reversed.addAll([...corpus.passages].reverse().map((p) => ({ n: p.n, text: p.text })));
    // No typo here: an index built with add() has no spelling words (packed-index.ts), so a typo finds nothing in it.
    for (const q of ['steel', 'hebei iron', 'innov*', '"iron ore"']) {
      const expected = run(inOrder, q);
      expect(expected.length).toBeGreaterThan(0);
      expect(run(reloaded, q)).toEqual(expected);
      expect(run(decoded, q)).toEqual(expected);
      expect(run(reversed, q)).toEqual(expected);
    }
  });
});

describe('sumLists', () => {
  // A postings reader over `count` passages of equal length: only count, norms and idf matter here.
  const reader = (count: number): Postings => ({
    count,
    norms: new Float64Array(count).fill(1.2),
    priors: new Float64Array(count).fill(1),
    idf: (df) => Math.log(1 + (count - df + 0.5) / (df + 0.5)),
    expand: () => [],
  });
  const list = (term: string, kind: TermPostings['kind'], weight: number, passages: number[]): TermPostings => {
    const docs = Uint32Array.from([...new Set(passages)].sort((a, b) => a - b));
    return { term, kind, weight, docs, freqs: Uint16Array.from(docs, (_, i) => 1 + (i % 3)), follows: null };
  };

  it('sums each passage in list order and marks those matched only fuzzily, in both the dense and the sorted way', () => {
    const kinds = fc.constantFrom<TermPostings['kind']>('exact', 'prefix', 'fuzzy');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.array(fc.tuple(kinds, fc.double({ min: 0.1, max: 1, noNaN: true }), fc.array(fc.nat(399), { maxLength: 40 })), { minLength: 1, maxLength: 6 }), (count, specs) => {
        const postings = reader(count);
        const lists = specs.map(([kind, weight, docs], i) => list(`t${i}`, kind, weight, docs.filter((n) => n < count)));
        // The reference: a Map filled list by list.
        const sums = new Map<number, number>();
        const direct = new Set<number>();
        for (const l of lists) {
          l.docs.forEach((n, i) => {
            sums.set(n, (sums.get(n) ?? 0) + l.weight * termScore(postings.idf(l.docs.length), l.freqs[i]!, postings.norms[n]!));
            if (l.kind !== 'fuzzy') direct.add(n);
          });
        }
        const ns = [...sums.keys()].sort((a, b) => a - b);
        const got = sumLists(lists, postings);
        expect([...got.ns]).toEqual(ns);
        expect([...got.scores]).toEqual(ns.map((n) => sums.get(n)));
        const anyFuzzy = lists.some((l) => l.kind === 'fuzzy');
        expect(got.fuzzy === null ? null : [...got.fuzzy]).toEqual(anyFuzzy ? ns.map((n) => (direct.has(n) ? 0 : 1)) : null);
      }),
      { numRuns: 500 },
    );
  });
});
