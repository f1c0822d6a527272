// The API's response shapes as the page uses them. The document shapes come from the
// server's zod schemas; the search shapes mirror the search API's contract until its
// schemas (src/http/search-schemas.ts) land.
import type { DocumentDetail, DocumentPassage } from '../../src/http/schemas.ts';

export type { DocumentDetail, DocumentPassage };

export type Kind = 'question' | 'speech' | 'quote' | 'narration';
/** A character range [start, end) into a text. */
export type Range = [number, number];

export interface SpeakerRef {
  id: string;
  name: string;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  displayTitle: string;
  source: string | null;
  url: string | null;
  date: string | null;
}

export interface Snippet {
  text: string;
  start: number;
  end: number;
  highlights: Range[];
}

export interface Hit {
  id: string;
  text: string;
  kind: Kind;
  label: string | null;
  speaker: SpeakerRef | null;
  role: string | null;
  date: string | null;
  attribution: string;
  document: DocumentRef;
  permalink: string;
  score?: number;
  highlights?: Range[];
  snippets?: Snippet[];
  question?: { id: string; speaker: SpeakerRef | null; text: string };
}

export interface ValueCount {
  value: string;
  count: number;
}

export interface SpeakerFacet {
  id: string;
  name: string;
  role: string | null;
  count: number;
}

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  limit: number;
  took_ms: number;
  relaxed: boolean;
  /** Query words matched by typo tolerance, with the words they matched. */
  fuzzy: { term: string; matched: string[] }[];
  hits: Hit[];
  facets: {
    speakers: SpeakerFacet[];
    years: ValueCount[];
    months: ValueCount[];
    kinds: ValueCount[];
    sources: ValueCount[];
    undated: number;
  };
}

/** A passage with its neighbours and its document, from /api/passages/:id. */
export interface PassageResponse extends Omit<Hit, 'question'> {
  previous: string | null;
  next: string | null;
  question?: string | { id: string } | null;
  answers?: (string | { id: string })[];
}

export interface SpeakerResponse {
  id: string;
  name: string;
  type: string;
  labels: string[];
  roles: { role: string; documentId: string; date: string | null }[];
  passages: number;
  firstDate: string | null;
  lastDate: string | null;
}
