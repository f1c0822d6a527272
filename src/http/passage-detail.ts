// A passage with its neighbours, its question or answers and its document, for /api/passages/:id.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { PassageRecord } from '../indexing/records.ts';
import { permalink, speakerRef } from '../search/search-hit.ts';
import { documentSummary, passageFields } from './documents.ts';
import type { PassageDetail } from './search-schemas.ts';

export function passageDetail(index: SearchIndex, p: PassageRecord): PassageDetail {
  const doc = index.documentById.get(p.documentId)!;
  const ref = (id: string) => {
    const q = index.passageById.get(id);
    return q ? { id: q.id, speaker: speakerRef(index, q.speakerId), text: q.text } : null;
  };
  const position = doc.passageIds.indexOf(p.id);
  return {
    ...passageFields(index, p),
    permalink: permalink(p.id),
    previous: position > 0 ? doc.passageIds[position - 1]! : null,
    next: position >= 0 && position + 1 < doc.passageIds.length ? doc.passageIds[position + 1]! : null,
    question: p.question ? ref(p.question) : null,
    answers: (p.answers ?? []).map(ref).filter((a) => a !== null),
    document: documentSummary(doc),
  };
}
