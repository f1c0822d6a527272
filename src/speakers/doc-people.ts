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

  constructor(private readonly aliases: Record<string, string> = {}) {}

  /** Records a full name (and the role stated with it); returns the canonical spelling. */
  add(name: string, role: string | null = null): string {
    const canonical = this.names.find((n) => nameKey(n) === nameKey(name)) ?? name;
    if (canonical === name && !this.names.includes(name)) this.names.push(name);
    if (role && !this.roles.has(canonical)) this.roles.set(canonical, role);
    this.last = canonical;
    return canonical;
  }

  /** A name as printed to the full name the document uses, or null when nobody matches. */
  resolve(printed: string): string | null {
    const alias = this.alias(printed);
    if (alias) return alias;
    const { rest } = splitHonorific(printed);
    const short = titleCase(rest);
    const key = nameKey(short);
    const exact = this.names.find((n) => nameKey(n) === key);
    if (exact) return exact;
    // Surname first (Chinese: "Zhang" -> "Zhang Chengzhong") or last ("Jean-Pierre" -> "Karine Jean-Pierre").
    const matches = this.names.filter((n) => {
      const k = nameKey(n);
      return k.startsWith(key + ' ') || k.endsWith(' ' + key);
    });
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) return matches.includes(this.last ?? '') ? this.last : matches[matches.length - 1]!;
    return null;
  }

  alias(printed: string): string | null {
    const key = nameKey(printed);
    for (const [from, to] of Object.entries(this.aliases)) if (nameKey(from) === key) return to;
    return null;
  }
}
