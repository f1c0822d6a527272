// Page links: previous, a window of page numbers, next.
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
