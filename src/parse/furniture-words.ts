// Whole lines that are page furniture, by the lexicon's lists: share and print tools, page
// tools ("Suggest to a friend", "Publication status") and headings over lists of other pages.
import { FUNCTION_WORDS as FUNCTION_WORD_LIST, PAGE_TOOL_LINES, RELATED_HEADINGS, SHARE_WORDS } from '../lexicon/index.ts';

/** Function words, for the share of them in a line (prose high, menus low). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_LIST);

const phrases = new Set([...SHARE_WORDS, ...PAGE_TOOL_LINES]);
const listHeadings = new Set(RELATED_HEADINGS);
/** Longer lines are never one of the phrases (and are not folded: a page may hold a 10 MB line). */
const MAX_PHRASE = 40;
const fold = (line: string) => (line.length > MAX_PHRASE ? '' : line.trim().toLowerCase().replace(/[:：]$/, '').trim().replace(/\s+/g, ' '));

/** Whether a whole line is a furniture phrase ("Print", "Suggest to a friend", "Related News:"). */
export function isFurniturePhrase(line: string): boolean {
  const folded = fold(line);
  return phrases.has(folded) || listHeadings.has(folded);
}

/** Whether a line is a heading over a list of other pages ("See also", "Related News:"). */
export function isListHeading(line: string): boolean {
  return listHeadings.has(fold(line));
}
