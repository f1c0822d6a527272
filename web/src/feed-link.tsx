// "Follow this search": the search's Atom feed, linked in the results bar and declared in the
// page's head (<link rel="alternate">) so feed readers find it.
import { useEffect } from 'preact/hooks';
import { searchParams, type SearchState } from './search-state.ts';

/** The feed of a search: its words and filters; the feed is always newest first, one page. */
export function feedUrl(state: SearchState): string {
  const params = searchParams({ ...state, sort: '', page: 1 });
  const query = params.toString();
  return `/api/search.atom${query ? `?${query}` : ''}`;
}

export function FeedLink({ state }: { state: SearchState }) {
  const href = feedUrl(state);
  const title = state.q ? `Verbatim: “${state.q}”` : 'Verbatim: newest passages';
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = href;
    document.head.append(link);
    return () => link.remove();
  }, [href, title]);
  return (
    <a class="feed" href={href} type="application/atom+xml">
      Follow this search
    </a>
  );
}
