// Spelling corrections from the index's own words: the nearest word by edit distance with
// transpositions (optimal string alignment), the most common of the nearest.
import damerauLevenshtein from 'damerau-levenshtein';
import type MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { IndexedFields } from '../indexing/index-options.ts';
import { packedOf } from '../indexing/packed-index.ts';
import { stemTerm } from '../text/stem-term.ts';

/** A word of the index close to a query word. */
export interface Correction {
  /** The folded word proposed. */
  word: string;
  /** Edits from the query word, a swap of two adjacent letters counting one. */
  distance: number;
  /** Passages holding the word as written: how common it is. */
  df: number;
}

export interface Spelling {
  /** Passages holding the stem of folded word `word` (0 when the index lacks it). */
  df(word: string): number;
  /** The best correction of folded word `word` within the edits its length allows, or null. */
  correct(word: string): Correction | null;
}

/**
 * Edits allowed to correct a word: none under 5 letters (too many short words are 1 edit apart),
 * 1 up to 7, 2 from 8; never for a word with a digit or a non-letter.
 */
export function allowedEdits(word: string): number {
  if (word.length < 5 || !/^[\p{L}\p{M}]+$/u.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

const cache = new WeakMap<object, Spelling>();
/** Corrections remembered per index (the same typos recur: paging, the page's refetches). */
const MAX_REMEMBERED = 5000;

/** The spelling corrector of an index, built once per MiniSearch on first use (a radix tree of its words). */
export function spellingOf(mini: MiniSearch<IndexedFields>): Spelling {
  let s = cache.get(mini);
  if (!s) {
    s = createSpelling(mini);
    cache.set(mini, s);
  }
  return s;
}

function createSpelling(mini: MiniSearch<IndexedFields>): Spelling {
  const packed = packedOf(mini);
  let words: SearchableMap<number> | null = null;
  const remembered = new Map<string, Correction | null>();
  const df = (word: string) => {
    const data = packed.tree.get(stemTerm(word));
    return data ? packed.offsets[data.id + 1]! - packed.offsets[data.id]! : 0;
  };
  return {
    df,
    correct(word) {
      const edits = allowedEdits(word);
      if (edits === 0) return null;
      if (remembered.has(word)) return remembered.get(word)!;
      if (!words) {
        words = new SearchableMap<number>();
        packed.words.forEach((w, i) => words!.set(w, packed.wordCounts[i]!));
      }
      // The tree's fuzzy walk counts Levenshtein edits, where a swap of two letters is two: walk
      // one edit further for a 1-edit word, then keep what is within `edits` counting a swap as
      // one. A long word walks 2 (a swap, or two other edits): a walk of 3 costs several times more.
      let best: (Correction & { cost: number }) | null = null;
      for (const [candidate, [common]] of words.fuzzyGet(word, Math.min(edits + 1, 2))) {
        if (candidate === word || common === 0) continue;
        const distance = damerauLevenshtein(word, candidate).steps;
        if (distance > edits) continue;
        // As a noisy channel would weigh them: each edit costs a factor of 1,000 in how common the
        // word is. A typo of a common word proposes it, not a rarer word as near ("goverment":
        // "government", not "governent"); a word 1,000 times as common may be one edit further.
        const cost = distance - Math.log10(common) / 3;
        if (!best || cost < best.cost || (cost === best.cost && candidate < best.word)) best = { word: candidate, distance, df: common, cost };
      }
      const found = best && { word: best.word, distance: best.distance, df: best.df };
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
      remembered.set(word, found);
      return found;
    },
  };
}
