// The page shell and its routes: search (/), passage (/p/:id), document (/d/:id),
// speaker (/s/:id), saved (/saved) and the quote check (/quote).
import { useEffect, useRef } from 'preact/hooks';
import { DocumentsPage, SpeakersPage } from './directory-pages.tsx';
import { DocumentPage } from './document-page.tsx';
import { PassagePage } from './passage-page.tsx';
import { QuotePage } from './quote-page.tsx';
import { navigate, usePlace, type Place } from './router.ts';
import { SavedPage } from './saved-page.tsx';
import { useSaved } from './saved-store.ts';
import { SearchPage } from './search-page.tsx';
import { SpeakerPage } from './speaker-page.tsx';

function pathId(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (!rest || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

function Route({ place }: { place: Place }) {
  const q = new URLSearchParams(place.search).get('q') ?? '';
  if (place.path === '/') return <SearchPage place={place} />;
  if (place.path === '/saved') return <SavedPage />;
  if (place.path === '/speakers') return <SpeakersPage />;
  if (place.path === '/documents') return <DocumentsPage search={place.search} />;
  if (place.path === '/quote') return <QuotePage search={place.search} />;
  const passage = pathId(place.path, '/p/');
  if (passage) return <PassagePage key={passage} id={passage} q={q} />;
  const doc = pathId(place.path, '/d/');
  if (doc) return <DocumentPage key={doc} id={doc} q={q} hash={place.hash} />;
  const speaker = pathId(place.path, '/s/');
  if (speaker) return <SpeakerPage key={speaker} id={speaker} search={place.search} />;
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>No page at {place.path}.</strong> <a href="/">Go to search</a>
      </p>
    </div>
  );
}

/** `/` anywhere outside a text field goes to the search box. */
function useSlashToSearch() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.isContentEditable || target.matches('input, textarea, select')) return;
      event.preventDefault();
      const box = document.getElementById('q');
      if (box) box.focus();
      else navigate('/');
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}

/**
 * After a route change, focus moves to the new page's content, unless the page has put it
 * somewhere itself (the search box, a linked passage): the clicked link is gone.
 */
function useFocusOnRouteChange(path: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!document.activeElement || document.activeElement === document.body) document.getElementById('content')?.focus({ preventScroll: true });
  }, [path]);
}

export function App() {
  const place = usePlace();
  const saved = useSaved();
  useSlashToSearch();
  useFocusOnRouteChange(place.path);
  return (
    <>
      <a class="skip" href="#content">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/" aria-label="Verbatim, search">
          Verbatim
        </a>
        <nav aria-label="Main">
          <a href="/" aria-current={place.path === '/' ? 'page' : undefined}>
            Search
          </a>
          <a href="/speakers" aria-current={place.path === '/speakers' ? 'page' : undefined}>
            Speakers
          </a>
          <a href="/documents" aria-current={place.path === '/documents' ? 'page' : undefined}>
            Documents
          </a>
          <a href="/quote" aria-current={place.path === '/quote' ? 'page' : undefined}>
            Check a quote
          </a>
          <a href="/saved" aria-current={place.path === '/saved' ? 'page' : undefined}>
            Saved{saved.length > 0 ? ` (${saved.length})` : ''}
          </a>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>
        <Route place={place} />
      </main>
    </>
  );
}
