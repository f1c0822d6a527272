// Labels that print the speaker's office before the name, as official sites do on a
// person's first turn: "President of Russia Vladimir Putin:", "Agriculture Minister Alexander
// Tkachev:", "chairman of the Russian Independent Trade Union of Coalminers Ivan Mokhnachuk:",
// "Research Director of the ... Club, moderator Fyodor Lukyanov:". The speaker is the personal
// name at the end; the words before it are the role. Page dumps may also print a person
// tooltip after the name, surname first ("Alexander Tkachev Tkachev Alexander"): cut off.
import { OFFICE_WORDS as OFFICE_WORD_LIST } from '../lexicon/index.ts';

/** Words of offices and positions that stand before a name in a label (folded). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICE_WORD_LIST);

/** Lower-case words inside an office or an organisation's name. */
const JOINERS = new Set(['and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);
const NAME_WORD = /^\p{Lu}[\p{L}'’\-.]*$/u;
const MAX_WORDS = 30;

const isOffice = (w: string) => OFFICE_WORDS.has(w.toLowerCase());

/** "Alexander Tkachev Tkachev Alexander ..." -> "Alexander Tkachev": a tooltip printed after the name, surname first. */
export function cutTooltip(words: string[]): string[] {
  for (let i = 2; i + 1 < words.length; i++) {
    if (words[i] === words[i - 1] && words[i + 1]!.startsWith(words[i - 2]!)) return words.slice(0, i);
  }
  return words;
}

/**
 * Splits "<office ...> <Given Surname>" into name and role; null when the label is not one:
 * it must hold an office word, be title-case apart from joiners (the office word may be lower
 * case), and end in two capitalised words that are not office words.
 */
export function splitRoleLabel(head: string): { name: string; role: string; officeBeforeName: boolean } | null {
  let text = head.replace(/\s*\([^()]{0,200}\)\s*/g, ' ').trim();
  let before = '';
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    before = text.slice(0, comma).trim();
    text = text.slice(comma + 1).trim();
  }
  const words = cutTooltip(text.split(/\s+/).filter(Boolean));
  if (words.length < 3 || words.length > MAX_WORDS) return null;
  const name = words.slice(-2);
  if (!name.every((w) => NAME_WORD.test(w) && !isOffice(w))) return null;
  const roleWords = words.slice(0, -2);
  if (!roleWords.some(isOffice)) return null;
  if (!roleWords.every((w) => NAME_WORD.test(w) || JOINERS.has(w) || isOffice(w) || /^[\p{Lu}\p{N}][\p{L}\p{N}.&\-]*$/u.test(w))) return null;
  if (before && !/^[\p{Lu}]/u.test(before)) return null;
  const role = [before, roleWords.join(' ')].filter(Boolean).join(', ');
  return { name: name.join(' '), role, officeBeforeName: isOffice(roleWords[roleWords.length - 1]!) };
}
