// Highlights as data: [start, end) ranges into the passage text, always whole words.
import { stemTerm } from '../text/stem-term.ts';
import { compoundTokens, type WordToken } from '../text/word-tokens.ts';
import type { ClauseHit } from './clause-matcher.ts';
import { findPhrase } from './find-phrase.ts';

export type Range = [number, number];

/**
 * Every occurrence of every matched term (stemmed, prefix and fuzzy matches alike, and a
 * hyphenated compound as a whole) and each word of each phrase occurrence; sorted, overlaps merged.
 */
export function highlightRanges(tokens: readonly WordToken[], hits: readonly ClauseHit[]): Range[] {
  const terms = new Set(hits.flatMap((h) => h.terms));
  const ranges: Range[] = [];
  if (terms.size) {
    const mayStemTo = leadFilter(terms);
    for (const t of tokens) if (mayStemTo(t.term) && terms.has(stemTerm(t.term))) ranges.push([t.start, t.end]);
    for (const c of compoundTokens(tokens)) if (mayStemTo(c.term) && terms.has(stemTerm(c.term))) ranges.push([c.start, c.end]);
  }
  for (const words of hits.flatMap((h) => h.phrases)) {
    for (const i of findPhrase(tokens, words)) {
      for (let j = i; j < i + words.length; j++) ranges.push([tokens[j]!.start, tokens[j]!.end]);
    }
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and merges those that overlap. */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** For each fuzzily matched query term, the words of the text it matched, as written. */
export function fuzzyWords(text: string, tokens: readonly WordToken[], hits: readonly ClauseHit[]): { term: string; matched: string[] }[] {
  const out: { term: string; matched: string[] }[] = [];
  for (const h of hits) {
    if (!h.fuzzy || !h.fuzzyTerm) continue;
    const terms = new Set(h.terms);
    const mayStemTo = leadFilter(terms);
    const matched = new Set<string>();
    for (const t of tokens) if (mayStemTo(t.term) && terms.has(stemTerm(t.term))) matched.add(text.slice(t.start, t.end));
    out.push({ term: h.fuzzyTerm, matched: [...matched] });
  }
  return out;
}

const I = 0x69; // 'i'
const Y = 0x79; // 'y'

/**
 * A test of a folded word's first two characters that is true for every word whose stem is in
 * `stems` and false for most others, so that only those few are stemmed: `stemTerm` is a Map
 * lookup, and hashing every freshly tokenized word for it was most of the cost of highlighting.
 *
 * It relies on what Porter does to the start of a word (tests/text/stem-term-lead.test.ts
 * checks it over 420,000 English words): a stem keeps the word's first character and, unless it
 * is that one character (`oed` -> `o`), its second, except that a final y after a lone vowel
 * becomes i (`ays` -> `ai`, `eyed` -> `ei`). Numbers and other scripts are not stemmed at all.
 */
function leadFilter(stems: ReadonlySet<string>): (folded: string) => boolean {
  // A word's first two UTF-16 units as one int32, so no string is made per word. The stems of a
  // passage's matches are few and share their starts, so a scan of the distinct keys beats a Set.
  const pairs: number[] = [];
  const singles: number[] = [];
  const add = (keys: number[], key: number) => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const s of stems) {
    const c0 = s.charCodeAt(0);
    if (s.length === 1) {
      // Any word starting with it may stem to it: `oed`, `o`.
      add(singles, c0);
      continue;
    }
    const c1 = s.charCodeAt(1);
    add(pairs, (c0 << 16) | c1);
    if (c1 === I) add(pairs, (c0 << 16) | Y); // `ai` is the stem of `ays`
  }
  return (w) => {
    const c0 = w.charCodeAt(0);
    if (singles.length && singles.includes(c0)) return true;
    // A one-character word is its own stem: only a one-character stem can be it.
    if (w.length < 2) return false;
    const key = (c0 << 16) | w.charCodeAt(1);
    for (let i = 0; i < pairs.length; i++) if (pairs[i] === key) return true;
    return false;
  };
}
