// ONE MiniSearch options constant, shared by build and load: loadJSON must analyse
// text exactly as the build did.
import type { Options } from 'minisearch';
import { processTerm, tokenize } from '../text/analyze.ts';

/** What MiniSearch indexes for each passage; `n` is the passage's position in the corpus. */
export interface IndexedFields {
  n: number;
  text: string;
  speaker: string;
  title: string;
}

export const INDEX_OPTIONS: Options<IndexedFields> = {
  idField: 'n',
  fields: ['text', 'speaker', 'title'],
  storeFields: [],
  tokenize,
  processTerm,
};

/** Bump when the saved index's shape or the analysis changes: old indexes must be rebuilt. */
export const FORMAT_VERSION = 2;
