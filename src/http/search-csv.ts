// The matching passages as CSV for spreadsheets: one row per passage, in result order.
import { stringify } from 'csv-stringify/sync';
import type { SearchIndex } from '../indexing/search-index.ts';
import { permalink } from '../search/search-hit.ts';

export const CSV_MAX_ROWS = 10000;
export const CSV_COLUMNS = ['id', 'speaker', 'role', 'kind', 'date', 'document title', 'source', 'url', 'permalink', 'text'];

// Spreadsheets run a cell starting with = + - @ as a formula; corpus text is untrusted.
const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: string | null | undefined) => (v && FORMULA.test(v) ? `'${v}` : v ?? '');

/** CSV of the passages `ns`; permalinks are absolute, resolved against `origin`. */
export function searchCsv(index: SearchIndex, ns: readonly number[], origin: string): string {
  const rows = ns.slice(0, CSV_MAX_ROWS).map((n) => {
    const p = index.corpus.passages[n]!;
    const doc = index.documentById.get(p.documentId);
    const speaker = p.speakerId ? index.speakerById.get(p.speakerId)?.name : null;
    return [p.id, speaker, p.role, p.kind, p.date, doc?.displayTitle, doc?.source, doc?.url, new URL(permalink(p.id), origin).href, p.text].map(cell);
  });
  return stringify(rows, { header: true, columns: CSV_COLUMNS });
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
