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
const WORD_AT = new RegExp(WORD.source, 'uy');
let segmenter: Intl.Segmenter | undefined;

const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The words of `text` in order, with their positions and folded forms. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isAsciiWordChar(c)) {
      // Fast path for a run of ASCII letters and digits that WORD would match alone: the run ends
      // at an ASCII character that is neither an apostrophe nor a decimal point before a digit.
      let j = i + 1;
      while (j < len && isAsciiWordChar(text.charCodeAt(j))) j++;
      const next = j < len ? text.charCodeAt(j) : 32;
      if (next < 128 && next !== 39 && !((next === 46 || next === 44) && isDigit(text.charCodeAt(j + 1)))) {
        tokens.push({ start: i, end: j, term: text.slice(i, j).toLowerCase(), hyphenNext: false });
        i = j;
        continue;
      }
    } else if (c < 128) {
      i++;
      continue;
    }
    WORD_AT.lastIndex = i;
    const m = WORD_AT.exec(text);
    if (!m) {
      i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
      continue;
    }
    addWord(tokens, m[0], i);
    i += m[0].length;
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (b.start === a.end + 1 && HYPHENS.has(text[a.end]!)) a.hyphenNext = true;
  }
  return tokens;
}

function addWord(tokens: WordToken[], raw: string, start: number): void {
  if (UNSPACED.test(raw)) {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of segmenter.segment(raw)) {
      if (!s.isWordLike) continue;
      const term = foldTerm(s.segment);
      if (term) tokens.push({ start: start + s.index, end: start + s.index + s.segment.length, term, hyphenNext: false });
    }
    return;
  }
  const term = foldTerm(raw);
  if (term) tokens.push({ start, end: start + raw.length, term, hyphenNext: false });
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
