// English words so common that requiring them filters nothing and costs a scan of most of the index.
import { STOP_WORD_LIST } from '../lexicon/index.ts';

/** Folded stop words. A query ignores them when it has other words; phrases still check them in the text. */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_LIST);
