// Evaluates a parsed query to the set of matching passages with their ranking keys.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { Budget } from './budget.ts';
import { clauseMatcher, groupItemMatcher, type ClauseHit, type ClauseMatcher } from './clause-matcher.ts';
import type { PassageWords } from './passage-words.ts';
import { postingsOf } from './postings.ts';
import { lowerBound, unionOf } from './sorted-sets.ts';
import type { Clause, GroupItem, ParsedQuery } from './parsed-query.ts';

/** The matching passages, as parallel typed arrays. */
export interface Matches {
  ns: Int32Array;
  /** Relevance: the passages' weighted BM25 (see DESIGN.md, Ranking). */
  scores: Float64Array;
  /** True when the default (match=all) found no passage with every word: these have some of them. */
  relaxed: boolean;
  /** Empty q: every passage, unranked. */
  browse: boolean;
  /** Words of a long query that only ranked the passages its rarer words found (CANDIDATE_CLAUSES). */
  rankOnly?: string[];
  /** How passage `n` matched each clause, for highlights. */
  explain(n: number): ClauseHit[];
  /**
   * Set when `scores` are filled on demand: scores the positions that passed the filters (until
   * then they are 0). The ranking reads scores only there.
   */
  scoreKept?(kept: Int32Array): void;
}

/**
 * The default (match=all) requires every word of a query of up to this many words (stop words
 * aside): a short keyword query means all of them. A longer query is a question or a pasted
 * paragraph, whose words no passage says all of: it is matched as match=any, every passage with
 * any of its words ranked by the weighted score, so the passages saying most of its rare words
 * come first (and the one it was pasted from, which says them all).
 */
export const AND_CLAUSES = 4;
/** Clauses at most that find candidates: the query length accepted before long queries were. */
export const CANDIDATE_CLAUSES = 32;

/** A clause's folded words, for `parsed.rankOnly`. */
function clauseText(c: Clause | GroupItem): string {
  if (c.type === 'or') return c.items.map(clauseText).join(' OR ');
  if (c.type === 'all') return `(${c.items.map(clauseText).join(' ')})`;
  return c.type === 'term' ? c.term : c.words.join(' ');
}

/**
 * Evaluates the clauses; with none, lists every passage when `browse` (empty q or only filters).
 * match=all on a short query requires every clause, starting from the clause with the fewest
 * candidates; when that finds nothing, and for a long query or match=any, any clause matches and
 * the score sums what each matched: BM25 weighs every word by its idf, so one rare word outweighs
 * several common ones (no count of matched clauses ranks first).
 */
export function matchQuery(index: SearchIndex, parsed: ParsedQuery, match: 'all' | 'any', browse: boolean, words: PassageWords, budget: Budget): Matches {
  // A word said twice counts twice (as BM25 weighs a query's term frequency), matched once.
  const times = new Map<string, { clause: Clause; times: number }>();
  for (const c of parsed.clauses) {
    if (c.type === 'term' && c.ignored) continue;
    const key = JSON.stringify(c, (k, v: unknown) => (k === 'text' ? undefined : v));
    const seen = times.get(key);
    if (seen) seen.times++;
    else times.set(key, { clause: c, times: 1 });
  }
  const active = [...times.values()];
  const matchers = active.map(({ clause }) => clauseMatcher(index, clause, words));
  const weight = active.map((a) => a.times);
  // The length prior multiplies each passage's total once (postings.ts SENTENCE_WORDS).
  const { priors } = postingsOf(index.mini);
  const exclusions = parsed.excluded.map((c) => groupItemMatcher(index, c, words, true));
  const explain = (n: number) => matchers.map((m) => m.explain(n)).filter((h): h is ClauseHit => h !== null);

  if (matchers.length === 0) {
    // A query of only punctuation ("&&") asks for something, just nothing searchable: no
    // results, rather than the whole corpus that an empty q (browsing) lists.
    if (!browse) return done(new Int32Array(0), new Float64Array(0), false, explain);
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
    const scoreKept = (kept: Int32Array) => {
      only.scoreAt(kept, scores);
      if (weight[0]! > 1) for (let k = 0; k < kept.length; k++) scores[kept[k]!]! *= weight[0]!;
    };
    return { ns, scores, relaxed: false, browse: false, explain, scoreKept };
  }

  if (match === 'all' && matchers.length <= AND_CLAUSES) {
    // Candidates from the rarest clause; cheap lookups before phrase checks on the text.
    const byRarity = matchers.map((m, k) => ({ m, w: weight[k]! })).sort((a, b) => a.m.size - b.m.size);
    const first = byRarity[0]!.m;
    const firstWeight = byRarity[0]!.w;
    const rest = byRarity.slice(1).sort((a, b) => Number(a.m.costly) - Number(b.m.costly));
    const order = rest.map((r) => r.m);
    const orderWeight = rest.map((r) => r.w);
    const ns = new Int32Array(first.size);
    const scores = new Float64Array(first.size);
    let length = 0;
    const candidates = first.candidates();
    candidates: for (let i = 0; i < candidates.length; i++) {
      if ((i & 1023) === 1023) budget.check();
      const n = candidates[i]!;
      let score = first.score(n);
      if (score < 0) continue;
      score *= firstWeight;
      for (let k = 0; k < order.length; k++) {
        const s = order[k]!.score(n);
        if (s < 0) continue candidates;
        score += s * orderWeight[k]!;
      }
      if (excluded(exclusions, n)) continue;
      ns[length] = n;
      scores[length++] = score * priors[n]!;
    }
    if (length > 0 || matchers.length === 1) return done(ns.subarray(0, length), scores.subarray(0, length), false, explain);
  }

  // Any clause: each passage's scores summed clause by clause, walking each clause's candidates.
  // A long query finds its candidates by its CANDIDATE_CLAUSES rarest clauses (the highest idf);
  // the others add to their scores but find none (`rankOnly`): a passage with only common words
  // of a pasted paragraph cannot rank first, and its common words would each read a long list.
  const finders = matchers.length > CANDIDATE_CLAUSES ? [...matchers].sort((a, b) => b.weight - a.weight || a.size - b.size).slice(0, CANDIDATE_CLAUSES) : matchers;
  const rankOnly = active.filter((_, k) => !finders.includes(matchers[k]!)).map(({ clause }) => clauseText(clause));
  const union = unionOf(finders.map((m) => m.candidates()), finders.reduce((s, m) => s + m.size, 0), index.corpus.passages.length);
  const sums = new Float64Array(union.length);
  const counts = new Uint16Array(union.length);
  for (let k = 0; k < matchers.length; k++) {
    const m = matchers[k]!;
    const candidates = m.candidates();
    let at = 0;
    for (let i = 0; i < candidates.length; i++) {
      if ((i & 4095) === 4095) budget.check();
      const n = candidates[i]!;
      at = lowerBound(union, n, at);
      if (at === union.length) break;
      if (union[at] !== n) continue;
      const s = m.score(n);
      if (s < 0) continue;
      sums[at]! += s * weight[k]!;
      counts[at]!++;
    }
  }
  const ns = new Int32Array(union.length);
  const scores = new Float64Array(union.length);
  let length = 0;
  let every = false;
  for (let j = 0; j < union.length; j++) {
    if (counts[j] === 0) continue;
    const n = union[j]!;
    if (exclusions.length > 0 && excluded(exclusions, n)) continue;
    if (counts[j] === matchers.length) every = true;
    ns[length] = n;
    scores[length++] = sums[j]! * priors[n]!;
  }
  // Relaxed: the default asked for every word and no passage has them all.
  const matches = done(ns.subarray(0, length), scores.subarray(0, length), match === 'all' && !every, explain);
  return rankOnly.length ? { ...matches, rankOnly } : matches;
}

function done(ns: Int32Array, scores: Float64Array, relaxed: boolean, explain: Matches['explain']): Matches {
  return { ns, scores, relaxed, browse: false, explain };
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
    all = { ns, scores: new Float64Array(total), relaxed: false, browse: true, explain: none };
    browsing.set(index.corpus, all);
  }
  return all;
}

function excluded(exclusions: ClauseMatcher[], n: number): boolean {
  for (const m of exclusions) if (m.score(n) >= 0) return true;
  return false;
}
