// The people one document names, in the order it names them: short names ("Ni", "Mr. Zhao",
// "MS. JEAN-PIERRE") resolve to the full name used in the document ("Ni Yuefeng", "Zhao
// Dachun", "Karine Jean-Pierre"), and pronouns to the last person named.
import { GENERIC_ROLE_WORDS, HONORIFICS, SENTENCE_STARTS, TITLE_WORDS } from '../lexicon/index.ts';
import { nameKey, splitHonorific, titleCase } from './names.ts';

/** Two capitalised words in running text: a given name and a surname ("over to Ali Zaidi"). */
const FULL_NAME = /(?<![\p{L}\p{N}.'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?) (\p{Lu}(?:[\p{Ll}'’]*\p{Lu})?[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\p{N}-]| \p{Lu})/gu;
/** Words that stand before a surname without being a given name ("Mayor Benjamin", "Today Tyler"). */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([...HONORIFICS, ...SENTENCE_STARTS, ...TITLE_WORDS, ...GENERIC_ROLE_WORDS]);
/** Surnames shorter than this are not matched one edit apart ("Li" and "Lu" are two people). */
const MIN_FUZZY_SURNAME = 5;

export class DocPeople {
  /** Full names (two words or more), in first-mention order. */
  readonly names: string[] = [];
  /** The role each person's first stated role, keyed by full name. */
  readonly roles = new Map<string, string>();
  /** The last person named so far, for "he said". */
  last: string | null = null;
  /** Each name by its key, and by the keys of its leading and trailing words ("zhang", "jean pierre"). */
  private readonly byKey = new Map<string, string>();
  private readonly byPart = new Map<string, string[]>();
  /** Names by their first word as printed ("Zhang" -> ["Zhang Chengzhong"]). */
  private readonly byFirstWord = new Map<string, string[]>();
  private readonly aliases = new Map<string, string>();
  /** Given name + surname pairs seen in the text, by surname key, with how often each was seen. */
  private readonly mentioned = new Map<string, Map<string, number>>();

  constructor(aliases: Record<string, string> = {}) {
    for (const [from, to] of Object.entries(aliases)) if (!this.aliases.has(nameKey(from))) this.aliases.set(nameKey(from), to);
  }

  /** Records a full name (and the role stated with it); returns the canonical spelling. */
  add(name: string, role: string | null = null): string {
    const key = nameKey(name);
    let canonical = this.byKey.get(key);
    if (canonical === undefined) {
      canonical = name;
      this.byKey.set(key, name);
      this.names.push(name);
      const words = key.split(' ');
      for (let n = 1; n < words.length; n++) {
        for (const part of new Set([words.slice(0, n).join(' '), words.slice(-n).join(' ')])) append(this.byPart, part, name);
      }
      append(this.byFirstWord, name.split(' ')[0]!, name);
    }
    if (role && !this.roles.has(canonical)) this.roles.set(canonical, role);
    this.last = canonical;
    return canonical;
  }

  /** A name as printed to the full name the document uses, or null when nobody matches. */
  resolve(printed: string): string | null {
    const alias = this.alias(printed);
    if (alias) return alias;
    const key = nameKey(titleCase(splitHonorific(printed).rest));
    const exact = this.byKey.get(key);
    if (exact) return exact;
    // Surname first (Chinese: "Zhang" -> "Zhang Chengzhong") or last ("Jean-Pierre" -> "Karine Jean-Pierre").
    const matches = this.byPart.get(key) ?? [];
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) return matches.includes(this.last ?? '') ? this.last : matches[matches.length - 1]!;
    // Labels that give an honorific and a surname ("MS. MCCABE") take the full name the text uses;
    // a bare word in prose ("Ni said") does not, nor is it matched one edit apart.
    const { honorific } = splitHonorific(printed);
    if (!honorific) return null;
    const mentioned = this.mentionedAs(key);
    return mentioned ? this.add(mentioned) : null;
  }

  /**
   * Notes the full names a stretch of text uses ("This is Janet McCabe at EPA", "over to Ali
   * Zaidi"), for labels that give only an honorific and a surname ("MS. MCCABE").
   */
  harvest(text: string): void {
    for (const m of text.matchAll(FULL_NAME)) {
      if (NOT_GIVEN_NAMES.has(m[1]!.toLowerCase())) continue;
      const surname = nameKey(m[2]!);
      const names = this.mentioned.get(surname) ?? new Map<string, number>();
      names.set(`${m[1]} ${m[2]}`, (names.get(`${m[1]} ${m[2]}`) ?? 0) + 1);
      this.mentioned.set(surname, names);
    }
  }

  /**
   * The full name the text uses most for a surname; a label's surname one edit from exactly one
   * such surname ("HAMMILL" in a briefing that names Mark Hamill) is that person too.
   */
  private mentionedAs(surname: string): string | null {
    let names = this.mentioned.get(surname);
    if (!names && surname.length >= MIN_FUZZY_SURNAME && !surname.includes(' ')) {
      const near = [...this.mentioned.keys()].filter((k) => k.length >= MIN_FUZZY_SURNAME && oneEditApart(k, surname));
      if (near.length === 1) names = this.mentioned.get(near[0]!);
    }
    if (!names) return null;
    return [...names].sort((a, b) => b[1] - a[1])[0]![0];
  }

  alias(printed: string): string | null {
    return this.aliases.get(nameKey(printed)) ?? null;
  }

  /** The names whose first word, as printed, is `word`, in first-mention order. */
  startingWith(word: string): readonly string[] {
    return this.byFirstWord.get(word) ?? [];
  }
}

function append(map: Map<string, string[]>, key: string, name: string) {
  const list = map.get(key);
  if (list) list.push(name);
  else map.set(key, [name]);
}

/** Whether two words differ by one inserted, deleted or replaced letter ("hamill", "hammill"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
