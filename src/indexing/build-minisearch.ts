// Builds the MiniSearch index of a corpus in bulk. MiniSearch's add() walks its radix tree
// once per word occurrence; here occurrences are counted in a hash map first (and each
// distinct token analysed once), then every term is put in the tree once. The result is
// the index add() builds, field for field and in the same order (a test compares them),
// several times faster.
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type IndexedFields } from './index-options.ts';
import type { Internals } from './minisearch-internals.ts';
import type { Corpus } from './records.ts';

export function buildMiniSearch(corpus: Corpus): MiniSearch<IndexedFields> {
  const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  const m = mini as unknown as Internals;
  const tokenize = INDEX_OPTIONS.tokenize!;
  const processTerm = INDEX_OPTIONS.processTerm!;
  const fieldId = m._fieldIds.text!;
  const analysed = new Map<string, string[]>();
  // Terms in order of first occurrence, as add() would first insert them into the tree.
  const postings = new Map<string, Map<number, number>>();
  let average = 0;
  corpus.passages.forEach((passage, shortId) => {
    m._documentIds.set(shortId, passage.n);
    m._idToShortId.set(passage.n, shortId);
    // Occurrences per distinct token, in order of first occurrence; its size is add()'s field length.
    const counts = new Map<string, number>();
    for (const token of tokenize(passage.text, 'text')) counts.set(token, (counts.get(token) ?? 0) + 1);
    const length = counts.size;
    const lengths: number[] = [];
    lengths[fieldId] = length;
    m._fieldLength.set(shortId, lengths);
    // add()'s running mean, computed the same way so scores match to the last bit.
    average = (average * shortId + length) / (shortId + 1);
    for (const [token, count] of counts) {
      let terms = analysed.get(token);
      if (!terms) {
        const processed = processTerm(token, 'text');
        terms = Array.isArray(processed) ? processed : processed ? [processed] : [];
        analysed.set(token, terms);
      }
      for (const term of terms) {
        let docs = postings.get(term);
        if (!docs) postings.set(term, (docs = new Map()));
        docs.set(shortId, (docs.get(shortId) ?? 0) + count);
      }
    }
  });
  m._documentCount = corpus.passages.length;
  m._nextId = corpus.passages.length;
  if (corpus.passages.length) m._avgFieldLength[fieldId] = average;
  for (const [term, docs] of postings) m._index.set(term, new Map([[fieldId, docs]]));
  return mini;
}
