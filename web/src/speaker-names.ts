// Speaker names seen in any search response, so a selected speaker's chip keeps its name
// even when the current results no longer list that speaker.
import type { SearchResponse } from './api-types.ts';

const speakerNames = new Map<string, string>();

/** Records the names in a response. */
export function rememberNames(data: SearchResponse) {
  for (const s of data.facets.speakers) speakerNames.set(s.id, s.name);
  for (const h of data.hits) if (h.speaker) speakerNames.set(h.speaker.id, h.speaker.name);
}

/** A speaker's name, or its id when no response has named it yet. */
export const nameOf = (id: string) => speakerNames.get(id) ?? id;
