// Text analysis for MiniSearch, shared by build and load through INDEX_OPTIONS.
import { compoundTokens, wordTokens } from './word-tokens.ts';
import { stemTerm } from './stem-term.ts';

/**
 * Splits text into folded index terms: every word, plus each hyphenated compound written
 * solid, so `highend` still finds `high-end` while `end` finds it too.
 */
export function tokenize(text: string): string[] {
  return indexTokens(text).terms;
}

/** tokenize's terms, and how many of the first are the text's words in order (the rest are compounds). */
export function indexTokens(text: string): { terms: string[]; words: number } {
  const words = wordTokens(text);
  const terms = words.map((t) => t.term);
  for (const c of compoundTokens(words)) terms.push(c.term);
  return { terms, words: words.length };
}

/** Turns a folded term from `tokenize` into the indexed term: its English stem. */
export function processTerm(term: string): string | null {
  return term ? stemTerm(term) : null;
}
