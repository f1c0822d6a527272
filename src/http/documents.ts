// Records to API shapes for documents and their passages.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { DocumentRecord, PassageRecord } from '../indexing/records.ts';
import { speakerRef } from '../search/search-hit.ts';
import type { DocumentDetail, DocumentPassage, DocumentSummary } from './schemas.ts';

export function documentSummary(doc: DocumentRecord): DocumentSummary {
  const { passageIds, ...rest } = doc;
  return { ...rest, passages: passageIds.length };
}


/** The fields every API shape of a passage carries. */
export function passageFields(index: SearchIndex, p: PassageRecord) {
  return {
    id: p.id,
    ordinal: p.ordinal,
    text: p.text,
    kind: p.kind,
    label: p.label,
    speaker: speakerRef(index, p.speakerId),
    role: p.role,
    attribution: p.attribution,
    date: p.date,
  };
}

export function documentPassage(index: SearchIndex, p: PassageRecord): DocumentPassage {
  return {
    ...passageFields(index, p),
    ...(p.answers ? { answers: p.answers } : {}),
    ...(p.question ? { question: p.question } : {}),
  };
}

export function documentDetail(index: SearchIndex, doc: DocumentRecord): DocumentDetail {
  const { passageIds, ...rest } = doc;
  return { ...rest, passages: passageIds.map((id) => documentPassage(index, index.passageById.get(id)!)) };
}
