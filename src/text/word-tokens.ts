// Where the words of a text are: one tokenizer for indexing, phrase checks, highlights and snippets.
import { foldTerm } from './fold-term.ts';

/** One word of a text: `[start, end)` into the text as written, and its folded form. */
export interface WordToken {
  start: number;
  end: number;
  term: string;
  /** True when a single hyphen joins this word to the next (`high-end`): together they also form one compound. */
  hyphenNext: boolean;
}

// A decimal or grouped number (`45.1`, `1,000`), or a run of letters, marks and digits that may
// contain apostrophes (`Xiong'an`, `China’s`). Hyphens split words: `high-end` is `high` + `end`.
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
// Scripts written without spaces between words: split with the platform's word segmenter.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/** The words of `text` in order, with their positions and folded forms. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    if (UNSPACED.test(raw)) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      for (const s of segmenter.segment(raw)) {
        if (!s.isWordLike) continue;
        const term = foldTerm(s.segment);
        if (term) tokens.push({ start: start + s.index, end: start + s.index + s.segment.length, term, hyphenNext: false });
      }
      continue;
    }
    const term = foldTerm(raw);
    if (!term) continue;
    const end = start + raw.length;
    tokens.push({ start, end, term, hyphenNext: false });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.start === a.end + 1 && HYPHENS.has(text[a.end]!)) a.hyphenNext = true;
  }
  return tokens;
}

/** The compounds of hyphen-joined words (`Beijing-Tianjin-Hebei` -> `beijingtianjinhebei`), with their spans. */
export function compoundTokens(tokens: readonly WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.hyphenNext) continue;
    let j = i;
    let term = tokens[i]!.term;
    while (tokens[j]!.hyphenNext && j + 1 < tokens.length) term += tokens[++j]!.term;
    out.push({ start: tokens[i]!.start, end: tokens[j]!.end, term, hyphenNext: false });
    i = j;
  }
  return out;
}
