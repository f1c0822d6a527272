// Builds the MiniSearch index of a corpus in bulk, into packed postings (packed-index.ts): the
// index add() would build, term for term and score for score (a test compares them), several
// times faster and a fraction of the memory.
import type MiniSearch from 'minisearch';
import type { IndexedFields } from './index-options.ts';
import { packedMiniSearch, packTexts } from './packed-index.ts';
import type { Corpus } from './records.ts';

export function buildMiniSearch(corpus: Corpus): MiniSearch<IndexedFields> {
  corpus.passages.forEach((p, n) => {
    if (p.n !== n) throw new Error(`passage ${p.id} is at position ${n} but numbered ${p.n}`);
  });
  return packedMiniSearch(packTexts((function* () {
    for (const p of corpus.passages) yield p.text;
  })(), corpus.passages.length));
}
