// The words alignment compares: the text's words (text/word-tokens.ts, folded as everywhere else),
// with contractions written out, so "don't" and "do not" line up word for word.
import { wordTokens, type WordToken } from '../text/word-tokens.ts';
import { CONTRACTIONS } from '../lexicon/index.ts';

/** One word as aligned: its folded form and `[start, end)` in the text as written. */
export interface AlignToken {
  term: string;
  start: number;
  end: number;
  /** True for the words of a contraction written out ("don't" -> do, not): both share its span. */
  contracted: boolean;
}

const APOSTROPHE = /['\u2018\u2019\u02bc]/;
/** A contraction with its apostrophe removed ("dont") -> the words it stands for. */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  CONTRACTIONS.map((entry) => {
    const [short, ...words] = entry.split(' ');
    return [short!.replace("'", ''), words];
  }),
);
const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/** The words of `text` (or its already computed `words`), contractions written out. */
export function alignTokens(text: string, words: readonly WordToken[] = wordTokens(text)): AlignToken[] {
  const out: AlignToken[] = [];
  for (const w of words) {
    // Only a word written with an apostrophe is a contraction: "well" and "its" are words too.
    if (w.end - w.start > 1 && APOSTROPHE.test(text.slice(w.start, w.end))) {
      const expanded = EXPANSIONS.get(text.slice(w.start, w.end).toLowerCase().replace(APOSTROPHES, ''));
      if (expanded) {
        for (const term of expanded) out.push({ term, start: w.start, end: w.end, contracted: true });
        continue;
      }
    }
    out.push({ term: w.term, start: w.start, end: w.end, contracted: false });
  }
  return out;
}
