// Evaluates a parsed query to the set of matching passages with their ranking keys.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { Budget } from './budget.ts';
import { clauseMatcher, leafMatcher, type ClauseHit, type ClauseMatcher } from './clause-matcher.ts';
import type { PassageWords } from './passage-words.ts';
import type { ParsedQuery } from './parsed-query.ts';

/** The matching passages, as parallel arrays. */
export interface Matches {
  ns: number[];
  scores: number[];
  /** How many clauses each passage matched. */
  counts: number[];
  /** How many of those it matched only fuzzily. */
  fuzzy: number[];
  /** True when no passage matched every word and these match the most words instead. */
  relaxed: boolean;
  /** Empty q: every passage, unranked. */
  browse: boolean;
  /** How passage `n` matched each clause, for highlights. */
  explain(n: number): ClauseHit[];
}

/**
 * Evaluates the clauses. match=all requires every clause, starting from the clause with the fewest
 * candidates; when that finds nothing, it relaxes to the passages matching the most clauses.
 */
export function matchQuery(index: SearchIndex, parsed: ParsedQuery, match: 'all' | 'any', words: PassageWords, budget: Budget): Matches {
  const active = parsed.clauses.filter((c) => !(c.type === 'term' && c.ignored));
  const matchers = active.map((c) => clauseMatcher(index, c, words));
  const exclusions = parsed.excluded.map((c) => leafMatcher(index, c, words, true));
  const explain = (n: number) => matchers.map((m) => m.test(n)).filter((h): h is ClauseHit => h !== null);
  const out: Matches = { ns: [], scores: [], counts: [], fuzzy: [], relaxed: false, browse: false, explain };

  if (matchers.length === 0) {
    const total = index.corpus.passages.length;
    for (let n = 0; n < total; n++) {
      if ((n & 4095) === 0) budget.check();
      if (!excluded(exclusions, n)) push(out, n, [], 0);
    }
    out.browse = true;
    return out;
  }

  if (match === 'all') {
    // Candidates from the rarest clause; cheap lookups before phrase checks on the text.
    const bySize = [...matchers].sort((a, b) => a.size - b.size);
    const [first, ...rest] = bySize;
    const order = rest.sort((a, b) => Number(a.costly) - Number(b.costly));
    let i = 0;
    for (const n of first!.candidates()) {
      if ((++i & 1023) === 0) budget.check();
      const h0 = first!.test(n);
      if (!h0) continue;
      const hits = [h0];
      for (const m of order) {
        const h = m.test(n);
        if (!h) break;
        hits.push(h);
      }
      if (hits.length === matchers.length && !excluded(exclusions, n)) push(out, n, hits, hits.length);
    }
    if (out.ns.length > 0 || matchers.length === 1) return out;
  }

  // Any clause (match=any), or the relaxed fallback keeping those that match the most clauses.
  const union = new Set<number>();
  for (const m of matchers) for (const n of m.candidates()) union.add(n);
  const all: Matches = { ...out, ns: [], scores: [], counts: [], fuzzy: [] };
  let best = 0;
  let i = 0;
  for (const n of union) {
    if ((++i & 1023) === 0) budget.check();
    const hits = explain(n);
    if (hits.length === 0 || (match === 'all' && hits.length < best) || excluded(exclusions, n)) continue;
    best = Math.max(best, hits.length);
    push(all, n, hits, hits.length);
  }
  if (match === 'any') return all;
  const relaxed: Matches = { ...out, ns: [], scores: [], counts: [], fuzzy: [], relaxed: true };
  all.ns.forEach((n, j) => {
    if (all.counts[j] !== best) return;
    relaxed.ns.push(n);
    relaxed.scores.push(all.scores[j]!);
    relaxed.counts.push(best);
    relaxed.fuzzy.push(all.fuzzy[j]!);
  });
  return relaxed;
}

function excluded(exclusions: ClauseMatcher[], n: number): boolean {
  for (const m of exclusions) if (m.test(n)) return true;
  return false;
}

function push(out: Matches, n: number, hits: { score: number; fuzzy: boolean }[], count: number): void {
  let score = 0;
  let fuzzy = 0;
  for (const h of hits) {
    score += h.score;
    if (h.fuzzy) fuzzy++;
  }
  out.ns.push(n);
  out.scores.push(score);
  out.counts.push(count);
  out.fuzzy.push(fuzzy);
}
