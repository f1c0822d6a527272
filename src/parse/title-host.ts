// The host a document's title names: the person who answers the questions and speaks the
// unlabelled opening. Titles of press conferences, briefings, remarks, interviews and
// transcripts put that person in a few fixed places:
//   "<Role> <Name>'s Regular Press Conference on <date>"
//   "Press Briefing by <Role> <Name>", "Remarks by <Name> at ..."
//   "Interview with <Name>, <role>", "Interview with <role> <Name>"
//   "Transcript of <Name>'s ..."
import { isOutletName } from '../speakers/names.ts';
import { splitRoleLabel } from './label-roles.ts';

export interface TitleHost {
  name: string;
  role: string | null;
}

/** Events a title names its host for. */
const EVENT = String.raw`(?:(?:Regular|Daily|Weekly|Joint|Special|Virtual|Online|Televised|Exclusive)\s+)*(?:Press\s+Conference|News\s+Conference|Press\s+Briefing|Briefing|Press\s+Gaggle|Gaggle|Remarks|Statement|Interview|Speech|Address|Q\s*&\s*A|Conversation|Town\s+Hall|Fireside\s+Chat|Transcript|Testimony)`;
/** A person phrase: capitalised words with joiners, maybe an office before the name, no sentence punctuation. */
const PERSON = String.raw`(\p{Lu}[\p{L}.'’\-]*(?:\s+(?:(?:of|the|for)\s+(?=\p{Lu})|de\s+|van\s+|von\s+|al\s+|bin\s+)*\p{Lu}[\p{L}.'’\-]*)*)`;

const PATTERNS: { re: RegExp; role?: number }[] = [
  // "Foreign Ministry Spokesperson Anna Kovac's Regular Press Conference on May 6, 2025"
  { re: new RegExp(`^(?:Transcript\\s+of\\s+)?${PERSON}['’]s\\s+${EVENT}\\b`, 'u') },
  // "Press Briefing by Press Secretary Jane Roe", "Remarks by Jane Roe at the Summit"
  { re: new RegExp(`\\b${EVENT}\\s+(?:by|from|of)\\s+${PERSON}(?=$|\\s+(?:at|on|in|to|before|after|during|following|ahead|and|with)\\b|[,:;(–—-])`, 'u') },
  // "Interview with Jane Roe, Minister of Finance" / "Interview with Finance Minister Jane Roe"
  { re: new RegExp(`\\b${EVENT}\\s+with\\s+${PERSON}(?:,\\s*([^,;:()]{3,120}))?`, 'u'), role: 2 },
];


/** The host a title names, or null when the title names none in one of the shapes above. */
export function hostInTitle(title: string): TitleHost | null {
  const text = title.replace(/\s+/g, ' ').trim();
  for (const { re, role } of PATTERNS) {
    const m = text.match(re);
    if (!m) continue;
    const person = readPerson(m[1]!.trim());
    if (!person) continue;
    const stated = role ? m[role]?.trim() ?? null : null;
    return { name: person.name, role: person.role ?? (stated && /^[\p{Ll}\p{Lu}]/u.test(stated) ? stated : null) };
  }
  return null;
}

/** "Press Secretary Jane Roe" -> Jane Roe (Press Secretary); "Jane Roe" -> Jane Roe. */
function readPerson(phrase: string): { name: string; role: string | null } | null {
  const office = splitRoleLabel(phrase);
  if (office) return { name: office.name, role: office.role };
  const words = phrase.split(' ');
  if (/^(?:The|A|An|Our|His|Her)\b/.test(phrase) || isOutletName(phrase)) return null;
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{Lu}/u.test(w) && !/^(?:de|van|von|al|bin)$/.test(w))) return null;
  return { name: phrase, role: null };
}
