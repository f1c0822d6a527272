// A term's postings as slices of the packed index's typed arrays (indexing/packed-index.ts), found
// through MiniSearch's term tree: exact, prefix and fuzzy lookups are MiniSearch's own. Scores are
// BM25 with standard parameters and a length prior for fragments; expansions (prefix, fuzzy) are
// weighted as MiniSearch weighs them, so they rank below the word itself by weight.
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
  /** Follow bits (indexing/count-terms.ts followBit) of the terms after this one in each passage; null when the index has none. */
  follows: Uint8Array | null;
}

export interface Postings {
  /** The postings of `key` and, when asked, of the terms it prefixes or is within `edits` of; exact first. */
  expand(key: string, prefix: boolean, edits: number): TermPostings[];
  /** BM25's inverse document frequency of a term held by `df` passages. */
  idf(df: number): number;
  /** BM25's length normalisation per passage, k1·(1 − b + b·length / average), computed once per index for the loops over long lists. */
  norms: Float64Array;
  /** The length prior per passage (see SENTENCE_WORDS), a factor on the passage's score. */
  priors: Float64Array;
  /** Passages in the index. */
  count: number;
}

/**
 * BM25 of a term with inverse document frequency `idf`, `tf` times in a passage of length
 * normalisation `norm` (Postings.norms). The passage's length prior multiplies its total once
 * (match-query.ts), not every term.
 */
export function termScore(idf: number, tf: number, norm: number): number {
  return (idf * tf * (K + 1)) / (tf + norm);
}

// Robertson's standard k1 and b (SQLite FTS5's and Lucene's defaults): tuned on no collection of ours.
const K = 1.2;
const B = 0.75;
/**
 * Words in a sentence: a passage shorter than this is a fragment (an interrupted question, "— into
 * Rafah?"), and its evidence counts in proportion to its length (the linear length prior of
 * language-model retrieval, capped at one sentence). Longer passages are left to BM25's b.
 */
export const SENTENCE_WORDS = 20;
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
  const { tree, offsets, docs, freqs, follows } = packed;
  const total = packed.lengths.length;
  // Lengths in words, as BM25 counts them: the sum of a passage's term frequencies (the index's
  // own lengths are MiniSearch's distinct-word counts). One pass over the postings per index.
  const lengths = new Float64Array(total);
  for (let i = 0; i < docs.length; i++) lengths[docs[i]!]! += freqs[i]!;
  let sum = 0;
  for (let n = 0; n < total; n++) sum += lengths[n]!;
  const avgLength = sum / total || 1;
  const norms = new Float64Array(total);
  const priors = new Float64Array(total);
  for (let n = 0; n < total; n++) {
    norms[n] = K * (1 - B + (B * lengths[n]!) / avgLength);
    priors[n] = Math.min(1, lengths[n]! / SENTENCE_WORDS);
  }
  const idf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));
  const expansions = new Map<string, TermPostings[]>();
  const slice = (term: string, data: TermData, kind: TermPostings['kind'], weight: number): TermPostings => {
    const from = offsets[data.id]!;
    const to = offsets[data.id + 1]!;
    return { term, kind, weight, docs: docs.subarray(from, to), freqs: freqs.subarray(from, to), follows: follows?.subarray(from, to) ?? null };
  };

  return {
    count: total,
    norms,
    priors,
    idf,
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
  };
}

/** A clause's matching passages, ascending, with their scores and which matched only by typo tolerance. */
export interface Scored {
  ns: Uint32Array;
  scores: Float64Array;
  /** 1 where the passage matched only fuzzily; null when none did. */
  fuzzy: Uint8Array | null;
}

/**
 * Scores summed over several postings lists (a word's expansions), each passage once, summed in
 * list order as MiniSearch sums them. Many postings: a dense sum by passage. Fewer: the postings
 * sorted by passage, so a prefix with a few thousand matches never touches the whole corpus.
 */
export function sumLists(lists: TermPostings[], postings: Postings): Scored {
  const total = lists.reduce((s, l) => s + l.docs.length, 0);
  const count = postings.count;
  const { norms } = postings;
  const anyFuzzy = lists.some((l) => l.kind === 'fuzzy');
  if (total * 8 >= count) {
    const sums = new Float64Array(count);
    const direct = anyFuzzy ? new Uint8Array(count) : null;
    let size = 0;
    for (const { docs, freqs, weight, kind } of lists) {
      const idf = postings.idf(docs.length);
      for (let i = 0; i < docs.length; i++) {
        const n = docs[i]!;
        // A score is never 0 (a posting has tf >= 1, idf > 0 and a length > 0), so a zero sum is a passage not seen yet.
        if (sums[n] === 0) size++;
        sums[n]! += weight * termScore(idf, freqs[i]!, norms[n]!);
        if (direct && kind !== 'fuzzy') direct[n] = 1;
      }
    }
    const ns = new Uint32Array(size);
    const scores = new Float64Array(size);
    const fuzzy = direct ? new Uint8Array(size) : null;
    for (let n = 0, j = 0; j < size; n++) {
      if (sums[n] === 0) continue;
      ns[j] = n;
      scores[j] = sums[n]!;
      if (fuzzy && direct![n] === 0) fuzzy[j] = 1;
      j++;
    }
    return { ns, scores, fuzzy };
  }
  // Every posting as passage·scale + its place in list order: sorted, they come by passage and,
  // within a passage, in list order (exact in a double while passage·scale < 2^53).
  const scale = 2 ** Math.ceil(Math.log2(total + 1));
  const keys = new Float64Array(total);
  const each = new Float64Array(total);
  const fuzzyAt = anyFuzzy ? new Uint8Array(total) : null;
  let g = 0;
  for (const { docs, freqs, weight, kind } of lists) {
    const idf = postings.idf(docs.length);
    for (let i = 0; i < docs.length; i++, g++) {
      keys[g] = docs[i]! * scale + g;
      each[g] = weight * termScore(idf, freqs[i]!, norms[docs[i]!]!);
      if (fuzzyAt && kind === 'fuzzy') fuzzyAt[g] = 1;
    }
  }
  keys.sort();
  const ns = new Uint32Array(total);
  const scores = new Float64Array(total);
  const fuzzy = fuzzyAt ? new Uint8Array(total) : null;
  let size = 0;
  for (let k = 0; k < total; k++) {
    const n = Math.floor(keys[k]! / scale);
    const at = keys[k]! - n * scale;
    if (size === 0 || ns[size - 1] !== n) {
      ns[size] = n;
      if (fuzzy) fuzzy[size] = 1;
      size++;
    }
    scores[size - 1]! += each[at]!;
    if (fuzzy && fuzzyAt![at] === 0) fuzzy[size - 1] = 0;
  }
  return { ns: ns.subarray(0, size), scores: scores.subarray(0, size), fuzzy: fuzzy?.subarray(0, size) ?? null };
}
