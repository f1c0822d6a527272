// The words of passages, shared by phrase checks and highlights: tokenized once and kept in a
// bounded cache per index, since the passages on a results page repeat across searches
// (paging, typing, popular queries).
import type { SearchIndex } from '../indexing/search-index.ts';
import { wordTokens, type WordToken } from '../text/word-tokens.ts';

export type PassageWords = (n: number) => WordToken[];

/** Passages whose words are kept per index (least recently used go first); about 20 MB at most. */
const MAX_CACHED = 2000;
const caches = new WeakMap<SearchIndex, Map<number, WordToken[]>>();

/** `wordTokens` over passage texts, remembered across searches of the same index. */
export function passageWords(index: SearchIndex): PassageWords {
  let memo = caches.get(index);
  if (!memo) caches.set(index, (memo = new Map()));
  const cache = memo;
  return (n) => {
    let tokens = cache.get(n);
    if (tokens) {
      cache.delete(n);
    } else {
      tokens = wordTokens(index.corpus.passages[n]!.text);
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    }
    cache.set(n, tokens);
    return tokens;
  };
}
