// The words of passages, tokenized at most once per search and shared by phrase checks and highlights.
import type { SearchIndex } from '../indexing/search-index.ts';
import { wordTokens, type WordToken } from '../text/word-tokens.ts';

export type PassageWords = (n: number) => WordToken[];

/** A per-search memo of `wordTokens` over passage texts. */
export function passageWords(index: SearchIndex): PassageWords {
  const memo = new Map<number, WordToken[]>();
  return (n) => {
    let tokens = memo.get(n);
    if (!tokens) {
      tokens = wordTokens(index.corpus.passages[n]!.text);
      memo.set(n, tokens);
    }
    return tokens;
  };
}
