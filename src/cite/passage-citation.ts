// What a citation of one passage says, whatever the format: who, what, where, when, and the
// two URLs (the original document and the Verbatim permalink).
import type { SearchIndex } from '../indexing/search-index.ts';
import type { PassageRecord } from '../indexing/records.ts';
import { FAMILY_FIRST_SURNAMES, NAME_PARTICLES } from '../lexicon/index.ts';

/** A person's name split for bibliographies, or an organisation (an outlet, a generic label) as one name. */
export type CitedAuthor = { kind: 'person'; name: string; family: string; given: string } | { kind: 'organisation'; name: string };

export interface PassageCitation {
  passageId: string;
  /** Null when the passage is narration nobody is credited with. */
  author: CitedAuthor | null;
  role: string | null;
  title: string;
  /** The source (outlet or site) the document comes from. */
  container: string | null;
  /** ISO date as precise as known: "2024", "2024-05" or "2024-05-24"; null when undated. */
  issued: string | null;
  /** The original document's URL, when the document states one. */
  url: string | null;
  /** The passage's Verbatim page: absolute under the public base URL, else a path. */
  permalink: string;
  /** The whole passage: a citation never cuts it. */
  quote: string;
  /** The passage's position in its document, counting from 1. */
  paragraph: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-05-24" → "24 May 2024", "2024-05" → "May 2024", "2024" → "2024". */
export function spelledDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

const FAMILY_FIRST: ReadonlySet<string> = new Set(FAMILY_FIRST_SURNAMES);
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/**
 * A person's name split into family and given names. The corpus does not say which is which,
 * so: a two-word name starting with a common Chinese family name is family name first ("Zhang
 * Chengzhong"); otherwise the family name is the last word with the lower-case particles before
 * it ("Ursula von der Leyen" → von der Leyen, Ursula), the order bibliography tools assume.
 */
export function citedAuthor(name: string, type: string): CitedAuthor {
  if (type !== 'person') return { kind: 'organisation', name };
  const words = name.trim().split(/\s+/);
  if (words.length === 2 && FAMILY_FIRST.has(words[0]!.toLowerCase())) return { kind: 'person', name, family: words[0]!, given: words[1]! };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return { kind: 'person', name, family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

/** The citation of passage `p`; `base` is the public URL permalinks are made absolute under. */
export function passageCitation(index: SearchIndex, p: PassageRecord, base: string | null): PassageCitation {
  const doc = index.documentById.get(p.documentId)!;
  const speaker = p.speakerId ? index.speakerById.get(p.speakerId) : undefined;
  const issued = p.date ?? doc.date;
  // An untitled document is cited by what it is, not by its first words.
  const untitled = `${doc.source ? `${doc.source} transcript` : 'Transcript'}${issued ? `, ${spelledDate(issued)}` : ''}`;
  const path = `/p/${encodeURIComponent(p.id)}`;
  return {
    passageId: p.id,
    author: speaker ? citedAuthor(speaker.name, speaker.type) : null,
    role: speaker ? p.role : null,
    title: doc.title ?? untitled,
    container: doc.source,
    issued,
    url: doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : null,
    permalink: base ? `${base.replace(/\/+$/, '')}${path}` : path,
    quote: p.text,
    paragraph: doc.passageIds.indexOf(p.id) + 1,
  };
}
