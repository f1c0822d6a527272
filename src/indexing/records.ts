// The shapes held in a saved index: everything needed to render and filter a result
// without reading the corpus again.
import type { AttributionMethod, PassageKind, SpeakerType } from '../parse/passage.ts';

/** A passage as stored in the index. `n` is its position in `Corpus.passages` and its MiniSearch id. */
export interface PassageRecord {
  n: number;
  id: string;
  documentId: string;
  ordinal: number;
  text: string;
  kind: PassageKind;
  label: string | null;
  speakerId: string | null;
  role: string | null;
  attribution: AttributionMethod;
  date: string | null;
  /** For an answer: the id of the question it answers. */
  question?: string;
  /** For a question: the ids of the passages answering it. */
  answers?: string[];
}

export interface DocumentRecord {
  id: string;
  /** The title the document states, or null. */
  title: string | null;
  /** A title to show: the stated one, or one derived from the text or file name. */
  displayTitle: string;
  source: string | null;
  date: string | null;
  url: string | null;
  eventId: string;
  /** Path of the corpus file, relative to the corpus folder. */
  file: string;
  passageIds: string[];
}

export interface SpeakerRole {
  role: string;
  documentId: string;
  date: string | null;
}

export interface SpeakerRecord {
  id: string;
  name: string;
  type: SpeakerType;
  labels: string[];
  roles: SpeakerRole[];
  passages: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** The whole attributed corpus: what the indexer produces and the server loads. */
export interface Corpus {
  documents: DocumentRecord[];
  passages: PassageRecord[];
  speakers: SpeakerRecord[];
}
