// Up to three ~30-word fragments of a long passage around its densest highlights.
import type { WordToken } from '../text/word-tokens.ts';
import type { Range } from './highlight-ranges.ts';

export interface Snippet {
  text: string;
  /** Where the fragment sits in the passage text. */
  start: number;
  end: number;
  /** Highlight ranges relative to the fragment's own text. */
  highlights: Range[];
}

/** Passages longer than this many words get snippets. */
export const SNIPPET_THRESHOLD = 60;
export const SNIPPET_WORDS = 30;
const MAX_SNIPPETS = 3;
// Words of context shown before the first highlight of a fragment.
const LEAD = 8;

/** Snippets of a long passage, in text order; the opening words when nothing is highlighted. */
export function snippets(text: string, tokens: readonly WordToken[], highlights: readonly Range[]): Snippet[] {
  if (tokens.length <= SNIPPET_THRESHOLD) return [];
  // The index of the word each highlight starts in.
  const marked: number[] = [];
  let w = 0;
  for (const [s] of highlights) {
    while (w < tokens.length && tokens[w]!.end <= s) w++;
    if (w < tokens.length && marked.at(-1) !== w) marked.push(w);
  }
  const windows: number[] = [];
  const used = new Uint8Array(tokens.length);
  const free = (start: number) => used.subarray(start, start + SNIPPET_WORDS).every((u) => u === 0);
  const lastStart = tokens.length - SNIPPET_WORDS;
  while (windows.length < MAX_SNIPPETS) {
    let bestStart = -1;
    let bestCount = 0;
    for (const m of marked) {
      if (used[m]) continue;
      // A few words of context before the match; failing that (a neighbouring fragment is in the
      // way), any placement that still holds the match.
      const tries = [Math.max(0, Math.min(m - LEAD, lastStart)), Math.max(0, m - LEAD), m, Math.max(0, m - SNIPPET_WORDS + 1)];
      const start = tries.find(free);
      if (start === undefined) continue;
      let count = 0;
      for (const x of marked) if (x >= start && x < start + SNIPPET_WORDS) count++;
      if (count > bestCount) {
        bestCount = count;
        bestStart = start;
      }
    }
    if (bestStart < 0) break;
    windows.push(bestStart);
    used.fill(1, bestStart, bestStart + SNIPPET_WORDS);
  }
  if (windows.length === 0) windows.push(0);
  return windows
    .sort((a, b) => a - b)
    .map((first) => {
      const start = tokens[first]!.start;
      const end = tokens[Math.min(first + SNIPPET_WORDS, tokens.length) - 1]!.end;
      const own = highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s - start, e - start]);
      return { text: text.slice(start, end), start, end, highlights: own };
    });
}
