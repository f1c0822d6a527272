// Direct reads of MiniSearch's inverted index: a term's postings as (passage, term frequency).
// MiniSearch's search() builds a result object per matching passage and sorts them all; a clause
// over a common word in a large corpus needs only numbers. This reads the private fields of
// minisearch 7.2.0 (pinned exactly in package.json); postingsOf() checks they are there.
import type MiniSearch from 'minisearch';
import type { IndexedFields } from '../indexing/index-options.ts';

type TermFreqs = Map<number, number>; // MiniSearch short id -> term frequency
type FieldTermData = Map<number, TermFreqs>;

interface SearchableMapLike {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, distance: number): Map<string, [FieldTermData, number]>;
}

interface MiniSearchInternals {
  _index: SearchableMapLike;
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
}

/** One index term's postings in the text field, with the weight MiniSearch gives its kind of match. */
export interface TermPostings {
  term: string;
  kind: 'exact' | 'prefix' | 'fuzzy';
  weight: number;
  /** Passage `n` -> term frequency. */
  docs: Map<number, number>;
}

export interface Postings {
  /** The postings of `key` and, when asked, of the terms it prefixes or is within `edits` of; exact first. */
  expand(key: string, prefix: boolean, edits: number): TermPostings[];
  /** BM25+ of one term in one passage, as MiniSearch scores it. */
  bm25(tf: number, df: number, n: number): number;
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
const EMPTY: Map<number, number> = new Map();

/** The postings reader of an index's MiniSearch, built once per MiniSearch. */
export function postingsOf(mini: MiniSearch<IndexedFields>, field = 'text'): Postings {
  let p = cache.get(mini);
  if (!p) {
    p = createPostings(mini as unknown as MiniSearchInternals, field);
    cache.set(mini, p);
  }
  return p;
}

function createPostings(m: MiniSearchInternals, field: string): Postings {
  if (!m._index || !m._fieldIds || !(m._documentIds instanceof Map) || !(m._fieldLength instanceof Map) || !Array.isArray(m._avgFieldLength)) {
    throw new Error('minisearch internals changed: src/search/postings.ts reads minisearch 7.2.0; pin that version or update postings.ts');
  }
  const fieldId = m._fieldIds[field];
  if (fieldId === undefined) throw new Error(`the index has no field "${field}"`);
  const expansions = new Map<string, TermPostings[]>();
  // Short ids are dense from 0; map them to passage numbers once, with each text length by n.
  let maxShort = -1;
  for (const sid of m._documentIds.keys()) maxShort = Math.max(maxShort, sid);
  const toN = new Int32Array(maxShort + 1).fill(-1);
  const lengthByN = new Float64Array(m._documentIds.size);
  for (const [sid, id] of m._documentIds) {
    const n = id as number;
    toN[sid] = n;
    if (n >= 0 && n < lengthByN.length) lengthByN[n] = m._fieldLength.get(sid)?.[fieldId] ?? 0;
  }
  const avgLength = m._avgFieldLength[fieldId] || 1;
  const total = m._documentCount;

  // Passages are added in order, so short id and n coincide and the postings are used as they are.
  let identity = true;
  for (let sid = 0; sid < toN.length && identity; sid++) identity = toN[sid] === sid;
  const cachedDocs = new Map<string, Map<number, number>>();
  const docsOf = (term: string, data: FieldTermData | undefined): Map<number, number> => {
    const freqs = data?.get(fieldId);
    if (!freqs) return EMPTY;
    if (identity) return freqs;
    // Otherwise re-key by n, keeping the last few hundred lists re-keyed.
    let docs = cachedDocs.get(term);
    if (!docs) {
      docs = new Map();
      for (const [sid, tf] of freqs) if (sid < toN.length && toN[sid]! >= 0) docs.set(toN[sid]!, tf);
      if (cachedDocs.size >= 512) cachedDocs.delete(cachedDocs.keys().next().value!);
      cachedDocs.set(term, docs);
    }
    return docs;
  };

  return {
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
      const exact = m._index.get(key);
      if (exact) out.push({ term: key, kind: 'exact', weight: 1, docs: docsOf(key, exact) });
      const seen = new Set([key]);
      if (prefix) {
        for (const [term, data] of m._index.atPrefix(key)) {
          if (seen.has(term)) continue;
          seen.add(term);
          const distance = term.length - key.length;
          out.push({ term, kind: 'prefix', weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), docs: docsOf(term, data) });
        }
      }
      if (edits > 0) {
        for (const [term, [data, distance]] of m._index.fuzzyGet(key, edits)) {
          if (seen.has(term)) continue;
          seen.add(term);
          out.push({ term, kind: 'fuzzy', weight: (FUZZY_WEIGHT * term.length) / (term.length + distance), docs: docsOf(term, data) });
        }
      }
      const found = out.filter((t) => t.docs.size > 0);
      if (expansions.size >= MAX_EXPANSIONS) expansions.delete(expansions.keys().next().value!);
      expansions.set(memoKey, found);
      return found;
    },
    bm25(tf, df, n) {
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      return idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengthByN[n]!) / avgLength)));
    },
  };
}
