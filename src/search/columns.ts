// Per-passage columns (typed arrays indexed by passage `n`) for filters, facets and sorting:
// a pass over a large result set reads numbers, not records.
import type { Corpus } from '../indexing/records.ts';
import { PASSAGE_KINDS } from './params.ts';

export interface Columns {
  /** Index into corpus.speakers, or -1. */
  speaker: Int32Array;
  /** Index into PASSAGE_KINDS. */
  kind: Uint8Array;
  /** The date as YYYYMMDD (missing month or day as 00), or 0 when undated. */
  date: Int32Array;
  /** Index into corpus.documents. */
  document: Int32Array;
  /** Index into `events`. */
  event: Int32Array;
  /** Index into `sources`, or -1. */
  source: Int32Array;
  /** The month (YYYYMM; MM 00 when only the year is known) as an index into `periods`, or -1 when undated. */
  period: Int32Array;
  /** The distinct YYYYMM values of the corpus, ascending. */
  periods: number[];
  /** Rank of each passage by date then reading order, undated first: the latest of a set has the highest. */
  dateRank: Int32Array;
  /** Passage `n` at each rank (the inverse of dateRank). */
  byDateRank: Int32Array;
  events: string[];
  sources: string[];
  speakerIndex: Map<string, number>;
  documentIndex: Map<string, number>;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a sortable YYYYMMDD number; 0 for null or unreadable. */
export function dateKey(date: string | null | undefined): number {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0) : 0;
}

const cache = new WeakMap<Corpus, Columns>();

/** The corpus's columns, computed once per corpus on first use. */
export function columnsOf(corpus: Corpus): Columns {
  let cols = cache.get(corpus);
  if (!cols) {
    cols = computeColumns(corpus);
    cache.set(corpus, cols);
  }
  return cols;
}

function computeColumns(corpus: Corpus): Columns {
  const n = corpus.passages.length;
  const speakerIndex = new Map(corpus.speakers.map((s, i) => [s.id, i]));
  const documentIndex = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const events: string[] = [];
  const sources: string[] = [];
  const eventIdx = new Map<string, number>();
  const sourceIdx = new Map<string, number>();
  const docEvent = corpus.documents.map((d) => intern(eventIdx, events, d.eventId));
  const docSource = corpus.documents.map((d) => (d.source === null ? -1 : intern(sourceIdx, sources, d.source)));
  const cols: Columns = {
    speaker: new Int32Array(n),
    kind: new Uint8Array(n),
    date: new Int32Array(n),
    document: new Int32Array(n),
    event: new Int32Array(n),
    source: new Int32Array(n),
    period: new Int32Array(n),
    periods: [],
    dateRank: new Int32Array(n),
    byDateRank: new Int32Array(n),
    events,
    sources,
    speakerIndex,
    documentIndex,
  };
  for (const p of corpus.passages) {
    const d = documentIndex.get(p.documentId) ?? -1;
    cols.speaker[p.n] = p.speakerId === null ? -1 : speakerIndex.get(p.speakerId) ?? -1;
    cols.kind[p.n] = PASSAGE_KINDS.indexOf(p.kind);
    cols.date[p.n] = dateKey(p.date);
    cols.document[p.n] = d;
    cols.event[p.n] = d < 0 ? -1 : docEvent[d]!;
    cols.source[p.n] = d < 0 ? -1 : docSource[d]!;
  }
  cols.periods = [...new Set(Array.from(cols.date, (date) => Math.floor(date / 100)))].filter((m) => m > 0).sort((a, b) => a - b);
  const periodIndex = new Map(cols.periods.map((m, i) => [m, i]));
  for (let i = 0; i < n; i++) cols.period[i] = cols.date[i] === 0 ? -1 : periodIndex.get(Math.floor(cols.date[i]! / 100))!;
  // Sort keys date·scale + n, so the platform's numeric sort orders them; exact in a double
  // (dates are below 2^27) up to 2^26 passages.
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  const keys = Float64Array.from(cols.date, (date, i) => date * scale + i).sort();
  for (let r = 0; r < n; r++) {
    const i = keys[r]! % scale;
    cols.byDateRank[r] = i;
    cols.dateRank[i] = r;
  }
  return cols;
}

function intern(index: Map<string, number>, list: string[], value: string): number {
  let i = index.get(value);
  if (i === undefined) {
    i = list.length;
    list.push(value);
    index.set(value, i);
  }
  return i;
}
