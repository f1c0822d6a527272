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
    for (const t of tokens) if (terms.has(stemTerm(t.term))) ranges.push([t.start, t.end]);
    for (const c of compoundTokens(tokens)) if (terms.has(stemTerm(c.term))) ranges.push([c.start, c.end]);
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
    const matched = new Set<string>();
    for (const t of tokens) if (terms.has(stemTerm(t.term))) matched.add(text.slice(t.start, t.end));
    out.push({ term: h.fuzzyTerm, matched: [...matched] });
  }
  return out;
}
