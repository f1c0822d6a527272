// Phrase verification on the text itself: the words adjacent and in order, after the same folding.
import type { WordToken } from '../text/word-tokens.ts';

/** Token indexes where `words` (folded) start in `tokens`, adjacent and in order. */
export function findPhrase(tokens: readonly WordToken[], words: readonly string[]): number[] {
  const starts: number[] = [];
  const k = words.length;
  outer: for (let i = 0; i + k <= tokens.length; i++) {
    for (let j = 0; j < k; j++) if (tokens[i + j]!.term !== words[j]) continue outer;
    starts.push(i);
  }
  return starts;
}
