// Builds small Corpus literals for tests: passages in order, documents and speakers filled in.
import type { Corpus, DocumentRecord, PassageRecord, SpeakerRecord } from '../../src/indexing/records.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';

export interface PassageSpec {
  text: string;
  id?: string;
  doc?: string;
  speaker?: string;
  kind?: PassageRecord['kind'];
  date?: string | null;
  role?: string | null;
  label?: string | null;
  question?: string;
}

export interface CorpusSpec {
  documents?: (Partial<DocumentRecord> & { id: string })[];
  speakers?: (Partial<SpeakerRecord> & { id: string; name: string })[];
  passages: PassageSpec[];
}

/** A corpus from literals: passage ids default to `<doc>-<ordinal>`, dates to the document's. */
export function makeCorpus(spec: CorpusSpec): Corpus {
  const docSpecs = spec.documents ?? [{ id: 'd1' }];
  const documents: DocumentRecord[] = docSpecs.map((d) => ({
    title: null,
    displayTitle: d.title ?? d.id,
    source: null,
    date: null,
    url: null,
    eventId: d.id,
    file: `${d.id}.txt`,
    passageIds: [],
    ...d,
  }));
  const byDoc = new Map(documents.map((d) => [d.id, d]));
  const passages: PassageRecord[] = spec.passages.map((p, n) => {
    const doc = byDoc.get(p.doc ?? documents[0]!.id)!;
    const ordinal = doc.passageIds.length;
    const id = p.id ?? `${doc.id}-${ordinal}`;
    doc.passageIds.push(id);
    return {
      n,
      id,
      documentId: doc.id,
      ordinal,
      text: p.text,
      kind: p.kind ?? (p.speaker ? 'speech' : 'narration'),
      label: p.label ?? null,
      speakerId: p.speaker ?? null,
      role: p.role ?? null,
      attribution: p.speaker ? 'label' : 'none',
      date: p.date === undefined ? doc.date : p.date,
      ...(p.question ? { question: p.question } : {}),
    };
  });
  for (const p of passages) {
    if (!p.question) continue;
    const q = passages.find((x) => x.id === p.question)!;
    (q.answers ??= []).push(p.id);
  }
  const speakers: SpeakerRecord[] = (spec.speakers ?? []).map((s) => {
    const own = passages.filter((p) => p.speakerId === s.id);
    const dates = own.map((p) => p.date).filter((d): d is string => d !== null).sort();
    return {
      type: 'person',
      labels: [s.name],
      roles: [],
      passages: own.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      ...s,
    };
  });
  return { documents, passages, speakers };
}

export const makeIndex = (spec: CorpusSpec): SearchIndex => createSearchIndex(makeCorpus(spec));
