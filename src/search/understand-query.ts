// What the index makes of a parsed query: compounds written joined or split, misspelt words and
// their corrections, words nothing matches, and words that name a speaker.
import type { SearchIndex } from '../indexing/search-index.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { wordTokens } from '../text/word-tokens.ts';
import type { Clause, GroupItem, ParsedQuery, TermClause } from './parsed-query.ts';
import { speakerNamesOf } from './resolve-speaker.ts';
import { spellingOf, type Spelling } from './spelling.ts';

export interface UnderstoodQuery {
  parsed: ParsedQuery;
  /** The query with its misspelt words corrected, or null when none was. */
  didYouMean: string | null;
  /** True when the results are for didYouMean (a word as typed matched nothing). */
  corrected: boolean;
  /** Query words as typed that no passage holds and that have no correction: never dropped silently. */
  unmatched: string[];
  /** Speakers named by plain query words, and those words (folded), to search for the rest by that speaker. */
  speakers: { id: string; name: string; words: string[] }[];
}

/** A word held by few passages is suggested a correction this many times as common, without searching it. */
const SUGGEST_RATIO = 300;
/** ...when it is held by at most this many. */
const SUGGEST_MAX_DF = 3;
/** Each part of a compound, joined or split, has at least this many letters ("not able" is not "notable"). */
const MIN_PART = 4;

const isWord = (t: string) => t.length >= MIN_PART && /^[\p{L}\p{M}]+$/u.test(t) && !STOP_WORDS.has(t);
const plainTerm = (c: Clause | GroupItem): c is TermClause => c.type === 'term' && !c.prefix && !c.ignored;

/**
 * Reads the parsed query against the index. `asTyped` searches words as typed (the page's
 * "search instead for" link): corrections are still proposed, never applied.
 */
export function understandQuery(index: SearchIndex, q: string, parsed: ParsedQuery, asTyped: boolean): UnderstoodQuery {
  const spelling = spellingOf(index.mini);
  const speakers = speakersNamed(index, parsed.clauses);
  const clauses = joinAdjacent(spelling, parsed.clauses).map((c) => (plainTerm(c) ? splitCompound(spelling, c) : c));
  const corrections = new Map<string, string>();
  const unmatched: string[] = [];
  let corrected = false;
  const correct = (c: TermClause, alternatives: boolean): TermClause => {
    const df = spelling.df(c.term);
    if (df > SUGGEST_MAX_DF) return c;
    const fix = spelling.correct(c.term);
    if (df === 0 && !fix && !alternatives) unmatched.push(c.text);
    if (!fix) return c;
    if (df > 0) {
      if (fix.df >= SUGGEST_RATIO * df) corrections.set(c.term, fix.word);
      return c;
    }
    corrections.set(c.term, fix.word);
    if (asTyped) return c;
    corrected = true;
    return { ...c, corrected: fix.word };
  };
  const fixItem = (c: GroupItem, alternatives: boolean): GroupItem => {
    if (plainTerm(c)) return correct(c, alternatives);
    if (c.type === 'all') return { ...c, items: c.items.map((i) => (plainTerm(i) ? correct(i, alternatives) : i)) };
    return c;
  };
  const fixed = clauses.map((c): Clause => {
    if (c.type !== 'or') return fixItem(c, false) as Clause;
    // A compound's forms are alternatives: one the index lacks is no misspelling while another matches.
    if (c.compound && c.items.some((i) => i.type !== 'term' || spelling.df(i.term) > 0)) return c;
    return { ...c, items: c.items.map((i) => fixItem(i, c.items.length > 1)) };
  });
  return {
    parsed: { ...parsed, clauses: fixed },
    didYouMean: corrections.size ? rewrite(q, corrections) : null,
    corrected,
    unmatched,
    speakers,
  };
}

/**
 * Two adjacent words that the index also holds written as one (`cease fire`, `health care`): both
 * words, or the joined word (`ceasefire`).
 */
function joinAdjacent(spelling: Spelling, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const a = clauses[i]!;
    const b = clauses[i + 1];
    if (b && plainTerm(a) && plainTerm(b) && isWord(a.term) && isWord(b.term) && spelling.df(a.term + b.term) > 0) {
      const joined: TermClause = { type: 'term', text: `${a.text} ${b.text}`, term: a.term + b.term, prefix: false };
      out.push({ type: 'or', items: [{ type: 'all', items: [a, b] }, joined], compound: true });
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

/**
 * A word that splits into two words the index holds (`ceasefire`: cease + fire): the word, or
 * the two as a phrase, which also finds `cease-fire` and `cease fire`. The split with the most
 * common rarer part wins.
 */
function splitCompound(spelling: Spelling, c: TermClause): Clause {
  if (!/^[\p{L}\p{M}]+$/u.test(c.term) || c.term.length < 2 * MIN_PART) return c;
  let best: { words: string[]; df: number } | null = null;
  for (let i = MIN_PART; i <= c.term.length - MIN_PART; i++) {
    const left = c.term.slice(0, i);
    const right = c.term.slice(i);
    if (!isWord(left) || !isWord(right)) continue;
    const df = Math.min(spelling.df(left), spelling.df(right));
    if (df > 0 && (!best || df > best.df)) best = { words: [left, right], df };
  }
  if (!best) return c;
  return { type: 'or', items: [c, { type: 'phrase', text: best.words.join(' '), words: best.words }], compound: true };
}

/** Speakers named by one or two adjacent plain words of the query (`Kirby`, `John Kirby`). */
function speakersNamed(index: SearchIndex, clauses: Clause[]): UnderstoodQuery['speakers'] {
  const names = speakerNamesOf(index.corpus);
  const found = new Map<string, UnderstoodQuery['speakers'][number]>();
  for (let i = 0; i < clauses.length; i++) {
    const a = clauses[i]!;
    if (!plainTerm(a)) continue;
    const next = clauses[i + 1];
    const b = next && plainTerm(next) ? next : null;
    const pair = b ? names.person([a.term, b.term]) : null;
    const person = pair ?? names.person([a.term]);
    if (!person || found.has(person.id)) continue;
    found.set(person.id, { id: person.id, name: person.name, words: pair && b ? [a.term, b.term] : [a.term] });
    if (pair) i++;
  }
  return [...found.values()];
}

/** `q` with the corrected words replaced, keeping how each was capitalised (`Ukriane` -> `Ukraine`). */
function rewrite(q: string, corrections: Map<string, string>): string {
  let out = '';
  let at = 0;
  for (const t of wordTokens(q)) {
    const fix = corrections.get(t.term);
    if (fix === undefined) continue;
    const typed = q.slice(t.start, t.end);
    out += q.slice(at, t.start) + matchCase(typed, fix);
    at = t.end;
  }
  return out + q.slice(at);
}

function matchCase(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  if (typed[0] === typed[0]!.toUpperCase() && typed[0] !== typed[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
