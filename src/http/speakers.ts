// Speaker records to API shapes for /api/speakers and /api/speakers/:id.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { SpeakerRecord } from '../indexing/records.ts';
import type { Speaker, SpeakerDetail } from './search-schemas.ts';

export function speakerSummary(s: SpeakerRecord): Speaker {
  return { ...s, permalink: `/s/${encodeURIComponent(s.id)}` };
}

/** A speaker with the documents they speak in and how many passages in each, in corpus order. */
export function speakerDetail(index: SearchIndex, s: SpeakerRecord): SpeakerDetail {
  const counts = new Map<string, number>();
  for (const p of index.corpus.passages) if (p.speakerId === s.id) counts.set(p.documentId, (counts.get(p.documentId) ?? 0) + 1);
  const documents = [...counts].map(([id, passages]) => {
    const d = index.documentById.get(id);
    return { id, displayTitle: d?.displayTitle ?? id, date: d?.date ?? null, passages };
  });
  return { ...speakerSummary(s), documents };
}
