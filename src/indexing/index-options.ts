// ONE MiniSearch options constant, shared by build and load: loadJSON must analyse
// text exactly as the build did.
import type { Options } from 'minisearch';
import { processTerm, tokenize } from '../text/analyze.ts';

/**
 * What MiniSearch indexes for each passage; `n` is the passage's position in the corpus.
 * Only the words said: speakers are reached by the speaker filter, and indexing names or
 * titles would make "China" match every question by China Daily.
 */
export interface IndexedFields {
  n: number;
  text: string;
}

export const INDEX_OPTIONS: Options<IndexedFields> = {
  idField: 'n',
  fields: ['text'],
  storeFields: [],
  tokenize,
  processTerm,
};

/** Bump when the saved index's shape or the analysis changes: old indexes must be rebuilt. */
export const FORMAT_VERSION = 7;
