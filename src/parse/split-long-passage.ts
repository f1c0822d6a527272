// A bound on passage size. A paragraph is the unit of a passage, but a file can hold a paragraph
// of any length (a 50 MB one-line dump, a transcript with no line breaks), and one huge passage
// makes every search that matches it slow and every answer that shows it huge. A paragraph over
// MAX_PASSAGE_CHARS is cut into pieces at sentence ends (Intl.Segmenter's sentence breaks), or
// where a sentence alone is too long, between words, or where a "word" alone is too long, at the
// limit. Each piece becomes a passage with the paragraph's attribution.

/** The most characters a passage holds. */
export const MAX_PASSAGE_CHARS = 20_000;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Characters looked at past the limit, so a sentence ending right at it is seen to end. */
const LOOKAHEAD = 64;
/** The end of a window searched for a sentence end first: most text ends a sentence far more often. */
const TAIL = 2_000;

/**
 * The offset from `at` of the last sentence end that leaves a piece of at most `max` characters
 * (trailing spaces aside), or 0 when there is none. The window's tail is segmented first, then
 * the whole window: segmenting every character of a 50 MB paragraph twice would be slow.
 */
function lastSentenceEnd(text: string, at: number, max: number): number {
  for (const tail of max > TAIL ? [TAIL, max] : [max]) {
    const from = at + max - tail;
    const window = text.slice(from, at + max + LOOKAHEAD);
    let best = 0;
    for (const { index } of sentences.segment(window)) {
      // The window's own start is not a sentence start.
      if (index === 0) continue;
      const end = from - at + index;
      if (end <= max || text.slice(at + max, at + end).trim() === '') best = end;
    }
    if (best > 0) return best;
  }
  return 0;
}

/** Where in `window` the last word ends before white space; 0 when there is none. */
function lastWordBreak(window: string): number {
  const match = /\s+\S*$/.exec(window);
  return match ? match.index : 0;
}

/** `text` in pieces of at most `max` characters, cut at sentence ends, else word breaks; trimmed, none empty. */
export function splitLongPassage(text: string, max: number = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    let cut = lastSentenceEnd(text, at, max) || lastWordBreak(window) || max;
    // Never between the two halves of a surrogate pair.
    if (cut === max && /[\uD800-\uDBFF]/.test(window[max - 1]!)) cut--;
    const piece = window.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    at += cut;
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  const last = text.slice(at).trim();
  if (last) pieces.push(last);
  return pieces;
}
