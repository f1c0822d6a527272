// The people one document names, in the order it names them: short names ("Ni", "Mr. Zhao",
// "MS. JEAN-PIERRE") resolve to the full name used in the document ("Ni Yuefeng", "Zhao
// Dachun", "Karine Jean-Pierre"), and pronouns to the last person named.
import { nameKey, splitHonorific, titleCase } from './names.ts';

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
    return null;
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
