// The matching passages as CSV for spreadsheets: one row per passage, in result order.
import { stringify } from 'csv-stringify/sync';
import type { SearchIndex } from '../indexing/search-index.ts';
import { UNLIMITED, type Budget } from '../search/budget.ts';
import { permalink } from '../search/search-hit.ts';

export const CSV_MAX_ROWS = 10000;
export const CSV_COLUMNS = ['id', 'speaker', 'role', 'kind', 'date', 'document title', 'source', 'url', 'permalink', 'text'];
/** Rows encoded between two looks at the time budget. */
const ROWS_PER_CHECK = 50;

// Spreadsheets run a cell starting with = + - @ as a formula; corpus text is untrusted.
const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: string | null | undefined) => (v && FORMULA.test(v) ? `'${v}` : v ?? '');

/**
 * CSV of the passages `ns`. Permalinks are absolute under `publicUrl` (the server's configured
 * public address), else relative (`/p/<id>`): never built from the request's Host header, which
 * the client chooses. Rows are encoded in chunks, each after a look at `budget`.
 */
export function searchCsv(index: SearchIndex, ns: readonly number[], publicUrl: string | null, budget: Budget = UNLIMITED): string {
  // Behind a proxy the site may live under a path: links go below it.
  const base = publicUrl?.replace(/\/+$/, '');
  const link = base ? (id: string) => base + permalink(id) : permalink;
  const chunks: string[] = [stringify([], { header: true, columns: CSV_COLUMNS })];
  const count = Math.min(ns.length, CSV_MAX_ROWS);
  for (let from = 0; from < count; from += ROWS_PER_CHECK) {
    budget.check();
    const rows = ns.slice(from, Math.min(count, from + ROWS_PER_CHECK)).map((n) => {
      const p = index.corpus.passages[n]!;
      const doc = index.documentById.get(p.documentId);
      const speaker = p.speakerId ? index.speakerById.get(p.speakerId)?.name : null;
      return [p.id, speaker, p.role, p.kind, p.date, doc?.displayTitle, doc?.source, doc?.url, link(p.id), p.text].map(cell);
    });
    chunks.push(stringify(rows));
  }
  return chunks.join('');
}

/** A download name from the query: `verbatim-steel-prices.csv`, ASCII only. */
export function csvFileName(q: string): string {
  const slug = q
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `verbatim-${slug || 'search'}.csv`;
}
