import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { INDEX_OPTIONS, type IndexedFields } from '../../src/indexing/index-options.ts';
import { decodeMiniSearch, encodeMiniSearch } from '../../src/indexing/minisearch-codec.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { postingsOf } from '../../src/search/postings.ts';
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
    for (const q of ['steel', 'hebei iron', 'innov*', '"iron ore"', 'steal']) {
      const expected = run(inOrder, q);
      expect(expected.length).toBeGreaterThan(0);
      expect(run(reloaded, q)).toEqual(expected);
      expect(run(decoded, q)).toEqual(expected);
      expect(run(reversed, q)).toEqual(expected);
    }
  });
});
