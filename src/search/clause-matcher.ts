// One clause of a query against the index: postings find candidates and score them, the text confirms phrases.
import type { SearchIndex } from '../indexing/search-index.ts';
import { stemTerm } from '../text/stem-term.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { findPhrase } from './find-phrase.ts';
import { phrasePrefilter } from './phrase-prefilter.ts';
import { filledBytes } from './shared-arrays.ts';
import type { PassageWords } from './passage-words.ts';
import type { AllClause, Clause, GroupItem, LeafClause, PhraseClause, TermClause } from './parsed-query.ts';
import { followBit } from '../indexing/count-terms.ts';
import { postingsOf, sumLists, termScore, type Scored, type TermPostings } from './postings.ts';
import { holds, lowerBound, unionOf } from './sorted-sets.ts';
import { titleFieldOf, titleScores } from './title-field.ts';

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

/** A word's matches: its candidates, which matched only fuzzily, and scores on request. */
export interface Every {
  ns: Uint32Array;
  /** 1 where the passage matched only fuzzily; null when none did. */
  fuzzy: Uint8Array | null;
  /** Writes the score of the candidate at each of `positions` into `into` at the same position, times the passage's length prior. */
  scoreAt(positions: ArrayLike<number>, into: Float64Array): void;
}

/** A clause as the evaluator sees it: numbers per passage, objects only on request. */
export interface ClauseMatcher {
  /** Upper bound of the passages that can match: the candidate count. */
  size: number;
  /** True when score() reads the passage text (a phrase), so it should run after cheap tests. */
  costly: boolean;
  /** How much matching the clause says: its inverse document frequency (a phrase: its words'). */
  weight: number;
  /** Passages that may match, ascending. */
  candidates(): Uint32Array;
  /**
   * For a clause every candidate of which matches (a word, not a phrase): the candidates as they
   * are, with a scorer for the positions that survive the filters (a speaker filter keeps a few
   * thousand of a common word's million postings).
   */
  every?(): Every;
  /** The clause's score for passage `n`, or -1 when it does not match. */
  score(n: number): number;
  /** True when `n` matches only through typo tolerance. */
  fuzzy(n: number): boolean;
  explain(n: number): ClauseHit | null;
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
  const postings = postingsOf(index.mini);
  // Typo tolerance only for a word the index does not hold: a word it holds means what it says
  // ("marzipan" should not also find "martian", and its count should be the passages saying it).
  let lists = postings.expand(key, prefix, 0);
  // A word the index lacks searches the correction the query was given (spelling.ts): scored
  // as the corrected word is ("Showing results for president" ranks as president does), and
  // reported as a typo-tolerant match.
  let correctedLists: TermPostings[] | null = null;
  if (clause.corrected && !exact && !prefix && lists.length === 0) {
    correctedLists = postings.expand(stemTerm(clause.corrected), false, 0);
    lists = correctedLists.map((l) => ({ ...l, kind: 'fuzzy' as const }));
  }
  const single = lists.length <= 1 ? lists[0] ?? { term: '', kind: 'exact' as const, weight: 1, docs: new Uint32Array(0), freqs: new Uint16Array(0) } : null;
  // One term: scored on demand, so an AND over a common word scores only the passages that
  // survive the rarer clauses. Expansions: summed up front.
  const summed: Scored | null = single ? null : sumLists(lists, postings);
  const candidates = single ? single.docs : summed!.ns;
  const df = candidates.length;
  const idf = postings.idf(df);
  const { norms, priors } = postings;
  // The document title's share, by document (title-field.ts); null when no title holds the word.
  const titleField = titleFieldOf(index);
  const titles = titleScores(titleField, correctedLists ?? lists, idf);
  const documentOf = titleField.document;
  const title = (n: number) => (titles === null ? 0 : titles[documentOf[n]!]!);
  const every = (): Every => ({
    ns: candidates,
    fuzzy: summed ? summed.fuzzy : single!.kind === 'fuzzy' ? filledBytes(1, df) : null,
    scoreAt(positions, into) {
      for (let k = 0; k < positions.length; k++) {
        const j = positions[k]!;
        const n = candidates[j]!;
        into[j] = ((summed ? summed.scores[j]! : single!.weight * termScore(idf, single!.freqs[j]!, norms[n]!)) + title(n)) * priors[n]!;
      }
    },
  });
  // Lookups walk forward from the last one.
  let cursor = 0;
  const find = (n: number) => {
    const i = (cursor = lowerBound(candidates, n, cursor));
    return i < df && candidates[i] === n ? i : -1;
  };
  const score = (n: number) => {
    const i = find(n);
    if (i < 0) return -1;
    if (summed) return summed.scores[i]! + title(n);
    return single!.weight * termScore(idf, single!.freqs[i]!, norms[n]!) + title(n);
  };
  const fuzzy = (n: number) => {
    if (single) return single.kind === 'fuzzy';
    const i = find(n);
    return i >= 0 && summed!.fuzzy !== null && summed!.fuzzy[i] === 1;
  };
  return {
    size: df,
    costly: false,
    weight: idf,
    candidates: () => candidates,
    every,
    score,
    fuzzy,
    explain(n) {
      const s = score(n);
      if (s < 0) return null;
      const isFuzzy = fuzzy(n);
      const terms = lists.filter((l) => holds(l.docs, n)).map((l) => l.term);
      return { score: s, fuzzy: isFuzzy, terms, phrases: [], ...(isFuzzy ? { fuzzyTerm: clause.text } : {}) };
    },
  };
}

/** Matches a phrase: passages holding all its (non-stop) words, then confirmed adjacent and in order on the text. */
export function phraseMatcher(index: SearchIndex, clause: PhraseClause, words: PassageWords): ClauseMatcher {
  const content = clause.words.filter((w) => !STOP_WORDS.has(w));
  const stems = [...new Set((content.length ? content : clause.words).map(stemTerm))];
  const postings = postingsOf(index.mini);
  // Candidates hold every stem: walk the rarest list, look the others up.
  const none: TermPostings = { term: '', kind: 'exact', weight: 1, docs: new Uint32Array(0), freqs: new Uint16Array(0), follows: null };
  const byStem = new Map(stems.map((s) => [s, postings.expand(s, false, 0)[0] ?? none]));
  const lists = [...byStem.values()].sort((a, b) => a.docs.length - b.docs.length);
  const idfs = lists.map((l) => postings.idf(l.docs.length));
  // Adjacent words whose first has a list: its posting must carry the follow bit of the next word's stem.
  const follows: { list: number; bit: number }[] = [];
  for (let j = 0; j + 1 < clause.words.length; j++) {
    const list = byStem.get(stemTerm(clause.words[j]!));
    if (list?.follows) follows.push({ list: lists.indexOf(list), bit: followBit(stemTerm(clause.words[j + 1]!)) });
  }
  const rarest = lists[0]!;
  const ns = new Uint32Array(rarest.docs.length);
  const scores = new Float64Array(rarest.docs.length);
  // Where the candidate sits in each list (the rarest's own position first).
  const at = new Int32Array(lists.length);
  let size = 0;
  candidates: for (let i = 0; i < rarest.docs.length; i++) {
    const n = rarest.docs[i]!;
    at[0] = i;
    let score = termScore(idfs[0]!, rarest.freqs[i]!, postings.norms[n]!);
    for (let k = 1; k < lists.length; k++) {
      const { docs, freqs } = lists[k]!;
      const j = (at[k] = lowerBound(docs, n, at[k]));
      if (j >= docs.length || docs[j] !== n) continue candidates;
      score += termScore(idfs[k]!, freqs[j]!, postings.norms[n]!);
    }
    for (const { list, bit } of follows) if ((lists[list]!.follows![at[list]!]! & bit) === 0) continue candidates;
    ns[size] = n;
    scores[size++] = score;
  }
  const found = ns.subarray(0, size);
  const verified = new Map<number, boolean>();
  const mayOccur = phrasePrefilter(clause.words);
  const passages = index.corpus.passages;
  let cursor = 0;
  const score = (n: number) => {
    const at = (cursor = lowerBound(found, n, cursor));
    if (at >= size || found[at] !== n) return -1;
    let ok = verified.get(n);
    if (ok === undefined) {
      ok = (!mayOccur || mayOccur(passages[n]!.text)) && findPhrase(words(n), clause.words).length > 0;
      verified.set(n, ok);
    }
    return ok ? scores[at]! : -1;
  };
  return {
    size,
    costly: true,
    weight: idfs.reduce((sum, w) => sum + w, 0),
    candidates: () => found,
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

/** Matches a word, a phrase or an all-of group (an item of OR, or an exclusion). */
export function groupItemMatcher(index: SearchIndex, clause: GroupItem, words: PassageWords, exact = false): ClauseMatcher {
  return clause.type === 'all' ? allMatcher(index, clause, words, exact) : leafMatcher(index, clause, words, exact);
}

/** Matches when every item does (stop words it ignores aside), and sums their scores: `(cease fire)` inside OR or NOT. */
function allMatcher(index: SearchIndex, clause: AllClause, words: PassageWords, exact: boolean): ClauseMatcher {
  const active = clause.items.filter((c) => !(c.type === 'term' && c.ignored));
  const items = (active.length ? active : clause.items).map((c) => leafMatcher(index, c, words, exact));
  // Candidates from the rarest item, confirmed by the others; cheap items before phrases.
  const [first, ...rest] = [...items].sort((a, b) => Number(a.costly) - Number(b.costly) || a.size - b.size);
  const score = (n: number) => {
    let total = 0;
    for (const m of items) {
      const s = m.score(n);
      if (s < 0) return -1;
      total += s;
    }
    return total;
  };
  let found: Uint32Array | null = null;
  const candidates = () => {
    if (!found) {
      const from = first!.candidates();
      const out = new Uint32Array(from.length);
      let size = 0;
      next: for (let i = 0; i < from.length; i++) {
        const n = from[i]!;
        for (const m of [first!, ...rest]) if (m.score(n) < 0) continue next;
        out[size++] = n;
      }
      found = out.subarray(0, size);
    }
    return found;
  };
  return {
    size: first!.size,
    costly: items.some((m) => m.costly),
    weight: items.reduce((sum, m) => sum + m.weight, 0),
    candidates,
    score,
    fuzzy: (n) => items.some((m) => m.fuzzy(n)),
    explain(n) {
      if (score(n) < 0) return null;
      const hits = items.map((m) => m.explain(n)).filter((h) => h !== null);
      const fuzzyTerm = hits.find((h) => h.fuzzyTerm)?.fuzzyTerm;
      return {
        score: hits.reduce((s, h) => s + h.score, 0),
        fuzzy: hits.some((h) => h.fuzzy),
        terms: hits.flatMap((h) => h.terms),
        phrases: hits.flatMap((h) => h.phrases),
        ...(fuzzyTerm ? { fuzzyTerm } : {}),
      };
    },
  };
}

/** Matches any clause: an OR group matches when any of its items does, and sums their scores. */
export function clauseMatcher(index: SearchIndex, clause: Clause, words: PassageWords): ClauseMatcher {
  if (clause.type !== 'or') return leafMatcher(index, clause, words);
  const items = clause.items.map((c) => groupItemMatcher(index, c, words));
  return {
    size: items.reduce((s, m) => s + m.size, 0),
    costly: items.some((m) => m.costly),
    weight: Math.max(...items.map((m) => m.weight)),
    candidates: () => unionOf(items.map((m) => m.candidates()), items.reduce((s, m) => s + m.size, 0), postingsOf(index.mini).count),
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
