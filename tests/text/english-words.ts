// The English vocabulary the stemming tests range over: both word lists the benchmarks draw on.
import { createRequire } from 'node:module';
import { words as popular } from 'popular-english-words';
import { foldTerm } from '../../src/text/fold-term.ts';

const require = createRequire(import.meta.url);

/** Every word of an-array-of-english-words and popular-english-words, folded as the tokenizer folds it, once each. */
export function englishWords(): string[] {
  const all = [...(require('an-array-of-english-words') as string[]), ...popular.getMostPopular(Number.MAX_SAFE_INTEGER)];
  return [...new Set(all.map(foldTerm).filter((w) => w.length > 0))];
}
