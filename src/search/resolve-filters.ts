// Filters from the parameters and the query text, resolved to column values once per search.
import type { SearchIndex } from '../indexing/search-index.ts';
import { QueryError } from './query-error.ts';
import { speakerNamesOf } from './resolve-speaker.ts';
import type { Columns } from './columns.ts';
import { PASSAGE_KINDS, type SearchParams } from './params.ts';
import type { ParsedQuery } from './parsed-query.ts';

/** Resolved filters; null means "not filtered". A value that names nothing is -2 and matches nothing. */
export interface Filters {
  speakers: Set<number> | null;
  kinds: Set<number> | null;
  /** Inclusive YYYYMMDD bounds; null when no date filter applies. */
  dates: { from: number; to: number } | null;
  document: number | null;
  event: number | null;
  source: number | null;
}

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` as the first (`from`) or last (`to`) YYYYMMDD key it covers. */
export function dateBound(value: string, end: 'from' | 'to'): number {
  const [y, m, d] = value.split('-').map(Number);
  const fill = end === 'from' ? 0 : 99;
  return y! * 10000 + (m ?? fill) * 100 + (d ?? fill);
}

/**
 * Resolves filter parameters and `speaker:`/`kind:`/`year:` in q. A speaker by id, name, surname,
 * label or alias (resolve-speaker.ts); one that names nobody, or several people, is a QueryError.
 */
export function resolveFilters(index: SearchIndex, cols: Columns, params: SearchParams, inQuery: ParsedQuery['filters']): Filters {
  const speakerValues = [...params.speaker.map((v) => speakerIndex(index, cols, v, 'speaker')), ...inQuery.speaker.map((v) => speakerIndex(index, cols, v, 'q', params.as_you_type))];
  const kindValues = [...params.kind, ...inQuery.kind];
  let dates: Filters['dates'] = null;
  if (params.from || params.to || inQuery.year.length) {
    const years = inQuery.year.map(Number);
    const from = Math.max(params.from ? dateBound(params.from, 'from') : 0, years.length ? Math.min(...years) * 10000 : 0);
    const to = Math.min(params.to ? dateBound(params.to, 'to') : 99999999, years.length ? Math.max(...years) * 10000 + 9999 : 99999999);
    dates = { from, to };
  }
  return {
    speakers: speakerValues.length ? new Set(speakerValues) : null,
    kinds: kindValues.length ? new Set(kindValues.map((k) => (PASSAGE_KINDS as readonly string[]).indexOf(k))) : null,
    dates,
    document: params.document === undefined ? null : cols.documentIndex.get(params.document) ?? -2,
    event: params.event === undefined ? null : indexOrNone(cols.events.indexOf(params.event)),
    source: params.source === undefined ? null : indexOrNone(cols.sources.findIndex((s) => s.toLowerCase() === params.source!.toLowerCase())),
  };
}

function indexOrNone(i: number): number {
  return i < 0 ? -2 : i;
}

function speakerIndex(index: SearchIndex, cols: Columns, value: string, param: 'speaker' | 'q', typing = false): number {
  const found = speakerNamesOf(index.corpus).resolve(value);
  // `speaker:Kir` while typing is a name not finished yet, not a mistake: it matches nothing until it resolves.
  if (typing && found.status !== 'found') return -2;
  const what = param === 'q' ? `speaker:${value}` : `speaker "${value}"`;
  if (found.status === 'unknown') throw new QueryError(param, `${what} names no speaker in the index`);
  if (found.status === 'ambiguous') {
    const names = found.candidates.map((s) => `${s.name} (${s.id})`).join(', ');
    throw new QueryError(param, `${what} is ambiguous: it names ${names}; use the full name or the id`);
  }
  return cols.speakerIndex.get(found.speaker.id)!;
}
