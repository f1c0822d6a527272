// One clause of a query against the index: postings find candidates and score them, the text confirms phrases.
import type { SearchIndex } from '../indexing/search-index.ts';
import { stemTerm } from '../text/stem-term.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { findPhrase } from './find-phrase.ts';
import { phrasePrefilter } from './phrase-prefilter.ts';
import type { PassageWords } from './passage-words.ts';
import type { Clause, LeafClause, PhraseClause, TermClause } from './parsed-query.ts';
import { postingsOf } from './postings.ts';

/** How one passage matched one clause, for highlights and the fuzzy report. */
export interface ClauseHit {
  score: number;
  /** True when the clause matched only through typo tolerance. */
  fuzzy: boolean;
  /** Index terms (stems) that matched, including prefix and fuzzy expansions. */
  terms: string[];
  /** For a fuzzy match: the query word that was matched fuzzily. */
  fuzzyTerm?: string;
  /** Phrases (folded words) found in the text. */
  phrases: string[][];
}

/** A clause as the evaluator sees it: numbers per passage, objects only on request. */
export interface ClauseMatcher {
  /** Upper bound of the passages that can match: the candidate count. */
  size: number;
  /** True when score() reads the passage text (a phrase), so it should run after cheap tests. */
  costly: boolean;
  candidates(): Iterable<number>;
  /** The clause's score for passage `n`, or -1 when it does not match. */
  score(n: number): number;
  /** True when `n` matches only through typo tolerance. */
  fuzzy(n: number): boolean;
  explain(n: number): ClauseHit | null;
}

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

/** Matches a word, with its stem, prefix and fuzzy expansions. `exact` (for exclusions) turns typo tolerance off. */
export function termMatcher(index: SearchIndex, clause: TermClause, exact: boolean): ClauseMatcher {
  // One Latin letter or digit as a prefix would expand to a large part of the vocabulary (the
  // first keystroke while typing): it matches only itself.
  const prefix = clause.prefix && !/^[a-z0-9]$/.test(clause.term);
  const key = prefix ? prefixKey(clause.term) : stemTerm(clause.term);
  const edits = exact || prefix ? 0 : fuzziness(key);
  const postings = postingsOf(index.mini);
  const lists = postings.expand(key, prefix, edits);
  const direct = lists.filter((l) => l.kind !== 'fuzzy');
  const anyFuzzy = direct.length < lists.length;
  const isFuzzy = (n: number) => anyFuzzy && !direct.some((l) => l.docs.has(n));
  let size: number;
  let candidates: () => Iterable<number>;
  let score: (n: number) => number;
  if (lists.length === 1) {
    // One term, no expansions: score on demand, so an AND over a common word scores only the
    // passages that survive the rarer clauses.
    const { docs, weight } = lists[0]!;
    size = docs.size;
    candidates = () => docs.keys();
    score = (n) => {
      const tf = docs.get(n);
      return tf === undefined ? -1 : weight * postings.bm25(tf, size, n);
    };
  } else {
    const scores = new Map<number, number>();
    for (const list of lists) {
      const df = list.docs.size;
      for (const [n, tf] of list.docs) scores.set(n, (scores.get(n) ?? 0) + list.weight * postings.bm25(tf, df, n));
    }
    size = scores.size;
    candidates = () => scores.keys();
    score = (n) => scores.get(n) ?? -1;
  }
  return {
    size,
    costly: false,
    candidates,
    score,
    fuzzy: isFuzzy,
    explain(n) {
      const s = score(n);
      if (s < 0) return null;
      const fuzzy = isFuzzy(n);
      const terms = lists.filter((l) => l.docs.has(n)).map((l) => l.term);
      return { score: s, fuzzy, terms, phrases: [], ...(fuzzy ? { fuzzyTerm: clause.text } : {}) };
    },
  };
}

/** Matches a phrase: passages holding all its (non-stop) words, then confirmed adjacent and in order on the text. */
export function phraseMatcher(index: SearchIndex, clause: PhraseClause, words: PassageWords): ClauseMatcher {
  const content = clause.words.filter((w) => !STOP_WORDS.has(w));
  const stems = [...new Set((content.length ? content : clause.words).map(stemTerm))];
  const postings = postingsOf(index.mini);
  // Candidates hold every stem: walk the rarest list, look the others up.
  const lists = stems.map((s) => postings.expand(s, false, 0)[0]?.docs ?? new Map<number, number>()).sort((a, b) => a.size - b.size);
  const scores = new Map<number, number>();
  const [rarest, ...others] = lists;
  for (const [n, tf] of rarest!) {
    let score = postings.bm25(tf, rarest!.size, n);
    let all = true;
    for (const docs of others) {
      const t = docs.get(n);
      if (t === undefined) {
        all = false;
        break;
      }
      score += postings.bm25(t, docs.size, n);
    }
    if (all) scores.set(n, score);
  }
  const verified = new Map<number, boolean>();
  const mayOccur = phrasePrefilter(clause.words);
  const passages = index.corpus.passages;
  const score = (n: number) => {
    const s = scores.get(n);
    if (s === undefined) return -1;
    let ok = verified.get(n);
    if (ok === undefined) {
      ok = (!mayOccur || mayOccur(passages[n]!.text)) && findPhrase(words(n), clause.words).length > 0;
      verified.set(n, ok);
    }
    return ok ? s : -1;
  };
  return {
    size: scores.size,
    costly: true,
    candidates: () => scores.keys(),
    score,
    fuzzy: () => false,
    explain(n) {
      const s = score(n);
      return s < 0 ? null : { score: s, fuzzy: false, terms: [], phrases: [clause.words] };
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
    score(n) {
      let total = -1;
      for (const m of items) {
        const s = m.score(n);
        if (s >= 0) total = total < 0 ? s : total + s;
      }
      return total;
    },
    fuzzy: (n) => items.every((m) => m.score(n) < 0 || m.fuzzy(n)),
    explain(n) {
      const hits = items.map((m) => m.explain(n)).filter((h) => h !== null);
      if (hits.length === 0) return null;
      const fuzzyTerm = hits.find((h) => h.fuzzyTerm)?.fuzzyTerm;
      return {
        score: hits.reduce((s, h) => s + h.score, 0),
        fuzzy: hits.every((h) => h.fuzzy),
        terms: hits.flatMap((h) => h.terms),
        phrases: hits.flatMap((h) => h.phrases),
        ...(fuzzyTerm ? { fuzzyTerm } : {}),
      };
    },
  };
}
