// Follow bits rule phrase candidates out without reading their text, and never rule out a match:
// phrase searches answer exactly as on an index without them (built by MiniSearch's add()).
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { INDEX_OPTIONS, type IndexedFields } from '../../src/indexing/index-options.ts';
import type { Corpus } from '../../src/indexing/records.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { phraseMatcher } from '../../src/search/clause-matcher.ts';
import { searchParamsSchema } from '../../src/search/params.ts';
import { passageWords } from '../../src/search/passage-words.ts';
import { postingsOf } from '../../src/search/postings.ts';
import { search } from '../../src/search/search.ts';
import { wordTokens } from '../../src/text/word-tokens.ts';
import { mulberry32 } from '../../bench/prng.ts';
import { FIXTURES } from '../helpers.ts';

let corpus: Corpus;
let withBits: SearchIndex;
let without: SearchIndex;
beforeAll(async () => {
  corpus = (await buildCorpus(join(FIXTURES, 'whitehouse-2024'))).corpus;
  withBits = createSearchIndex(corpus);
  const stock = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  stock.addAll(corpus.passages.map((p) => ({ n: p.n, text: p.text })));
  without = createSearchIndex(corpus, stock);
});

const phraseOf = (words: string[]) => ({ type: 'phrase' as const, text: `"${words.join(' ')}"`, words });
const hits = (index: SearchIndex, q: string) => {
  const r = search(index, searchParamsSchema.parse({ q, limit: 100 }));
  return [r.total, r.hits.map((h) => [h.id, h.score, h.highlights])];
};

describe('phrase follow bits', () => {
  it('are in the index built from the corpus and not in one packed from add()', () => {
    expect(postingsOf(withBits.mini).expand('border', false, 0)[0]!.follows).not.toBeNull();
    expect(postingsOf(without.mini).expand('border', false, 0)[0]!.follows).toBeNull();
  });

  it('find every phrase of the text, and the same passages as reading every candidate does', () => {
    const random = mulberry32(5);
    const phrases: [string[], string[]][] = [];
    for (let i = 0; i < 400; i++) {
      const tokens = wordTokens(corpus.passages[Math.floor(random() * corpus.passages.length)]!.text);
      if (tokens.length < 4) continue;
      const start = Math.floor(random() * (tokens.length - 3));
      const length = 2 + Math.floor(random() * 3);
      // A phrase said there, and the same words in another order.
      const words = tokens.slice(start, start + length).map((t) => t.term);
      phrases.push([words, [...words].reverse()]);
    }
    expect(phrases.length).toBe(336);
    for (const [said, reversed] of phrases) {
      for (const words of [said, reversed]) {
        const q = `"${words.join(' ')}"`;
        expect(hits(withBits, q), q).toEqual(hits(without, q));
      }
      expect(hits(withBits, `"${said.join(' ')}"`)[0], said.join(' ')).not.toBe(0);
    }
  });

  it('leave far fewer candidates to read for a phrase of common words', () => {
    const words = ['the', 'president', 'has', 'been'];
    const candidates = (index: SearchIndex) => phraseMatcher(index, phraseOf(words), passageWords(index)).size;
    const total = search(withBits, searchParamsSchema.parse({ q: '"the president has been"' })).total;
    expect(total).toBeGreaterThan(0);
    expect(candidates(withBits)).toBeGreaterThanOrEqual(total);
    expect([candidates(withBits), candidates(without)]).toEqual([161, 437]);
  });
});
