// A small router on the History API: the current location as a hook, navigation that
// pushes or replaces entries, and same-origin link clicks handled without a reload.
import { useEffect, useState } from 'preact/hooks';

export interface Place {
  path: string;
  search: string;
  hash: string;
  /** True for an entry written while typing, which the next keystroke may replace. */
  provisional: boolean;
}

const CHANGE = 'verbatim:navigate';

function currentPlace(): Place {
  const state: unknown = history.state;
  const provisional = typeof state === 'object' && state !== null && (state as { provisional?: unknown }).provisional === true;
  return { path: location.pathname, search: location.search, hash: location.hash, provisional };
}

export interface NavigateOptions {
  replace?: boolean;
  provisional?: boolean;
  /** Stay where the reader is (a filter changed), instead of starting the new view at the top. */
  keepScroll?: boolean;
}

/** Goes to a same-origin URL, as a new history entry unless `replace`. */
export function navigate(url: string, options: NavigateOptions = {}): void {
  const state = { provisional: options.provisional === true };
  if (options.replace) history.replaceState(state, '', url);
  else history.pushState(state, '', url);
  dispatchEvent(new Event(CHANGE));
  if (!options.replace && !options.keepScroll && !url.includes('#')) scrollTo(0, 0);
}

/** The current location, re-rendering on navigation and on back/forward. */
export function usePlace(): Place {
  const [place, setPlace] = useState(currentPlace);
  useEffect(() => {
    const update = () => setPlace(currentPlace());
    addEventListener('popstate', update);
    addEventListener(CHANGE, update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener(CHANGE, update);
    };
  }, []);
  return place;
}

/** Handles clicks on same-origin page links in the app; API links (downloads) load normally. */
export function interceptLinkClicks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
