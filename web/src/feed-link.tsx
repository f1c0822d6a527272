// Following a search over time: its Atom feed ("Follow this search", linked in the results bar
// and declared in the page's head so feed readers find it), and the notice that a shared
// link's results now come from another build of the index.
import { useEffect } from 'preact/hooks';
import { formatDate } from './format.ts';
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

/** The day an indexVersion ("20261203-194501123-<hash>") was built, or null for an unsaved index. */
export function versionDay(version: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})-/.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function IndexChangedNotice({ version }: { version: string }) {
  const day = versionDay(version);
  return (
    <p class="notice index-changed">
      These results come from a newer index than the link{day ? ` (built ${formatDate(day)})` : ''}.
    </p>
  );
}
