// The light title field: a document's title is evidence for every passage of the document, at a
// fraction of the weight of the passage's own words (as BM25F weighs a field), and only for a word
// the passage itself says: a title never makes a passage match, it ranks the passages that do.
import type { SearchIndex } from '../indexing/search-index.ts';
import { processTerm, tokenize } from '../text/analyze.ts';
import { columnsOf } from './columns.ts';
import type { TermPostings } from './postings.ts';

/**
 * A title word counts this much of the same word in the passage. Less than 1: the title is shared
 * by every passage of a document, so it says less about any one of them than its own text does.
 */
export const TITLE_WEIGHT = 0.5;
const K = 1.2;
const B = 0.75;

/** Document titles as a tiny inverted index, computed once per corpus. */
export interface TitleField {
  /** Index into corpus.documents of each passage `n`. */
  document: Int32Array;
  /** Stem -> the documents whose title holds it, with how many times. */
  terms: Map<string, Map<number, number>>;
  /** BM25 length normalisation of each document's title, K·(1 − B + B·length / average). */
  norms: Float64Array;
}

const cache = new WeakMap<object, TitleField>();

export function titleFieldOf(index: SearchIndex): TitleField {
  let field = cache.get(index.corpus);
  if (!field) {
    field = buildTitleField(index);
    cache.set(index.corpus, field);
  }
  return field;
}

function buildTitleField(index: SearchIndex): TitleField {
  const { documents } = index.corpus;
  const terms = new Map<string, Map<number, number>>();
  const lengths = new Float64Array(documents.length);
  documents.forEach((d, i) => {
    if (!d.title) return;
    const stems = tokenize(d.title).flatMap((t) => processTerm(t) ?? []);
    lengths[i] = stems.length;
    for (const stem of stems) {
      let docs = terms.get(stem);
      if (!docs) terms.set(stem, (docs = new Map()));
      docs.set(i, (docs.get(i) ?? 0) + 1);
    }
  });
  const titled = lengths.filter((l) => l > 0);
  const average = titled.length ? titled.reduce((s, l) => s + l, 0) / titled.length : 1;
  const norms = lengths.map((l) => K * (1 - B + (B * l) / average));
  return { document: columnsOf(index.corpus).document, terms, norms };
}

/**
 * What the title adds, per document, to a passage matching `lists` (a word's postings and
 * expansions) whose idf is `idf`; null when no title holds the word. Only the word itself counts
 * (a title is light evidence, and a prefix's thousands of expansions would each be looked up).
 */
export function titleScores(field: TitleField, lists: readonly TermPostings[], idf: number): Float64Array | null {
  let scores: Float64Array | null = null;
  for (const list of lists) {
    if (list.kind !== 'exact') continue;
    const docs = field.terms.get(list.term);
    if (!docs) continue;
    scores ??= new Float64Array(field.norms.length);
    for (const [d, tf] of docs) scores[d]! += TITLE_WEIGHT * list.weight * idf * ((tf * (K + 1)) / (tf + field.norms[d]!));
  }
  return scores;
}
