// One clause of a query against the index: MiniSearch finds candidates, the text confirms phrases.
import type { SearchOptions } from 'minisearch';
import type { SearchIndex } from '../indexing/search-index.ts';
import { stemTerm } from '../text/stem-term.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { findPhrase } from './find-phrase.ts';
import { phrasePrefilter } from './phrase-prefilter.ts';
import type { PassageWords } from './passage-words.ts';
import type { Clause, LeafClause, PhraseClause, TermClause } from './parsed-query.ts';

/** How one passage matched one clause. */
export interface ClauseHit {
  score: number;
  /** True when the clause matched only through typo tolerance. */
  fuzzy: boolean;
  /** Index terms (stems) that matched, including prefix and fuzzy expansions. */
  terms: string[];
  /** For a fuzzy match: the query term that was matched fuzzily. */
  fuzzyTerm?: string;
  /** Phrases (folded words) found in the text. */
  phrases: string[][];
}

export interface ClauseMatcher {
  /** Upper bound of the passages that can match: the candidate count. */
  size: number;
  /** True when test() reads the passage text (a phrase), so it should run after cheap tests. */
  costly: boolean;
  candidates(): Iterable<number>;
  test(n: number): ClauseHit | null;
}

// Query terms arrive analysed already; MiniSearch must not tokenize or stem them again.
const BASE: SearchOptions = {
  fields: ['text'],
  tokenize: (s) => [s],
  processTerm: (s) => s,
  weights: { fuzzy: 0.45, prefix: 0.375 },
};

/** Edits allowed for a stemmed term: none under 5 letters, one up to 7, two from 8; never for numbers. */
export function fuzziness(term: string): number {
  if (/\d/.test(term) || term.length < 5) return 0;
  return term.length < 8 ? 1 : 2;
}

/** The prefix to look up for `innov*`: what the word and its stem share (the index holds stems). */
function prefixKey(folded: string): string {
  const stem = stemTerm(folded);
  let i = 0;
  while (i < folded.length && i < stem.length && folded[i] === stem[i]) i++;
  return i > 0 ? folded.slice(0, i) : folded;
}

/** Matches a word. `exact` (for exclusions) turns typo tolerance off. */
export function termMatcher(index: SearchIndex, clause: TermClause, exact: boolean): ClauseMatcher {
  // One Latin letter or digit as a prefix would expand to a large part of the vocabulary (the
  // first keystroke while typing): it matches only itself.
  const prefix = clause.prefix && !/^[a-z0-9]$/.test(clause.term);
  const key = prefix ? prefixKey(clause.term) : stemTerm(clause.term);
  const edits = exact || prefix ? 0 : fuzziness(key);
  const hits = new Map<number, ClauseHit>();
  for (const r of index.mini.search(key, { ...BASE, prefix, fuzzy: edits || false, maxFuzzy: edits })) {
    const direct = r.terms.some((t) => t === key || (prefix && t.startsWith(key)));
    hits.set(r.id as number, { score: r.score, fuzzy: !direct, terms: r.terms, phrases: [], ...(direct ? {} : { fuzzyTerm: clause.text }) });
  }
  return { size: hits.size, costly: false, candidates: () => hits.keys(), test: (n) => hits.get(n) ?? null };
}

/** Matches a phrase: passages holding all its (non-stop) words, then confirmed adjacent and in order on the text. */
export function phraseMatcher(index: SearchIndex, clause: PhraseClause, words: PassageWords): ClauseMatcher {
  const content = clause.words.filter((w) => !STOP_WORDS.has(w));
  const stems = [...new Set((content.length ? content : clause.words).map(stemTerm))];
  const scores = new Map<number, number>();
  for (const r of index.mini.search({ combineWith: 'AND', queries: stems }, BASE)) scores.set(r.id as number, r.score);
  const verified = new Map<number, boolean>();
  const mayOccur = phrasePrefilter(clause.words);
  const passages = index.corpus.passages;
  return {
    size: scores.size,
    costly: true,
    candidates: () => scores.keys(),
    test(n) {
      const score = scores.get(n);
      if (score === undefined) return null;
      let ok = verified.get(n);
      if (ok === undefined) {
        ok = (!mayOccur || mayOccur(passages[n]!.text)) && findPhrase(words(n), clause.words).length > 0;
        verified.set(n, ok);
      }
      return ok ? { score, fuzzy: false, terms: [], phrases: [clause.words] } : null;
    },
  };
}

export function leafMatcher(index: SearchIndex, clause: LeafClause, words: PassageWords, exact = false): ClauseMatcher {
  return clause.type === 'term' ? termMatcher(index, clause, exact) : phraseMatcher(index, clause, words);
}

/** Matches any clause: an OR group matches when any of its items does, and sums their scores. */
export function clauseMatcher(index: SearchIndex, clause: Clause, words: PassageWords): ClauseMatcher {
  if (clause.type !== 'or') return leafMatcher(index, clause, words);
  const items = clause.items.map((c) => leafMatcher(index, c, words));
  return {
    size: items.reduce((s, m) => s + m.size, 0),
    costly: items.some((m) => m.costly),
    candidates() {
      const all = new Set<number>();
      for (const m of items) for (const n of m.candidates()) all.add(n);
      return all;
    },
    test(n) {
      let hit: ClauseHit | null = null;
      for (const m of items) {
        const h = m.test(n);
        if (!h) continue;
        hit = hit
          ? {
              score: hit.score + h.score,
              fuzzy: hit.fuzzy && h.fuzzy,
              terms: [...hit.terms, ...h.terms],
              phrases: [...hit.phrases, ...h.phrases],
              ...(hit.fuzzyTerm ?? h.fuzzyTerm ? { fuzzyTerm: hit.fuzzyTerm ?? h.fuzzyTerm } : {}),
            }
          : h;
      }
      return hit;
    },
  };
}
