// Page links: previous, a window of page numbers, next.

/** The API serves the first 10,000 results of a search (MAX_RESULT_WINDOW in src/search/params.ts). */
export const RESULT_WINDOW = 10000;

/** Pages of `limit` results a search of `total` results can show: no link past the served window. */
export function servedPages(total: number, limit: number): number {
  const size = Math.max(1, limit);
  return Math.max(1, Math.min(Math.ceil(total / size), Math.floor(RESULT_WINDOW / size)));
}

export interface PagerProps {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}

export function Pager({ page, pages, hrefFor }: PagerProps) {
  if (pages <= 1) return null;
  const first = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => first + i);
  return (
    <nav class="pager" aria-label="Result pages">
      {page > 1 ? <a href={hrefFor(page - 1)} rel="prev">← Previous</a> : <span class="disabled">← Previous</span>}
      {numbers.map((n) =>
        n === page ? (
          <span key={n} class="current" aria-current="page">
            {n}
          </span>
        ) : (
          <a key={n} href={hrefFor(n)} aria-label={`Page ${n}`}>
            {n}
          </a>
        ),
      )}
      {page < pages ? <a href={hrefFor(page + 1)} rel="next">Next →</a> : <span class="disabled">Next →</span>}
    </nav>
  );
}
