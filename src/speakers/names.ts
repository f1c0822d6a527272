import { alternation, GENERIC_ROLE_WORDS, HONORIFICS, KNOWN_OUTLETS, OUTLET_FINAL_WORDS, OUTLET_SURNAME_WORDS, TITLE_WORDS } from '../lexicon/index.ts';

// Names as documents print them: honorifics, capitals, outlets and descriptions.

/** Titles printed before a surname in labels ("MS. JEAN-PIERRE", "AMBASSADOR TAI"); dropped to find the person. */
const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS);

/** Words that make a label a description of a role rather than a name ("SENIOR ADMINISTRATION OFFICIAL"). */
const GENERIC_WORDS = new RegExp(`\\b(?:${alternation(GENERIC_ROLE_WORDS)})\\b`, 'i');

const KNOWN_OUTLET_SET: ReadonlySet<string> = new Set(KNOWN_OUTLETS);
const OUTLET_FINAL: ReadonlySet<string> = new Set(OUTLET_FINAL_WORDS);
const OUTLET_SURNAMES: ReadonlySet<string> = new Set(OUTLET_SURNAME_WORDS);

/**
 * Whether a label names a news outlet rather than a person. Decided by the known-outlet list and
 * the label's shape: an outlet's LAST word is Daily/News/Times/TV... ("Hubei Daily", "Phoenix TV"),
 * or it is a web address. Words that are also surnames (Post, Sun, Star) count only after "The"
 * or in a known name: "Sun Weidong" and "Daniel Post" are people, "The Sun" and "Jakarta Post"
 * outlets.
 */
export function isOutletName(name: string): boolean {
  // "Nanfang Daily, Nanfang Plus": an outlet may name its titles after a comma.
  const comma = name.indexOf(',');
  if (comma > 0 && isOutletName(name.slice(0, comma))) return true;
  const key = nameKey(comma > 0 ? name.slice(0, comma) : name).replace(/[^\p{L}\p{N}&'+\- ]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!key) return false;
  if (KNOWN_OUTLET_SET.has(key) || KNOWN_OUTLET_SET.has(key.replace(/^the /, ''))) return true;
  if (/\.(?:com|cn|net|org|co\.uk)\b/i.test(name)) return true;
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  if (words.length < 2 || !OUTLET_FINAL.has(last)) return false;
  if (OUTLET_SURNAMES.has(last)) return words[0] === 'the';
  return true;
}

export function isGenericName(name: string): boolean {
  return GENERIC_WORDS.test(name) && !/\b(?:mr|mrs|ms|dr)\b\.?/i.test(name);
}

/** Splits leading honorifics off a printed name: "MS. JEAN-PIERRE" -> ["MS.", "JEAN-PIERRE"]. */
export function splitHonorific(name: string): { honorific: string; rest: string } {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && HONORIFIC_SET.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return { honorific: words.slice(0, i).join(' '), rest: words.slice(i).join(' ') };
}

/** "JEAN-PIERRE" -> "Jean-Pierre", "MCCABE" -> "McCabe"; names already in mixed case are kept. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’.(])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_, ch: string) => 'Mc' + ch.toUpperCase())
    .replace(/\b(Of|And|The|For|De|Da|Van|Von|Del|Der|Di|Du|La|Le)\b(?!$)/g, (w) => w.toLowerCase())
    .replace(/^(\p{Ll})/u, (ch) => ch.toUpperCase());
}

/**
 * A surname printed in capitals inside mixed case, as the Congressional Record prints members
 * ("McCONNELL", "DeWINE", "MILLENDER-McDONALD", "BROWN of Ohio"): each run of capitals keeps its
 * first letter. Words already in mixed case without such a run are kept.
 */
export function surnameCase(name: string): string {
  return name.replace(/(\p{Lu})(\p{Lu}+)(?![\p{Ll}])/gu, (_, first: string, tail: string) => first + tail.toLowerCase());
}

/** A key under which spellings of one name meet: case, diacritics, apostrophes and dots folded. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[\s\-]+/g, ' ')
    .trim();
}

/** A URL- and id-safe slug of a name. */
export function slugify(name: string): string {
  const slug = nameKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'speaker';
}

/** Words of titles and offices that precede names in document titles ("Press Secretary Karine Jean-Pierre"). */
const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLE_WORDS);
/** An office or agency acronym in a title ("APNSA", "NSC", "SCIO"): names in titles are printed in mixed case. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const isTitleWord = (w: string) => TITLE_WORD_SET.has(w.toLowerCase()) || ACRONYM.test(w);

export interface TitlePerson {
  name: string;
  role: string | null;
}

/** Office words that may stand inside a role, lower-case ("Director of the Office"). */
const ROLE_JOINERS = new Set(['of', 'the', 'for', 'on', 'to']);

/**
 * People a title names, with the office printed before each:
 * "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Advisor John Kirby" ->
 * Karine Jean-Pierre (Press Secretary), John Kirby (NSC Advisor). A name counts only
 * after an office, so "Efforts on Student Debt" names nobody.
 */
export function peopleInTitle(title: string): TitlePerson[] {
  const people: TitlePerson[] = [];
  const words = title.split(/\s+/).filter(Boolean);
  const isName = (w: string) => /^\p{Lu}[\p{L}'’\-]*\.?$/u.test(w.replace(/['’]s$/u, '').replace(/[,;:]$/, '')) && !isTitleWord(bare(w));
  const isOffice = (w: string) => /^\p{Lu}/u.test(w) && isTitleWord(bare(w));
  for (let i = 0; i < words.length; i++) {
    if (!isName(words[i]!) || (i > 0 && isName(words[i - 1]!) && !/[,;:]$|['’]s$/u.test(words[i - 1]!))) continue;
    let end = i;
    while (end < words.length && isName(words[end]!) && end - i < 3) {
      end++;
      if (/[,;:]$|['’]s$/u.test(words[end - 1]!)) break;
    }
    let nameWords = words.slice(i, end).map(bare);
    if (nameWords.length < 2) continue;
    // Three capitalised words after an office: the first usually completes the office
    // ("Secretary of Agriculture Patricia Brennan"), unless the middle one is an initial.
    let nameStart = i;
    if (nameWords.length === 3 && !/^\p{Lu}\.$/u.test(nameWords[1]!) && i > 0 && ROLE_JOINERS.has(words[i - 1]!)) {
      nameWords = nameWords.slice(1);
      nameStart = i + 1;
    }
    let roleStart = i;
    while (roleStart > 0 && (isOffice(words[roleStart - 1]!) || (ROLE_JOINERS.has(words[roleStart - 1]!) && roleStart > 1 && isOfficeish(words, roleStart - 2)))) roleStart--;
    while (roleStart < i && ROLE_JOINERS.has(words[roleStart]!)) roleStart++;
    if (roleStart === nameStart) continue;
    const role = words.slice(roleStart, nameStart).join(' ');
    if (/^(?:Press|Background|Regular|On|The)\b/.test(role) && !/(?:Secretary|Spokesperson|Spokesman|Spokeswoman|Advisor|Adviser|Director|Minister|President|Governor|Ambassador|Administrator|Chair\w*|Secretary|Official)\b/.test(role)) continue;
    people.push({ name: nameWords.join(' '), role: cleanRole(role) });
    i = end - 1;
  }
  return people;
}

const bare = (w: string) => w.replace(/['’]s$/u, '').replace(/[,;:]$/, '');
const isOfficeish = (words: string[], k: number) => /^\p{Lu}/u.test(words[k]!) || ROLE_JOINERS.has(words[k]!);

/** Drops event words a role run can start with: "Regular Press Conference Spokesperson" -> "Spokesperson". */
function cleanRole(role: string): string | null {
  const words = role.split(' ');
  const events = /^(?:Briefing|Call|Gaggle|Conference|Roundtable|Remarks|Statement|Regular|Background|Interview|Meeting|Transcript|Record|Previewing|Visit|Official)$/;
  let last = -1;
  words.forEach((w, k) => {
    if (events.test(bare(w))) last = k;
  });
  const kept = words.slice(last + 1);
  return kept.length ? kept.join(' ') : null;
}
