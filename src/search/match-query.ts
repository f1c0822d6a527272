// Evaluates a parsed query to the set of matching passages with their ranking keys.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { Budget } from './budget.ts';
import { clauseMatcher, leafMatcher, type ClauseHit, type ClauseMatcher } from './clause-matcher.ts';
import type { PassageWords } from './passage-words.ts';
import { filledBytes } from './shared-arrays.ts';
import { unionOf } from './sorted-sets.ts';
import type { ParsedQuery } from './parsed-query.ts';

/** The matching passages, as parallel typed arrays. */
export interface Matches {
  ns: Int32Array;
  scores: Float64Array;
  /** How many clauses each passage matched. */
  counts: Uint8Array;
  /** How many of those it matched only fuzzily. */
  fuzzy: Uint8Array;
  /** True when no passage matched every word and these match the most words instead. */
  relaxed: boolean;
  /** Empty q: every passage, unranked. */
  browse: boolean;
  /** How passage `n` matched each clause, for highlights. */
  explain(n: number): ClauseHit[];
  /**
   * Set when `scores` are filled on demand: scores the positions that passed the filters (until
   * then they are 0). The ranking reads scores only there.
   */
  scoreKept?(kept: Int32Array): void;
}

/** Appends matches into arrays sized for the most there can be; no object per passage. */
function collector(capacity: number) {
  const ns = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  const counts = new Uint8Array(capacity);
  const fuzzy = new Uint8Array(capacity);
  let length = 0;
  return {
    push(n: number, score: number, count: number, fuzzyCount: number) {
      ns[length] = n;
      scores[length] = score;
      counts[length] = count;
      fuzzy[length] = fuzzyCount;
      length++;
    },
    get length() {
      return length;
    },
    done(relaxed: boolean, explain: Matches['explain']): Matches {
      return { ns: ns.subarray(0, length), scores: scores.subarray(0, length), counts: counts.subarray(0, length), fuzzy: fuzzy.subarray(0, length), relaxed, browse: false, explain };
    },
  };
}

/**
 * Evaluates the clauses; with none, lists every passage when `browse` (empty q or only filters).
 * match=all requires every clause, starting from the clause with the fewest candidates; when
 * that finds nothing, it relaxes to the passages matching the most clauses.
 */
export function matchQuery(index: SearchIndex, parsed: ParsedQuery, match: 'all' | 'any', browse: boolean, words: PassageWords, budget: Budget): Matches {
  const active = parsed.clauses.filter((c) => !(c.type === 'term' && c.ignored));
  const matchers = active.map((c) => clauseMatcher(index, c, words));
  const exclusions = parsed.excluded.map((c) => leafMatcher(index, c, words, true));
  const explain = (n: number) => matchers.map((m) => m.explain(n)).filter((h): h is ClauseHit => h !== null);

  if (matchers.length === 0) {
    // A query of only punctuation ("&&") asks for something, just nothing searchable: no
    // results, rather than the whole corpus that an empty q (browsing) lists.
    if (!browse) return collector(0).done(false, explain);
    // Every passage, unranked (browsing cannot have exclusions: q would be only exclusions).
    budget.check();
    return everyPassage(index);
  }

  // One word and nothing to exclude: its postings are the matches, scored once filtered.
  const only = matchers.length === 1 && exclusions.length === 0 ? matchers[0]!.every?.() : undefined;
  if (only) {
    const length = only.ns.length;
    const ns = new Int32Array(only.ns.buffer, only.ns.byteOffset, length);
    const scores = new Float64Array(length);
    const scoreKept = (kept: Int32Array) => only.scoreAt(kept, scores);
    return { ns, scores, counts: filledBytes(1, length), fuzzy: only.fuzzy ?? filledBytes(0, length), relaxed: false, browse: false, explain, scoreKept };
  }

  if (match === 'all') {
    // Candidates from the rarest clause; cheap lookups before phrase checks on the text.
    const [first, ...rest] = [...matchers].sort((a, b) => a.size - b.size);
    const order = rest.sort((a, b) => Number(a.costly) - Number(b.costly));
    const out = collector(first!.size);
    const candidates = first!.candidates();
    candidates: for (let i = 0; i < candidates.length; i++) {
      if ((i & 1023) === 1023) budget.check();
      const n = candidates[i]!;
      let score = first!.score(n);
      if (score < 0) continue;
      let fuzzy = first!.fuzzy(n) ? 1 : 0;
      for (const m of order) {
        const s = m.score(n);
        if (s < 0) continue candidates;
        score += s;
        if (m.fuzzy(n)) fuzzy++;
      }
      if (!excluded(exclusions, n)) out.push(n, score, matchers.length, fuzzy);
    }
    if (out.length > 0 || matchers.length === 1) return out.done(false, explain);
  }

  // Any clause (match=any), or the relaxed fallback keeping those that match the most clauses.
  const union = unionOf(matchers.map((m) => m.candidates()), matchers.reduce((s, m) => s + m.size, 0), index.corpus.passages.length);
  const all = collector(union.length);
  let best = 0;
  for (let i = 0; i < union.length; i++) {
    if ((i & 1023) === 1023) budget.check();
    const n = union[i]!;
    let count = 0;
    let score = 0;
    let fuzzy = 0;
    for (const m of matchers) {
      const s = m.score(n);
      if (s < 0) continue;
      count++;
      score += s;
      if (m.fuzzy(n)) fuzzy++;
    }
    if (count === 0 || (match === 'all' && count < best) || excluded(exclusions, n)) continue;
    best = Math.max(best, count);
    all.push(n, score, count, fuzzy);
  }
  const any = all.done(false, explain);
  if (match === 'any') return any;
  const relaxed = collector(any.ns.length);
  for (let j = 0; j < any.ns.length; j++) {
    if (any.counts[j] === best) relaxed.push(any.ns[j]!, any.scores[j]!, best, any.fuzzy[j]!);
  }
  return relaxed.done(true, explain);
}

const browsing = new WeakMap<object, Matches>();

/** Every passage of the corpus as a match set; the same arrays for every browse of a corpus. */
function everyPassage(index: SearchIndex): Matches {
  let all = browsing.get(index.corpus);
  if (!all) {
    const total = index.corpus.passages.length;
    const ns = new Int32Array(total);
    for (let n = 0; n < total; n++) ns[n] = n;
    const none = () => [];
    all = { ns, scores: new Float64Array(total), counts: new Uint8Array(total), fuzzy: new Uint8Array(total), relaxed: false, browse: true, explain: none };
    browsing.set(index.corpus, all);
  }
  return all;
}

function excluded(exclusions: ClauseMatcher[], n: number): boolean {
  for (const m of exclusions) if (m.score(n) >= 0) return true;
  return false;
}
