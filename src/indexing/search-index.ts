// The in-memory index the server and CLI search: the corpus records, their lookups, and MiniSearch.
import type MiniSearch from 'minisearch';
import type { Corpus, DocumentRecord, PassageRecord, SpeakerRecord } from './records.ts';
import type { IndexedFields } from './index-options.ts';
import { buildMiniSearch } from './build-minisearch.ts';
import type { PassageRedirect } from './redirects.ts';

export interface SearchIndex {
  corpus: Corpus;
  mini: MiniSearch<IndexedFields>;
  passageById: Map<string, PassageRecord>;
  documentById: Map<string, DocumentRecord>;
  speakerById: Map<string, SpeakerRecord>;
  /**
   * Which build this is (its build time and corpus hash, from the manifest): every answer carries
   * it, so a client behind several replicas can tell which build answered. "unsaved" in memory.
   */
  version: string;
  /** Passage ids of earlier builds that this one no longer has, and where each now leads. */
  redirectById: Map<string, PassageRedirect>;
}

/** Wraps a corpus and its MiniSearch (built here when not given) with id lookups. */
export function createSearchIndex(
  corpus: Corpus,
  mini: MiniSearch<IndexedFields> = buildMiniSearch(corpus),
  version = 'unsaved',
  redirects: readonly PassageRedirect[] = [],
): SearchIndex {
  return {
    version,
    redirectById: new Map(redirects.map((r) => [r.from, r])),
    corpus,
    mini,
    passageById: new Map(corpus.passages.map((p) => [p.id, p])),
    documentById: new Map(corpus.documents.map((d) => [d.id, d])),
    speakerById: new Map(corpus.speakers.map((s) => [s.id, s])),
  };
}
