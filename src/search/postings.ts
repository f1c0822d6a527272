// A term's postings as slices of the packed index's typed arrays (indexing/packed-index.ts), found
// through MiniSearch's term tree: exact, prefix and fuzzy lookups are MiniSearch's own. Scores are
// BM25+ with MiniSearch's parameters, and expansions are weighted as MiniSearch weighs them, so a
// search ranks as MiniSearch's search() would.
import type MiniSearch from 'minisearch';
import type { IndexedFields } from '../indexing/index-options.ts';
import { packedOf, type PackedPostings, type TermData } from '../indexing/packed-index.ts';

/** One index term's postings, with the weight MiniSearch gives its kind of match. */
export interface TermPostings {
  term: string;
  kind: 'exact' | 'prefix' | 'fuzzy';
  weight: number;
  /** Passages `n` holding the term, ascending. */
  docs: Uint32Array;
  /** Term frequency, parallel to `docs`. */
  freqs: Uint16Array;
}

export interface Postings {
  /** The postings of `key` and, when asked, of the terms it prefixes or is within `edits` of; exact first. */
  expand(key: string, prefix: boolean, edits: number): TermPostings[];
  /** BM25+ of one term in one passage, as MiniSearch scores it. */
  bm25(tf: number, df: number, n: number): number;
  /** Passages in the index. */
  count: number;
}

// MiniSearch's defaults, so scores stay comparable with its own search.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;

const cache = new WeakMap<object, Postings>();
/** Term expansions remembered per index (least recently used go first). */
const MAX_EXPANSIONS = 5000;

/** The postings reader of an index's MiniSearch, built once per MiniSearch. */
export function postingsOf(mini: MiniSearch<IndexedFields>): Postings {
  let p = cache.get(mini);
  if (!p) {
    p = createPostings(packedOf(mini));
    cache.set(mini, p);
  }
  return p;
}

function createPostings(packed: PackedPostings): Postings {
  const { tree, offsets, docs, freqs, lengths } = packed;
  const avgLength = packed.avgLength || 1;
  const total = lengths.length;
  const expansions = new Map<string, TermPostings[]>();
  const slice = (term: string, data: TermData, kind: TermPostings['kind'], weight: number): TermPostings => {
    const from = offsets[data.id]!;
    const to = offsets[data.id + 1]!;
    return { term, kind, weight, docs: docs.subarray(from, to), freqs: freqs.subarray(from, to) };
  };

  return {
    count: total,
    expand(key, prefix, edits) {
      // Prefix and fuzzy walks of the term tree cost far more than the lookup of their result,
      // and the same expansions recur (typing, paging, popular queries).
      const memoKey = `${key}\u0000${prefix ? 1 : 0}${edits}`;
      const known = expansions.get(memoKey);
      if (known) {
        expansions.delete(memoKey);
        expansions.set(memoKey, known);
        return known;
      }
      const out: TermPostings[] = [];
      const exact = tree.get(key);
      if (exact) out.push(slice(key, exact, 'exact', 1));
      const seen = new Set([key]);
      if (prefix) {
        for (const [term, data] of tree.atPrefix(key)) {
          if (seen.has(term)) continue;
          seen.add(term);
          const distance = term.length - key.length;
          out.push(slice(term, data, 'prefix', (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)));
        }
      }
      if (edits > 0) {
        for (const [term, [data, distance]] of tree.fuzzyGet(key, edits)) {
          if (seen.has(term)) continue;
          seen.add(term);
          out.push(slice(term, data, 'fuzzy', (FUZZY_WEIGHT * term.length) / (term.length + distance)));
        }
      }
      const found = out.filter((t) => t.docs.length > 0);
      if (expansions.size >= MAX_EXPANSIONS) expansions.delete(expansions.keys().next().value!);
      expansions.set(memoKey, found);
      return found;
    },
    bm25(tf, df, n) {
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      return idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[n]!) / avgLength)));
    },
  };
}
