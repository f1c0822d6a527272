// Old passage ids: where a passage id of an earlier build leads now (see indexing/redirects.ts).
import type { SearchIndex } from '../indexing/search-index.ts';
import type { PassageRecord } from '../indexing/records.ts';
import { ApiError, MovedPermanently, notFound } from './errors.ts';

/** The date part of a build time, as notices show it. */
const day = (iso: string) => iso.slice(0, 10);

/**
 * The passage with this id, or the error that says where it went: a 301 to the passage that
 * replaced it (or to its document) with `suffix` kept, a 410 when its document was removed,
 * a 404 when no build ever had it.
 */
export function passageOrMoved(index: SearchIndex, id: string, suffix = ''): PassageRecord {
  const passage = index.passageById.get(id);
  if (passage) return passage;
  const moved = index.redirectById.get(id);
  if (!moved) throw notFound('passage', id);
  if (moved.to !== null) throw new MovedPermanently(`/api/passages/${encodeURIComponent(moved.to)}${suffix}`);
  if (!moved.documentRemoved) throw new MovedPermanently(`/api/documents/${encodeURIComponent(moved.documentId)}`);
  throw new ApiError(410, 'gone', `passage "${id}" was removed when its document "${moved.documentTitle}" left the corpus (re-indexed on ${day(moved.changedAt)})`);
}
