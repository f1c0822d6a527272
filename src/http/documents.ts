// Records to API shapes for documents and their passages.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { DocumentRecord, PassageRecord } from '../indexing/records.ts';
import { speakerRef } from '../search/search-hit.ts';
import { DOCUMENT_PAGE_LIMIT, type DocumentDetail, type DocumentPassage, type DocumentSummary } from './schemas.ts';

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

/** A document with page `page` of its passages, `limit` a page: a page past the last is empty. */
export function documentDetail(index: SearchIndex, doc: DocumentRecord, page = 1, limit = DOCUMENT_PAGE_LIMIT): DocumentDetail {
  const { passageIds, ...rest } = doc;
  const first = (page - 1) * limit;
  const passages = passageIds.slice(first, first + limit).map((id) => documentPassage(index, index.passageById.get(id)!));
  return { ...rest, passages, passageCount: passageIds.length, page, limit, pages: Math.max(1, Math.ceil(passageIds.length / limit)) };
}
