// Boilerplate by block statistics, as jusText does it: each line of a page dump is a block,
// classed by its length, its share of function words and whether it ends a sentence; a
// short block takes the class of the blocks around it. Navigation (runs of one- to
// three-word menu items, list bullets, form fields, language switchers) comes out "bad"
// wherever it is, without a list of menu words; sentences and speaker turns come out "good".
import { findDate } from './dates.ts';
import { detectLabel, needsRepetition } from './detect-label.ts';
import { FUNCTION_WORDS, isFurniturePhrase } from './furniture-words.ts';

export type BlockClass = 'good' | 'bad';

/** A list item, a form field or a bare URL: what a page dump prints for menus and widgets. */
const WIDGET = /^(?:[•·▪◦●■□◆►▸*+\-–]\s|\[[\s_]*\]|\[\s*[xX✓]?\s*\]\s|https?:\/\/\S+$|www\.\S+$|\^?\d{1,4}$|\S+@\S+\.\w+$)/;
/** Ends a sentence (a closing quote or bracket may follow the stop). */
const SENTENCE_END = /[.!?。！？…]["”’)\]]*$/;

/** A date with a few words around it and no sentence: "Last updated at April 13, 2020, 10:21", "Published 3 May 2024". */
export function isDateStamp(line: string): boolean {
  return line.length <= 80 && !SENTENCE_END.test(line) && findDate(line) !== null && line.split(/\s+/).length <= 9;
}

export interface LineStats {
  words: number;
  /** Share of the words that are function words ("the", "of", "we"): high in prose, low in menus. */
  functionShare: number;
  sentence: boolean;
}

export function lineStats(line: string): LineStats {
  const words = line.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  let function_ = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))) function_++;
  return { words: words.length, functionShare: words.length ? function_ / words.length : 0, sentence: SENTENCE_END.test(line) };
}

/** A speaker turn ("Vladimir Putin: Thank you.", "Q: ...", "Xing Huina:" over its words): content however short. */
export function isTurnLine(line: string): boolean {
  const label = detectLabel(line);
  return label !== null && (label.kind !== 'title' || label.rest !== '' || !needsRepetition(label));
}

export type Raw = 'good' | 'bad' | 'short';
const LONG_BLOCK = 1000;

/** The class of one line on its own statistics: good prose, bad furniture, or short (decided by context). */
export function ownClass(line: string): Raw {
  // A block this long is text by its length alone (jusText's length_high is 200 characters).
  if (line.length > LONG_BLOCK) return 'good';
  if (WIDGET.test(line) || isFurniturePhrase(line) || isDateStamp(line)) return 'bad';
  // A turn is content however short; a label alone on its line is as good as the words after it.
  if (isTurnLine(line)) return detectLabel(line)!.rest === '' ? 'short' : 'good';
  const s = lineStats(line);
  // Thresholds after jusText's defaults (length_low 70 chars, stopwords_low 0.30), in words; a
  // line that does not end a sentence needs more (headings of ten words are common).
  if (s.words >= 20 && s.functionShare >= 0.2) return 'good';
  if (s.sentence && s.words >= 5 && s.functionShare >= 0.15) return 'good';
  if (s.words <= 3 && !s.sentence) return 'bad';
  return 'short';
}

/**
 * Classes the non-empty lines of a page (empty lines get null). A short line takes the class of
 * the nearest lines that are not short (the page's edges count as bad): good between two good
 * ones, bad between two bad ones, and between a good and a bad one good only if it ends a
 * sentence or introduces one ("Thank you.", "Xing Huina:").
 */
export function classifyLines(lines: readonly (string | null)[]): (BlockClass | null)[] {
  const raw: (Raw | null)[] = lines.map((l) => (l && l.trim() ? ownClass(l.trim()) : null));
  const out: (BlockClass | null)[] = raw.map((c) => (c === 'short' ? null : c));
  // The class of the nearest line on each side that is not short, in two linear passes.
  const before: (Raw | 'edge')[] = [];
  let last: Raw | 'edge' = 'edge';
  raw.forEach((c, i) => {
    before[i] = last;
    if (c && c !== 'short') last = c;
  });
  last = 'edge';
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw[i];
    if (c === 'short') {
      const line = lines[i]!.trim();
      const goods = (before[i] === 'good' ? 1 : 0) + (last === 'good' ? 1 : 0);
      out[i] = goods === 2 || (goods === 1 && (SENTENCE_END.test(line) || /[:：]$/.test(line))) ? 'good' : 'bad';
    }
    if (c && c !== 'short') last = c;
  }
  return out;
}
