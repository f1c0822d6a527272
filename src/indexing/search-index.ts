// The in-memory index the server and CLI search: the corpus records, their lookups, and MiniSearch.
import MiniSearch from 'minisearch';
import type { Corpus, DocumentRecord, PassageRecord, SpeakerRecord } from './records.ts';
import { INDEX_OPTIONS, type IndexedFields } from './index-options.ts';

export interface SearchIndex {
  corpus: Corpus;
  mini: MiniSearch<IndexedFields>;
  passageById: Map<string, PassageRecord>;
  documentById: Map<string, DocumentRecord>;
  speakerById: Map<string, SpeakerRecord>;
}

/** The fields MiniSearch indexes for one passage. */
export function indexedFields(corpus: Corpus, passage: PassageRecord, speakers: Map<string, SpeakerRecord>, documents: Map<string, DocumentRecord>): IndexedFields {
  const speaker = passage.speakerId ? speakers.get(passage.speakerId)?.name ?? '' : '';
  const title = documents.get(passage.documentId)?.displayTitle ?? '';
  return { n: passage.n, text: passage.text, speaker, title };
}

/** Indexes a corpus from scratch. */
export function buildMiniSearch(corpus: Corpus): MiniSearch<IndexedFields> {
  const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s]));
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  mini.addAll(corpus.passages.map((p) => indexedFields(corpus, p, speakers, documents)));
  return mini;
}

/** Wraps a corpus and its MiniSearch (built here when not given) with id lookups. */
export function createSearchIndex(corpus: Corpus, mini: MiniSearch<IndexedFields> = buildMiniSearch(corpus)): SearchIndex {
  return {
    corpus,
    mini,
    passageById: new Map(corpus.passages.map((p) => [p.id, p])),
    documentById: new Map(corpus.documents.map((d) => [d.id, d])),
    speakerById: new Map(corpus.speakers.map((s) => [s.id, s])),
  };
}
