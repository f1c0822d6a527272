// Parsed documents -> the corpus the index holds: stable ids, one canonical speaker per
// person across documents, questions linked to their answers, events grouped.
import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../parse/passage.ts';
import { alternation, COURTESIES } from '../lexicon/index.ts';
import { nameKey, slugify, splitHonorific } from '../speakers/names.ts';
import type { Corpus, DocumentRecord, PassageRecord, SpeakerRecord } from './records.ts';

export interface DocumentInput {
  /** Corpus-relative path of the file the document came from. */
  file: string;
  /** What identifies the document across renames: its URL, else its file (and JSONL key). */
  key: string;
  doc: ParsedDocument;
  /** Each passage's stable id (see `passageIds`), computed where the document was parsed. */
  passageIds: string[];
}

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** A passage's words as its id sees them: case, quote style and spacing do not change it. */
const foldForId = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The identity of a document: a stated URL survives renaming the file. */
export function documentKey(file: string, url: string | null, jsonlKey?: string): string {
  if (url) return `url:${url.replace(/^https?:\/\//, '').replace(/\/$/, '')}`;
  return jsonlKey === undefined ? `file:${file}` : `file:${file}#${jsonlKey}`;
}

/** A parsed document ready to assemble, its passages identified. */
export function documentInput(file: string, key: string, doc: ParsedDocument): DocumentInput {
  return { file, key, doc, passageIds: passageIds(key, doc.passages) };
}

/**
 * What makes a passage the same passage across re-indexing: its document and its folded words
 * (and, for words repeated within the document, which repetition it is).
 */
function passageIds(key: string, passages: ParsedDocument['passages']): string[] {
  const seen = new Map<string, number>();
  return passages.map((p) => {
    const folded = foldForId(p.text);
    const dup = seen.get(folded) ?? 0;
    seen.set(folded, dup + 1);
    return `p${hash(`${key}\n${folded}\n${dup}`, 15)}`;
  });
}

export function assembleCorpus(inputs: DocumentInput[]): Corpus {
  const canonical = canonicalNames(inputs);
  const documents: DocumentRecord[] = [];
  const passages: PassageRecord[] = [];
  const speakers = new Map<string, SpeakerRecord>();
  const usedDocIds = new Set<string>();
  // Printed speaker -> [canonical name, id], computed once per distinct name rather than per passage.
  const resolved = new Map<string, [string, string]>();
  const resolve = (speaker: string) => {
    let hit = resolved.get(speaker);
    if (!hit) {
      const name = canonical.get(nameKey(speaker)) ?? speaker;
      hit = [name, slugify(name)];
      resolved.set(speaker, hit);
    }
    return hit;
  };

  // Anonymous roles are one speaker per document: "Moderator" of one call is not of the next.
  const roleNames = new Map<string, string>();
  const usedRoleNames = new Set<string>();
  for (const { file, key, doc, passageIds } of inputs) {
    const roleName = (role: string) => {
      let name = roleNames.get(role);
      if (!name) {
        const base = `${role}, ${occasion(doc, file)}`;
        name = base;
        for (let k = 2; usedRoleNames.has(nameKey(name)); k++) name = `${base} (${k})`;
        usedRoleNames.add(nameKey(name));
        roleNames.set(role, name);
      }
      return name;
    };
    roleNames.clear();
    let id = hash(key, 12);
    for (let k = 1; usedDocIds.has(id); k++) id = hash(`${key}#${k}`, 12);
    usedDocIds.add(id);
    const eventId = doc.title && doc.date ? `e${hash(`${nameKey(doc.title)}|${doc.date}`, 11)}` : `e${id.slice(1)}`;
    const record: DocumentRecord = {
      id,
      title: doc.title,
      displayTitle: doc.title ?? displayTitle(doc, file),
      source: doc.source,
      date: doc.date,
      url: doc.url,
      eventId,
      file,
      passageIds: [],
    };
    documents.push(record);

    // The first passage of the last real question, and the question turn being read.
    let question: PassageRecord | null = null;
    let turn: { first: PassageRecord; asker: string | null; text: string } | null = null;
    let previous: PassageRecord | null = null;
    doc.passages.forEach((p, ordinal) => {
      const [name, speakerId] = !p.speaker ? [null, null] : p.speakerType === 'generic' ? withId(roleName(p.speaker)) : resolve(p.speaker);
      const passage: PassageRecord = {
        n: passages.length,
        id: passageIds[ordinal]!,
        documentId: id,
        ordinal,
        text: p.text,
        kind: p.kind,
        label: p.label,
        speakerId,
        role: p.role,
        attribution: p.attribution,
        date: doc.date,
      };
      if (p.kind === 'question') {
        // A question is the whole turn: the asker's consecutive paragraphs, and a question resumed
        // with a dash after the answerer broke in ("Q — fire people for ...").
        const sameAsker = turn !== null && turn.asker === speakerId;
        const continues = sameAsker && (previous?.kind === 'question' || /^[—–-]/.test(p.text));
        if (continues) turn!.text += ` ${p.text}`;
        else turn = { first: passage, asker: speakerId, text: p.text };
        if (!isCourtesy(turn!.text)) question = turn!.first;
      } else if (question && (p.kind === 'speech' || p.kind === 'quote') && p.attribution !== 'none') {
        // An answer answers the last real question before it, across courtesies and hand-overs.
        passage.question = question.id;
        (question.answers ??= []).push(passage.id);
      }
      previous = passage;
      passages.push(passage);
      record.passageIds.push(passage.id);
      if (name && speakerId) noteSpeaker(speakers, speakerId, name, p, record);
    });
  }
  return { documents, passages, speakers: [...speakers.values()].sort((a, b) => b.passages - a.passages || a.name.localeCompare(b.name)) };
}

const COURTESY = new RegExp(`^(?:(?:${alternation(COURTESIES)})\\b[\\s,.!]*)+(?:[\\p{L}'’-]+[.!]?)?$`, 'iu');

/**
 * A question turn that asks nothing: thanks and hand-overs ("Thank you.", "Thanks, Karine.",
 * "Go ahead."), and any short turn without a question mark ("Great. So —", "Okay. And —": a
 * start the answerer cut off). A question without "?" is still one when it is longer.
 */
export function isCourtesy(text: string): boolean {
  const t = text.trim();
  if (t.includes('?')) return false;
  return COURTESY.test(t) || t.split(/\s+/).length <= 6;
}

const withId = (name: string): [string, string] => [name, slugify(name)];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** What kind of event a title names, for naming its anonymous speakers. */
const EVENT = /\b(call|briefing|gaggle|conference|interview|hearing|meeting|session|debate|remarks|podcast|episode|proceedings)\b/i;

/**
 * The occasion an anonymous role spoke at, as a reader would name it: "call of 11 April 2024"
 * (the event its title names, else "document", and its date), or the file when undated.
 */
export function occasion(doc: Pick<ParsedDocument, 'title' | 'date'>, file: string): string {
  const event = doc.title?.match(EVENT)?.[1]?.toLowerCase() ?? 'document';
  const m = doc.date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return `${event} of ${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return `${event} in ${file}`;
}

function noteSpeaker(speakers: Map<string, SpeakerRecord>, id: string, name: string, p: ParsedDocument['passages'][number], doc: DocumentRecord) {
  let s = speakers.get(id);
  if (!s) {
    s = { id, name, type: p.speakerType ?? 'person', labels: [], roles: [], passages: 0, firstDate: null, lastDate: null };
    speakers.set(id, s);
  }
  s.passages++;
  if (p.label && !s.labels.includes(p.label)) s.labels.push(p.label);
  if (p.role && !s.roles.some((r) => r.role === p.role && r.documentId === doc.id)) s.roles.push({ role: p.role, documentId: doc.id, date: doc.date });
  if (doc.date) {
    if (!s.firstDate || doc.date < s.firstDate) s.firstDate = doc.date;
    if (!s.lastDate || doc.date > s.lastDate) s.lastDate = doc.date;
  }
}

/**
 * One spelling per person across the corpus: "Mr. Kirby" in a gaggle whose title does not
 * name him is "John Kirby" when exactly one full name in the corpus ends in Kirby.
 */
function canonicalNames(inputs: DocumentInput[]): Map<string, string> {
  const printed = new Map<string, number>();
  for (const { doc } of inputs) {
    for (const p of doc.passages) if (p.speaker && p.speakerType === 'person') printed.set(p.speaker, (printed.get(p.speaker) ?? 0) + 1);
  }
  const full = new Map<string, Map<string, number>>();
  const short = new Set<string>();
  for (const [speaker, count] of printed) {
    const { honorific, rest } = splitHonorific(speaker);
    if (honorific && /^(?:mr|ms|mrs|dr|ambassador|secretary|administrator|chair|senator|governor)\.?$/i.test(honorific.split(' ')[0]!)) short.add(speaker);
    else if (rest.includes(' ')) {
      const spellings = full.get(nameKey(speaker)) ?? new Map<string, number>();
      spellings.set(speaker, (spellings.get(speaker) ?? 0) + count);
      full.set(nameKey(speaker), spellings);
    }
  }
  const result = new Map<string, string>();
  const preferred = (spellings: Map<string, number>) => [...spellings].sort((a, b) => b[1] - a[1])[0]![0];
  for (const [key, spellings] of full) result.set(key, preferred(spellings));
  for (const name of short) {
    const surname = nameKey(splitHonorific(name).rest);
    const matches = [...full.keys()].filter((k) => k.endsWith(` ${surname}`) || k.startsWith(`${surname} `));
    if (matches.length === 1) result.set(nameKey(name), result.get(matches[0]!)!);
  }
  return result;
}

/** A title to show for a document that states none: its first words. */
function displayTitle(doc: ParsedDocument, file: string): string {
  const first = doc.passages[0]?.text;
  if (!first) return file;
  const words = first.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : first;
}
